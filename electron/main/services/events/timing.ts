// When an event stands, from the clock: before it starts, during it, after it has ended; and when its follow-ups
// fall due. Dates and times are the user's wall clock, as entered.
import { addDays } from '../../../../shared/dates';
import type { EventFields, EventPhase } from '../../../../shared/model';

/** Follow up within 48 hours, as the article advises: two days after the event's last day. */
export const FOLLOW_UP_DAYS = 2;

type Timing = Pick<EventFields, 'date' | 'endDate' | 'startTime' | 'endTime'>;

/** The wall-clock date and time `HH:MM` of an instant in a time zone (the system's unless given). */
export function wallClockAt(instant: Date, timeZone?: string): { date: string; time: string } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '00';
  return { date: `${part('year')}-${part('month')}-${part('day')}`, time: `${part('hour')}:${part('minute')}` };
}

export function lastDayOf(event: Timing): string {
  return event.endDate ?? event.date;
}

/**
 * Before until the event starts (its start time, or the start of its first day), during until it ends (its end
 * time, or the end of its last day), after from then on. Strings in `YYYY-MM-DD` and `HH:MM` compare as they sort.
 */
export function phaseAt(event: Timing, now: { date: string; time: string }): EventPhase {
  const start = `${event.date}T${event.startTime ?? '00:00'}`;
  const end = `${lastDayOf(event)}T${event.endTime ?? '24:00'}`;
  const current = `${now.date}T${now.time}`;
  if (current < start) return 'before';
  if (current < end) return 'during';
  return 'after';
}

export function followUpDateOf(event: Timing): string {
  return addDays(lastDayOf(event), FOLLOW_UP_DAYS);
}

/** The day an encounter at the event is logged on: today while it runs, else the day it began. */
export function encounterDateOf(event: Timing, today: string): string {
  return today >= event.date && today <= lastDayOf(event) ? today : event.date;
}
