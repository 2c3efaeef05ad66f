// The events' channels to service calls, spread into the router's handlers.
import type { eventsChannels } from '../../../shared/events-contract';
import type { Services } from '../services';
import type { Handlers } from './router';

export function createEventsHandlers({ events }: Services): Pick<Handlers, keyof typeof eventsChannels> {
  return {
    'events:list': () => events.list(),
    'events:get': ({ id, language }) => events.get(id, language),
    'events:create': (payload) => events.create(payload),
    'events:update': ({ id, event }) => events.update(id, event),
    'events:delete': ({ id }) => events.delete(id),
    'events:addItem': ({ eventId, phase, text }) => events.addItem(eventId, phase, text),
    'events:editItem': ({ eventId, itemId, text }) => events.editItem(eventId, itemId, text),
    'events:removeItem': ({ eventId, itemId }) => events.removeItem(eventId, itemId),
    'events:setItemDone': ({ eventId, itemId, done }) => events.setItemDone(eventId, itemId, done),
    'events:templates': () => events.templates(),
    'events:saveTemplate': ({ eventId }) => events.saveTemplate(eventId),
    'events:deleteTemplate': ({ eventKind }) => events.deleteTemplate(eventKind),
    'events:mode': ({ id, language }) => events.mode(id, language),
    'events:capture': (payload) => events.capture(payload),
    'events:setFollowUpDone': ({ eventId, interactionId, done }) => events.setFollowUpDone(eventId, interactionId, done),
    'events:reflect': (payload) => events.reflect(payload),
  };
}
