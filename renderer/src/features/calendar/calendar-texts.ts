// The words of the calendar's rows: when a meeting was ("Gestern, 10:00–11:00"), and what a newcomer is called. Plain
// functions of the row and the language, so tests can read them.
import type { TFunction } from 'i18next';
import type { CalendarNewcomer } from '../../../../shared/calendar';
import { addDays } from '../../../../shared/dates';
import { formatWeekdayDate } from '../../components';
import { formatTimeInput } from '../../components/date-time-input';

export interface MeetingTime {
  date: string;
  startTime?: string | undefined;
  endTime?: string | undefined;
}

/** "Heute", "Gestern", else the weekday and date, in the app's language whatever the browser's. */
export function dayWord(date: string, today: string, t: TFunction<'calendar'>, language: string): string {
  if (date === today) return t('when.today');
  if (date === addDays(today, -1)) return t('when.yesterday');
  return formatWeekdayDate(date, language);
}

/** The clock time of a meeting: "10:00–11:00", "09:00", or nothing for an all-day entry. */
export function timeSpan({ startTime, endTime }: MeetingTime, t: TFunction<'calendar'>, language: string): string {
  if (!startTime) return '';
  const start = formatTimeInput(startTime, language);
  return endTime && endTime !== startTime ? t('when.span', { start, end: formatTimeInput(endTime, language) }) : start;
}

/** "Gestern, 10:00–11:00" / "Heute, 09:00" / "Heute" (all day). */
export function meetingWhen(meeting: MeetingTime, today: string, t: TFunction<'calendar'>, language: string): string {
  const day = dayWord(meeting.date, today, t, language);
  const time = timeSpan(meeting, t, language);
  return time ? t('when.dayAndTime', { day, time }) : day;
}

/** A newcomer's name as the calendar gives it, else the address. */
export function newcomerName(newcomer: CalendarNewcomer): string {
  return `${newcomer.firstName} ${newcomer.lastName}`.trim() || newcomer.email;
}

/** "Jana Roth (Nordlicht GmbH)", or the name alone when the address tells no company. */
export function newcomerLabel(newcomer: CalendarNewcomer, t: TFunction<'calendar'>): string {
  const name = newcomerName(newcomer);
  return newcomer.organisation ? t('suggestions.newcomerAt', { name, organisation: newcomer.organisation }) : name;
}

const dateRangeFormats = new Map<string, Intl.DateTimeFormat>();

/** The days an event covers: "12. März 2027", "12.–13. März 2027" / "March 12–13, 2027", with its start time if any. */
export function eventDays(
  offer: { date: string; endDate?: string | undefined; startTime?: string | undefined },
  t: TFunction<'calendar'>,
  language: string,
): string {
  let format = dateRangeFormats.get(language);
  if (!format) {
    // Calendar dates without a zone, hence UTC (as components/format.ts does).
    format = new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    dateRangeFormats.set(language, format);
  }
  const start = new Date(`${offer.date}T00:00:00Z`);
  const days = offer.endDate && offer.endDate > offer.date ? format.formatRange(start, new Date(`${offer.endDate}T00:00:00Z`)) : format.format(start);
  return offer.startTime ? t('when.dayAndTime', { day: days, time: formatTimeInput(offer.startTime, language) }) : days;
}
