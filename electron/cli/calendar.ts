// `plausch calendar FILE`: what the command line shows of a calendar file, occurrence by occurrence. Reading the file
// and saying what each line means are kept here; which contacts match and what is suggested is the calendar
// service's business (services/calendar), the same as for Today.
import { readFile, stat } from 'node:fs/promises';
import { MAX_CALENDAR_BYTES, type CalendarReview, type CalendarReviewRow } from '../../shared/calendar';
import { PlauschError } from '../../shared/errors';
import { displayName } from '../../shared/model';
import { eventKindWord, interactionTypeWord, say, type Lang, type MessageKey } from './messages';

/**
 * The calendar file's text. Its size is checked before it is read, so a huge file is refused without being loaded; a
 * file that is not there or may not be read is `calendarNotFound`, the same error the app gives for a watched file.
 */
export async function readCalendarFile(file: string): Promise<string> {
  const info = await stat(file).catch(() => {
    throw new PlauschError('calendarNotFound', { file });
  });
  if (!info.isFile()) throw new PlauschError('calendarNotFound', { file });
  if (info.size > MAX_CALENDAR_BYTES) throw new PlauschError('calendarTooLarge', { file, limit: MAX_CALENDAR_BYTES, size: info.size, unit: 'bytes' });
  const text = await readFile(file, 'utf8').catch(() => {
    throw new PlauschError('calendarNotFound', { file });
  });
  // Outlook writes a byte-order mark; it is no part of the first line.
  return text.replace(/^\uFEFF/, '');
}

/** Why an occurrence suggests no encounter, in the order that explains it best. */
function noSuggestionReason(row: CalendarReviewRow): MessageKey {
  if (row.logged) return 'calendarAlreadyLogged';
  if (row.dismissed) return 'calendarDismissed';
  if (row.occurrence.allDay) return 'calendarAllDayNoSuggestion';
  if (row.contacts.length === 0) return 'calendarNobodyKnown';
  return 'calendarNoSuggestion';
}

function whenOf(row: CalendarReviewRow, lang: Lang): string {
  const { occurrence } = row;
  if (occurrence.allDay) {
    const through = occurrence.endDate > occurrence.startDate ? `–${occurrence.endDate}` : '';
    return `${occurrence.startDate}${through} ${say(lang, 'calendarAllDay')}`;
  }
  const end = occurrence.endTime ? `–${occurrence.endTime}` : '';
  return `${occurrence.startDate} ${occurrence.startTime ?? ''}${end}`;
}

/** Newcomers a line names; a town hall's other thirty are a count (`--json` has them all). */
const NEWCOMERS_SHOWN = 8;

function newcomerWords(row: CalendarReviewRow, lang: Lang): string {
  const named = row.newcomers.slice(0, NEWCOMERS_SHOWN).map((newcomer) => {
    const name = displayName({ firstName: newcomer.firstName, lastName: newcomer.lastName });
    return name ? `${name} <${newcomer.email}>` : newcomer.email;
  });
  const more = row.newcomers.length - named.length;
  return more > 0 ? `${named.join(', ')} ${say(lang, 'calendarMoreNewcomers', { count: more })}` : named.join(', ');
}

/** The lines of one occurrence: when and what, who from the journal, who not, and what it would become. */
function rowLines(row: CalendarReviewRow, lang: Lang): string[] {
  const lines = [say(lang, 'calendarRow', { when: whenOf(row, lang), summary: row.occurrence.summary || say(lang, 'calendarNoSubject') })];
  if (row.contacts.length > 0) lines.push(say(lang, 'calendarContacts', { names: row.contacts.map((c) => c.name).join(', ') }));
  if (row.newcomers.length > 0) lines.push(say(lang, 'calendarNewcomers', { people: newcomerWords(row, lang) }));
  const { suggestion, eventOffer } = row;
  if (suggestion && !row.logged && !row.dismissed) {
    const parts = [interactionTypeWord(lang, suggestion.type), suggestion.place, suggestion.topic ? say(lang, 'calendarTopic', { topic: suggestion.topic }) : ''];
    lines.push(say(lang, 'calendarSuggestion', { what: parts.filter(Boolean).join(' · ') }));
  } else {
    lines.push(say(lang, noSuggestionReason(row)));
  }
  if (eventOffer && !row.dismissed) lines.push(say(lang, 'calendarEventOffer', { kind: eventKindWord(lang, eventOffer.eventKind), title: eventOffer.title }));
  return lines;
}

/** The whole review as the command line prints it, a header first and the entries that could not be read last. */
export function reviewLines(review: CalendarReview, lang: Lang, range: { from: string; to: string }): string[] {
  const lines = [say(lang, 'calendarHeader', { from: range.from, to: range.to, count: review.rows.length })];
  if (review.rows.length === 0) lines.push(say(lang, 'calendarNothing'));
  for (const row of review.rows) lines.push(...rowLines(row, lang));
  if (review.skipped > 0) lines.push(say(lang, 'calendarSkipped', { count: review.skipped }));
  return lines;
}

/** What `--log` would log: the suggestions not logged or dismissed yet, of meetings that have begun by `now`. */
export function suggestionsToLog(review: CalendarReview, now: Date): { due: NonNullable<CalendarReviewRow['suggestion']>[]; ahead: number } {
  const open = review.rows.filter((row) => row.suggestion && !row.logged && !row.dismissed);
  // An encounter is what happened: a meeting still ahead is not logged, however wide the range asked for.
  const started = open.filter((row) => Date.parse(row.occurrence.start) <= now.getTime());
  return { due: started.map((row) => row.suggestion as NonNullable<CalendarReviewRow['suggestion']>), ahead: open.length - started.length };
}
