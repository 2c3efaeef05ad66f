// The coach's channels to service calls, spread into the router's handlers.
import type { coachChannels } from '../../../shared/coach-contract';
import type { Services } from '../services';
import type { Handlers } from './router';

export function createCoachHandlers({ coach }: Services): Pick<Handlers, keyof typeof coachChannels> {
  const { challenges, colleagues, network, greetings } = coach;
  return {
    'coach:prompts': (payload) => coach.prompts(payload),
    'coach:briefing': (payload) => coach.briefing(payload),
    'coach:tips': ({ language }) => coach.tips(language),
    'coach:challenge': ({ language }) => challenges.current(language),
    'coach:startChallenge': (payload) => challenges.start(payload),
    'coach:completeChallenge': (payload) => challenges.complete(payload),
    'coach:progress': ({ language, weeks }) => challenges.progress(language, weeks),
    'coach:setPeriod': ({ period }) => challenges.setPeriod(period),
    'coach:greetings': (payload) => greetings.forContact(payload),
    'colleagues:list': () => colleagues.list(),
    'colleagues:due': () => colleagues.due(),
    'colleagues:mark': (payload) => colleagues.mark(payload),
    'colleagues:completeStep': (payload) => colleagues.completeStep(payload),
    'colleagues:remove': ({ contactId }) => colleagues.remove(contactId),
    'network:list': ({ language }) => network.list(language),
    'network:save': ({ language, ...group }) => network.save(group, language),
    'network:delete': ({ groupId }) => network.delete(groupId),
    'network:recordMeeting': ({ language, ...meeting }) => network.recordMeeting(meeting, language),
    'network:addIdea': ({ groupId, text, language }) => network.addIdea(groupId, text, language),
    'network:setIdeaDone': ({ groupId, ideaId, done, language }) => network.setIdeaDone(groupId, ideaId, done, language),
    'network:removeIdea': ({ groupId, ideaId, language }) => network.removeIdea(groupId, ideaId, language),
    'network:setChecklistItem': ({ groupId, itemId, done, language }) => network.setChecklistItem(groupId, itemId, done, language),
  };
}
