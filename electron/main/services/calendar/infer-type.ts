// What a calendar entry would be as an encounter: its type from its words and links, its time of day from its start,
// and its place from its location unless that is only a link to a video call.
import type { CalendarOccurrence } from '../../../../shared/calendar';
import type { InteractionType, TimeOfDay } from '../../../../shared/model';
import { fold, wordsOf } from '../search-text';

const folded = (words: readonly string[]) => new Set(words.map(fold));

const LUNCH_WORDS = folded(['mittagessen', 'mittag', 'lunch', 'essen', 'abendessen', 'arbeitsessen', 'geschäftsessen', 'teamessen', 'dinner', 'brunch', 'frühstück', 'breakfast']);
const COFFEE_WORDS = folded(['kaffee', 'coffee', 'kaffeepause', 'espresso', 'cappuccino', 'kaffeeklatsch']);
const CALL_WORDS = folded(['telefonat', 'anruf', 'call', 'telko', 'telefonkonferenz', 'videokonferenz', 'videocall', 'telefontermin', 'phone', 'skype']);
/** "Essen" is also a city: "Termin in Essen" is no lunch. */
const PLACE_PREPOSITIONS = folded(['in', 'nach', 'aus', 'bei', 'to', 'from', 'near']);
/** Links and names of the video services Outlook and Google put in a meeting. */
const VIDEO_LINK = /teams\.microsoft\.com|teams\.live\.com|zoom\.us|zoom\.com|webex\.com|meet\.google\.com|gotomeeting\.com|whereby\.com|meet\.jit\.si/i;
const VIDEO_NAME = /microsoft teams|teams-besprechung|teams meeting|zoom-meeting|zoom meeting|webex|google meet|skype/i;

function hasWord(words: readonly string[], set: ReadonlySet<string>): boolean {
  return words.some((word, index) => set.has(word) && !(word === 'essen' && index > 0 && PLACE_PREPOSITIONS.has(words[index - 1] as string)));
}

export function isVideoCall(occurrence: Pick<CalendarOccurrence, 'location' | 'description'>): boolean {
  return [occurrence.location, occurrence.description].some((text) => VIDEO_LINK.test(text) || VIDEO_NAME.test(text));
}

/**
 * The encounter's type: a meal or a coffee in the subject wins (a coffee over Teams is still a coffee), then a call
 * by its words or a video link, else a meeting.
 */
export function inferType(occurrence: Pick<CalendarOccurrence, 'summary' | 'location' | 'description'>): InteractionType {
  const summary = wordsOf(fold(occurrence.summary));
  if (hasWord(summary, LUNCH_WORDS)) return 'lunch';
  if (hasWord(summary, COFFEE_WORDS)) return 'coffee';
  if (hasWord(summary, CALL_WORDS) || isVideoCall(occurrence)) return 'call';
  const location = wordsOf(fold(occurrence.location));
  if (hasWord(location, LUNCH_WORDS)) return 'lunch';
  if (hasWord(location, COFFEE_WORDS)) return 'coffee';
  return 'meeting';
}

/** Where the day's parts begin (local clock): before 11:00 morning, before 14:00 midday, before 17:30 afternoon. */
const TIMES_OF_DAY: readonly [string, TimeOfDay][] = [
  ['11:00', 'morning'],
  ['14:00', 'midday'],
  ['17:30', 'afternoon'],
];

export function timeOfDayAt(startTime: string): TimeOfDay {
  return TIMES_OF_DAY.find(([before]) => startTime < before)?.[1] ?? 'evening';
}

/** The location as a place, without video links: "Raum 3.12; Microsoft Teams-Besprechung" → "Raum 3.12". */
export function placeOf(location: string): string {
  return location
    .split(/[;,]\s*|\s+\|\s+/)
    .map((part) => part.trim())
    .filter((part) => part !== '' && !/^(https?:|www\.)|:\/\//i.test(part) && !VIDEO_LINK.test(part) && !VIDEO_NAME.test(part))
    .join(', ')
    .slice(0, 200);
}
