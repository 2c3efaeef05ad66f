// The key that ties a dismissal or a logged encounter to one occurrence (see CalendarOccurrence.key): it must come
// out the same on every read of the same file, and again after the file is exported anew.
import { hash } from 'node:crypto';
import type { WallTime } from './wall-time';

/** A series' UID is hashed once, not once per occurrence; bounded, as a watched file brings new UIDs for months. */
const uidHashes = new Map<string, string>();
const MAX_REMEMBERED_UIDS = 50_000;

/** `c` and the first 24 hex digits of the UID's SHA-256: fixed length and free of the UID's own characters. */
export function uidPart(uid: string): string {
  let part = uidHashes.get(uid);
  if (!part) {
    part = `c${hash('sha256', uid, 'hex').slice(0, 24)}`;
    if (uidHashes.size >= MAX_REMEMBERED_UIDS) uidHashes.clear();
    uidHashes.set(uid, part);
  }
  return part;
}

/** The key of a timed occurrence whose original slot starts at `originalStartMs` (epoch milliseconds). */
export function timedOccurrenceKey(uid: string, originalStartMs: number): string {
  const iso = new Date(originalStartMs).toISOString();
  const compact = `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`;
  return `${uidPart(uid)}:${compact}`;
}

/** The key of an all-day occurrence whose original slot is the day `originalDay`. */
export function allDayOccurrenceKey(uid: string, originalDay: WallTime): string {
  return `${uidPart(uid)}:${String(originalDay.year).padStart(4, '0')}${pad(originalDay.month)}${pad(originalDay.day)}`;
}

/**
 * A UID for an entry that has none (hand-written files, some exports): the same entry gives the same UID on every
 * read, as long as its subject and start stay.
 */
export function derivedUid(summary: string, dtstart: string): string {
  return `plausch-derived-${hash('sha256', `${summary}\n${dtstart}`, 'hex').slice(0, 32)}`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
