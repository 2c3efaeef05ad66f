// ORGANIZER and ATTENDEE to CalendarPerson. Outlook writes `MAILTO:` in capitals, Google `mailto:`; a room
// mailbox comes with CUTYPE=ROOM from Exchange, or without a CUTYPE at all from older exports (the matcher judges
// those by name). Values are jCal properties: [name, parameters, type, value].
import type { CalendarPerson } from '../../../../../shared/calendar';

const CUTYPES = new Set<CalendarPerson['cutype']>(['individual', 'room', 'resource', 'group', 'unknown']);

export function personOf(property: readonly unknown[]): CalendarPerson {
  const params = (property[1] ?? {}) as Record<string, unknown>;
  return {
    email: emailOf(property[3], params['email']),
    name: textParam(params['cn']),
    cutype: cutypeOf(textParam(params['cutype'])),
    partstat: textParam(params['partstat']).toLowerCase(),
  };
}

/** The address in `mailto:…`, or in an EMAIL parameter (RFC 7986) when the value is no address (`urn:uuid:…`). */
function emailOf(value: unknown, emailParam: unknown): string {
  const fromValue = typeof value === 'string' ? addressIn(value) : '';
  return fromValue || addressIn(textParam(emailParam));
}

function addressIn(text: string): string {
  const address = text
    .trim()
    .replace(/^mailto:/i, '')
    .trim()
    .toLowerCase();
  return /^[^\s@]+@[^\s@]+$/.test(address) ? address : '';
}

function cutypeOf(value: string): CalendarPerson['cutype'] {
  if (!value) return 'individual';
  const lower = value.toLowerCase() as CalendarPerson['cutype'];
  return CUTYPES.has(lower) ? lower : 'unknown';
}

/** A parameter ical.js gave as text, or as a list when it had several values (`CN=a,b` is rare, but legal). */
function textParam(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (Array.isArray(value)) return value.filter((part) => typeof part === 'string').join(', ').trim();
  return '';
}
