// The calendar's channels to service calls, spread into the router's handlers.
import type { calendarChannels } from '../../../shared/calendar-contract';
import type { Services } from '../services';
import type { Handlers } from './router';

export function createCalendarHandlers({ calendar, desktop }: Services): Pick<Handlers, keyof typeof calendarChannels> {
  return {
    'calendar:day': () => calendar.day(),
    'calendar:status': () => calendar.status(),
    'calendar:import': (payload) => calendar.import(payload),
    'calendar:clearImport': () => calendar.clearImport(),
    'calendar:watch': (payload) => calendar.watch(payload),
    'calendar:unwatch': (payload) => calendar.unwatch(payload),
    'calendar:choose': (payload) => desktop.chooseCalendarPath(payload.kind),
    'calendar:log': (payload) => calendar.log(payload),
    'calendar:dismiss': (payload) => calendar.dismiss(payload),
    'calendar:addContact': (payload) => calendar.addContact(payload),
    'calendar:createEvent': (payload) => calendar.createEvent(payload),
  };
}
