// Today's part from the calendar: meetings to log, meetings to prepare, events to create. Each card is there only
// when it has something to say: a day without a calendar, or without anything from it, looks as it always did.
import type { CalendarDay } from '../../../../shared/calendar';
import { EventOffersCard } from './event-offers-card';
import { MetCard } from './met-card';
import { PrepCard } from './prep-card';

export function hasCalendarContent(day: CalendarDay | undefined): boolean {
  return !!day && (day.suggestions.length > 0 || day.prep.length > 0 || day.eventOffers.length > 0);
}

export function CalendarCards({ day }: { day: CalendarDay }) {
  return (
    <>
      {day.suggestions.length > 0 ? <MetCard suggestions={day.suggestions} today={day.date} /> : null}
      {day.prep.length > 0 ? <PrepCard prep={day.prep} today={day.date} /> : null}
      {day.eventOffers.length > 0 ? <EventOffersCard offers={day.eventOffers} /> : null}
    </>
  );
}
