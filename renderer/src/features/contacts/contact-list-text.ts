// The words a contact row says about the last contact, the keep-in-touch status and the next occasion, in the app's
// language (never the browser's). The day counts come from the main process, whose clock is the one that counts.
import type { TFunction } from 'i18next';
import { splitPartialDate } from '../../../../shared/dates';
import type { ContactOverview } from '../../../../shared/views';
import { formatDate } from '../../components';

type ContactsT = TFunction<'contacts'>;

const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();

function relativeFormat(language: string): Intl.RelativeTimeFormat {
  let format = relativeFormats.get(language);
  if (!format) {
    format = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
    relativeFormats.set(language, format);
  }
  return format;
}

/**
 * "vor 12 Tagen", "gestern", "vor 3 Monaten", "vor 2 Jahren": days for the first two months, where a day more or less
 * matters, months up to two years, years beyond.
 */
function relativeDays(daysAgo: number, language: string): string {
  const format = relativeFormat(language);
  const distance = Math.abs(daysAgo);
  const sign = daysAgo > 0 ? -1 : 1;
  if (distance < 60) return format.format(sign * distance, 'day');
  if (distance < 730) return format.format(sign * Math.round(distance / 30.44), 'month');
  return format.format(sign * Math.floor(distance / 365.25), 'year');
}

export function lastContactText(overview: ContactOverview | undefined, t: ContactsT, language: string): { text: string; title?: string } {
  if (overview?.lastContactOn === undefined || overview.daysSinceLastContact === undefined) return { text: t('list.lastContact.never') };
  return {
    text: relativeDays(overview.daysSinceLastContact, language),
    title: t('list.lastContact.on', { date: formatDate(overview.lastContactOn, language) }),
  };
}

/** The status in words, beside its coloured dot: colour is never the only sign. Nothing without a rhythm. */
export function statusText(overview: ContactOverview | undefined, t: ContactsT, language: string): { text: string; title: string } | undefined {
  const state = overview?.keepInTouch;
  if (!state || state.status === 'none') return undefined;
  const date = formatDate(state.nextDueOn, language);
  if (state.status === 'ok') {
    return { text: t('list.status.ok', { count: state.dueInDays }), title: t('list.status.okHint', { count: state.cadenceDays, date }) };
  }
  const title = t('list.status.dueHint', { count: state.cadenceDays, date });
  if (state.status === 'overdue') return { text: t('list.status.overdue', { count: state.daysOverdue }), title };
  return { text: state.daysOverdue === 0 ? t('list.status.dueToday') : t('list.status.due', { count: state.daysOverdue }), title };
}

const dayMonthFormats = new Map<string, Intl.DateTimeFormat>();

/** Day and month, short: "14.12." in German, "Dec 14" in English. */
function formatDayMonth(isoDate: string, language: string): string {
  let format = dayMonthFormats.get(language);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = language.startsWith('de') ? { day: '2-digit', month: '2-digit' } : { day: 'numeric', month: 'short' };
    format = new Intl.DateTimeFormat(language, { ...options, timeZone: 'UTC' });
    dayMonthFormats.set(language, format);
  }
  const { month, day } = splitPartialDate(isoDate);
  return format.format(new Date(Date.UTC(2000, month - 1, day)));
}

export function occasionText(overview: ContactOverview | undefined, t: ContactsT, language: string): { what: string; when: string; title: string } | undefined {
  const occasion = overview?.nextOccasion;
  if (!occasion) return undefined;
  const name = occasion.detail ?? '';
  const what = (() => {
    switch (occasion.kind) {
      case 'birthday':
        return occasion.round && occasion.years !== undefined ? t('list.occasion.roundBirthday', { years: occasion.years }) : t('list.occasion.birthday');
      case 'familyBirthday':
        return t('list.occasion.familyBirthday', { name });
      case 'schoolStart':
        return t('list.occasion.schoolStart', { name });
      case 'anniversary': {
        const label = occasion.detail ?? t(`anniversaryKinds.${occasion.anniversaryKind ?? 'other'}`);
        return occasion.round && occasion.years !== undefined ? t('list.occasion.anniversaryYears', { label, years: occasion.years }) : label;
      }
    }
  })();
  const when =
    occasion.inDays === 0 ? t('list.occasion.today') : occasion.inDays === 1 ? t('list.occasion.tomorrow') : formatDayMonth(occasion.date, language);
  return { what, when, title: `${what}: ${formatDate(occasion.date, language)}` };
}
