// Whether a calendar entry is more than a meeting: a conference, a training, a Christmas party, a Stammtisch. Told by
// its categories, by words in its subject (German compounds too: "Kundenkonferenz", "Vertriebsschulung"), or by its
// length: several whole days, or half a day with many people. Its kind picks the event's checklist.
import type { CalendarOccurrence } from '../../../../shared/calendar';
import type { EventKind } from '../../../../shared/model';
import { fold, wordsOf } from '../search-text';

type Clue = EventKind | 'training' | 'generic';

/** Word stems by what they say, most telling first; a stem also matches as the end of a compound. */
const CLUES: readonly [Clue, readonly string[]][] = [
  ['christmasParty', ['weihnachtsfeier', 'christmas', 'xmas', 'adventsfeier', 'weihnachtsessen', 'jahresabschlussfeier']],
  ['farewell', ['abschiedsfeier', 'ausstand', 'farewell', 'abschied']],
  ['stammtisch', ['stammtisch', 'netzwerk', 'netzwerktreffen', 'networking', 'afterwork']],
  ['internalEvent', ['sommerfest', 'jahresfeier', 'betriebsausflug', 'firmenfeier', 'betriebsfest', 'teamevent', 'firmenlauf', 'betriebsversammlung']],
  ['conference', ['konferenz', 'conference', 'kongress', 'congress', 'tagung', 'messe', 'summit', 'symposium', 'expo', 'fachmesse']],
  ['training', ['schulung', 'training', 'seminar', 'workshop', 'weiterbildung', 'fortbildung']],
  ['generic', ['veranstaltung', 'event', 'fest']],
];
/** Stems too short or too common to be trusted at the end of another word ("Interessen" is no "Messe"). */
const WHOLE_WORD_ONLY = new Set(['messe', 'expo', 'event', 'fest', 'xmas', 'abschied', 'netzwerk', 'training']);
/** Whole days away are no event, however long. */
const ABSENCE = new Set(['urlaub', 'ferien', 'abwesend', 'abwesenheit', 'krank', 'homeoffice', 'vacation', 'holiday', 'holidays', 'ooo', 'feiertag', 'elternzeit', 'sonderurlaub', 'gleittag', 'mobiles'].map(fold));

const STEMS = CLUES.map(([clue, stems]) => [clue, stems.map(fold)] as const);

function clueOfWord(word: string): Clue | undefined {
  for (const [clue, stems] of STEMS) {
    if (stems.some((stem) => word === stem || (!WHOLE_WORD_ONLY.has(stem) && word.length > stem.length + 2 && word.endsWith(stem)))) return clue;
  }
  return undefined;
}

function strongestClue(words: readonly string[]): Clue | undefined {
  let best: number | undefined;
  for (const word of words) {
    const clue = clueOfWord(word);
    const rank = clue === undefined ? -1 : STEMS.findIndex(([candidate]) => candidate === clue);
    if (rank >= 0 && (best === undefined || rank < best)) best = rank;
  }
  return best === undefined ? undefined : STEMS[best]?.[0];
}

const HOUR = 3_600_000;

/** Long enough to be an event: several whole days, or four hours and more with eight people and more. */
function longEnough(occurrence: CalendarOccurrence): boolean {
  if (occurrence.allDay) return occurrence.endDate > occurrence.startDate;
  return Date.parse(occurrence.end) - Date.parse(occurrence.start) >= 4 * HOUR && occurrence.attendees.length >= 8;
}

/** Occurrences are never changed, and Today asks about the same ones on every look: each is judged once. */
const clues = new WeakMap<CalendarOccurrence, Clue | null>();

function clueOf(occurrence: CalendarOccurrence): Clue | undefined {
  let clue = clues.get(occurrence);
  if (clue === undefined) {
    const words = [...occurrence.categories.flatMap((category) => wordsOf(fold(category))), ...wordsOf(fold(occurrence.summary))];
    clue = strongestClue(words) ?? (longEnough(occurrence) && !words.some((word) => ABSENCE.has(word)) ? 'generic' : null);
    clues.set(occurrence, clue);
  }
  return clue ?? undefined;
}

/**
 * The kind of Plausch event the entry looks like, or `undefined` for an ordinary meeting. `internalOnly`: everyone
 * in it is a colleague, so a training or an unnamed event is an internal one.
 */
export function eventKindOf(occurrence: CalendarOccurrence, internalOnly: boolean): EventKind | undefined {
  const clue = clueOf(occurrence);
  if (clue === undefined) return undefined;
  if (clue === 'training') return internalOnly ? 'internalEvent' : 'conference';
  if (clue === 'generic') return internalOnly ? 'internalEvent' : 'other';
  return clue;
}
