export { CalendarCards, hasCalendarContent } from './calendar-today';
export { useCalendarDay } from './calendar-queries';
