// The parser's fixtures (tests/fixtures/calendar) and a reader with the range and zone always given: the parser's
// tests never depend on today's date or the machine's zone.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { CalendarOccurrence, ParsedCalendar } from '../../../../../shared/calendar';
import { PlauschError, type ErrorCode } from '../../../../../shared/errors';
import { calendarKeySchema } from '../../../../../shared/model';
import { parseCalendar, type ParseRange } from '../../../../../electron/main/services/calendar/ics/parse-calendar';

export const fixturesDir = join(__dirname, '../../../../fixtures/calendar');

export const YEAR_2026: ParseRange = { from: '2026-01-01', to: '2026-12-31' };

export function calendarFixture(name: string): string {
  return readFileSync(join(fixturesDir, name), 'utf8');
}

export function parseFixture(name: string, range: ParseRange = YEAR_2026, timeZone = 'Europe/Berlin'): ParsedCalendar {
  return parseCalendar(calendarFixture(name), range, timeZone);
}

export function withSummary(occurrences: CalendarOccurrence[], summary: string): CalendarOccurrence[] {
  return occurrences.filter((occurrence) => occurrence.summary === summary);
}

export function expectValidKeys(occurrences: CalendarOccurrence[]): void {
  for (const { key } of occurrences) {
    expect(calendarKeySchema.safeParse(key).success, key).toBe(true);
    expect(key).toMatch(/^c[0-9a-f]{24}:(\d{8}T\d{6}Z|\d{8})$/);
  }
  expect(new Set(occurrences.map((occurrence) => occurrence.key)).size).toBe(occurrences.length);
}

export function expectStartOrder(occurrences: CalendarOccurrence[]): void {
  const starts = occurrences.map((occurrence) => occurrence.start);
  expect(starts).toEqual([...starts].sort());
}

/** The PlauschError code `read` throws, or a failure when it throws something else or nothing. */
export function errorCodeOf(read: () => unknown): ErrorCode {
  try {
    read();
  } catch (error) {
    expect(error).toBeInstanceOf(PlauschError);
    return (error as PlauschError).code;
  }
  throw new Error('expected a PlauschError, but the calendar was read');
}

/** An iCalendar text around `body` (VEVENTs, VTIMEZONEs), with CRLF line ends. */
export function ics(body: string): string {
  return `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Plausch//Tests//DE\r\n${body.trim().split('\n').map((line) => line.trimEnd()).join('\r\n')}\r\nEND:VCALENDAR\r\n`;
}
