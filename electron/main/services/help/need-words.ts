// The words of a need and of what the journal knows about a person, made comparable: folded like the search folds
// (umlauts, ß, "ae" for "ä"), stripped of a light German/English ending so that "Räume", "Raum" and "rooms"/"room"
// meet, and freed of the small words that say nothing about what is needed ("für", "heute", "the").
import { fold, wordsOf } from '../search-text';
import { editDistances, typoBudget } from '../search-distance';

const STOP_WORDS_DE = [
  'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'und', 'oder', 'aber',
  'für', 'mit', 'von', 'vom', 'zu', 'zum', 'zur', 'im', 'in', 'ins', 'am', 'an', 'auf', 'aus', 'bei', 'beim', 'bis',
  'nach', 'über', 'unter', 'um', 'ohne', 'gegen', 'durch', 'per', 'pro', 'ich', 'mir', 'mich', 'mein', 'meine',
  'meinen', 'wir', 'uns', 'unser', 'unsere', 'sie', 'er', 'es', 'ihr', 'ihm', 'ihn', 'man', 'jemand', 'jemanden',
  'wer', 'was', 'wie', 'wo', 'wann', 'kann', 'könnte', 'kannst', 'können', 'muss', 'müssen', 'brauche', 'brauchen',
  'benötige', 'suche', 'suchen', 'hilfe', 'helfen', 'hilft', 'bitte', 'dringend', 'schnell', 'kurzfristig', 'noch',
  'schon', 'auch', 'nur', 'sehr', 'mal', 'gerne', 'gern', 'ist', 'sind', 'war', 'habe', 'hat', 'haben', 'wird',
  'werden', 'soll', 'sollen', 'heute', 'morgen', 'übermorgen', 'gestern', 'vormittag', 'nachmittag', 'abend', 'mittag',
  'früh', 'spät', 'diese', 'dieser', 'dieses', 'diesen', 'nächste', 'nächsten', 'nächster', 'kommende', 'kommenden',
  'woche', 'wochen', 'monat', 'tag', 'tage', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag',
  'sonntag', 'uhr', 'etwa', 'ca', 'jetzt', 'gleich', 'sofort', 'bald', 'möglichst', 'eventuell', 'wegen', 'neue',
  'neuen', 'neuer', 'neues', 'kleine', 'kleinen', 'große', 'großen', 'gut', 'gute', 'guten',
];

const STOP_WORDS_EN = [
  'the', 'a', 'an', 'and', 'or', 'but', 'for', 'with', 'from', 'of', 'to', 'in', 'on', 'at', 'by', 'about', 'into',
  'i', 'me', 'my', 'we', 'us', 'our', 'you', 'your', 'he', 'she', 'they', 'them', 'someone', 'somebody', 'anyone',
  'who', 'what', 'how', 'where', 'when', 'can', 'could', 'need', 'needs', 'needed', 'want', 'looking', 'help', 'please',
  'urgent', 'urgently', 'asap', 'quick', 'quickly', 'today', 'tomorrow', 'tonight', 'yesterday', 'morning',
  'afternoon', 'evening', 'this', 'that', 'these', 'next', 'week', 'month', 'day', 'monday', 'tuesday', 'wednesday',
  'thursday', 'friday', 'is', 'are', 'was', 'be', 'get', 'got', 'some', 'any', 'new', 'small', 'big', 'good',
];

/** English words of a journal's notes that are also letters of a need ("it", the IT): left out of notes only. */
const NOTE_ONLY_STOP_WORDS = ['it', 'its', 'was', 'had', 'has', 'have', 'her', 'his', 'him', 'also', 'very', 'sent'];

/** Forms of address and titles: they say a name follows, and are no part of what is needed. */
export const TITLE_WORDS = new Set(['dr', 'prof', 'herr', 'herrn', 'frau', 'mr', 'mrs', 'ms', 'miss', 'sir']);

/** Words after which a capitalised noun is a thing, not a person: "den Keller", "im Keller". */
export const ARTICLE_WORDS = new Set(
  ['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'im', 'ins', 'zum', 'zur', 'vom', 'beim', 'the', 'a', 'an'].map(fold),
);

const needStopWords = new Set([...STOP_WORDS_DE, ...STOP_WORDS_EN, ...TITLE_WORDS].map(fold));
const noteStopWords = new Set([...needStopWords, ...NOTE_ONLY_STOP_WORDS]);
// A need may name the IT ("IT-Zugang"); in a note "it" is far more often the English pronoun.
needStopWords.delete('it');

const stems = new Map<string, string>();

/**
 * A light ending strip on a folded word ("raume" → "raum", "zugangs" → "zugang", "rooms" → "room"), the same on both
 * sides, so it only has to be consistent, not good German. Never below four letters, so short words stay themselves.
 */
export function stem(word: string): string {
  let known = stems.get(word);
  if (known !== undefined) return known;
  known = word;
  const length = word.length;
  if (length >= 6 && word.endsWith('en')) known = word.slice(0, -2);
  else if (length >= 6 && word.endsWith('es') && !word.endsWith('sses')) known = word.slice(0, -2);
  else if (length >= 5 && word.endsWith('e')) known = word.slice(0, -1);
  else if (length >= 5 && word.endsWith('s') && !/(ss|us|is)$/.test(word)) known = word.slice(0, -1);
  if (stems.size > 200_000) stems.clear();
  stems.set(word, known);
  return known;
}

/** The words of a text that can say what is needed or what someone can do, folded and stemmed, in order. */
export function contentWords(text: string, kind: 'need' | 'note' = 'note'): string[] {
  const stop = kind === 'need' ? needStopWords : noteStopWords;
  const words: string[] = [];
  for (const word of wordsOf(fold(text))) {
    if (stop.has(word) || word.length < 2) continue;
    words.push(stem(word));
  }
  return words;
}

/** A folded word of the need as typed, for telling names and titles apart; stop words kept. */
export function foldedWordsOf(text: string): string[] {
  return wordsOf(fold(text));
}

export function isNeedStopWord(folded: string): boolean {
  return needStopWords.has(folded);
}

/** Edits allowed for a word of this length: as many as the search allows. */
export const editBudget = typoBudget;

/**
 * Optimal string alignment distance (Levenshtein plus swapped neighbours as one edit: "Reiseburo"/"Reisebruo"), or
 * `limit + 1` as soon as it must exceed `limit`.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  return a === b ? 0 : editDistances(a, b, limit).whole;
}

/** The shortest word that counts as a part of a German compound ("Raum", "Flug", "Bahn"). */
export const MIN_PART = 4;
/** What must be left of a compound beside its part: "Zeit|raum" yes, "T|raum" no. */
const MIN_REST = 3;

/**
 * Whether `part` is one of the words `whole` is compounded of: its start ("Raum|buchung"), its end
 * ("Konferenz|raum"), or, for a longer part, its middle ("Video|konferenz|raum").
 */
export function isCompoundPart(part: string, whole: string): boolean {
  if (part.length < MIN_PART || whole.length < part.length + MIN_REST) return false;
  if (whole.startsWith(part) || whole.endsWith(part)) return true;
  if (part.length < 5) return false;
  const at = whole.indexOf(part, MIN_REST);
  return at >= MIN_REST && at + part.length <= whole.length - MIN_REST;
}
