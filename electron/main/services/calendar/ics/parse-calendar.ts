// PLACEHOLDER (issue 17, part "parse"): reads an iCalendar text with ical.js into the occurrences in a range.
import type { ParsedCalendar } from '../../../../../shared/calendar';

export interface ParseRange {
  /** First and last calendar day (`YYYY-MM-DD`, in `timeZone`) whose occurrences are wanted; both included. */
  from: string;
  to: string;
}

/**
 * The occurrences of `text`'s events that touch `range`, in start order, dated in `timeZone` (IANA, the user's).
 * Throws `PlauschError('calendarUnreadable')` when the text is no calendar at all; single broken entries are
 * skipped and counted.
 */
export function parseCalendar(text: string, range: ParseRange, timeZone: string): ParsedCalendar {
  void text;
  void range;
  void timeZone;
  throw new Error('parseCalendar: not built yet');
}
