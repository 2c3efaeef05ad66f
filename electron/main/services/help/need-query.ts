// A need as the ranking reads it: its words, each with the journal's words and the concepts it may stand for and how
// sure each is, and the people it names ("Termin mit Dr. Roth": Roth is whom the user wants to reach, not who helps).
import { conceptsOf, needConceptsOf } from './help-lexicon';
import { conceptIndex, type HelpIndex, type HelpProfile } from './help-profiles';
import { ARTICLE_WORDS, TITLE_WORDS, foldedWordsOf, isNeedStopWord, stem } from './need-words';

/** A concept shared, not the word itself: good, but below the same word or a compound of it. */
export const CONCEPT_QUALITY = 0.6;
/**
 * A word of several concepts ("Vorstandskalender": the board and a calendar) is answered best by who covers them all:
 * the qualities of the concepts covered add up, divided by this spread, and never reach the same word's quality.
 */
export const MOST_CONCEPT_QUALITY = 0.9;

export function conceptSpread(needWord: NeedWord): number {
  return Math.sqrt(Math.max(1, needWord.concepts.size));
}
/** More words than anyone types for a need; the rest is ignored, so a pasted paragraph stays fast. */
const MAX_WORDS = 12;
/** A name many contacts share names none of them in particular; past this many, none is taken. */
const MAX_NAMED = 30;

export interface NeedWord {
  word: string;
  /** Vocabulary word id → quality. */
  words: Map<number, number>;
  /** Concept index → quality (already times CONCEPT_QUALITY). */
  concepts: Map<number, number>;
}

export interface NeedQuery {
  words: NeedWord[];
  /** The people the need names, as the journal holds them. */
  named: HelpProfile[];
}

/**
 * The people a need names: a last name after a title ("Dr. Roth", "Frau Keller"), after the first name
 * ("Anna Roth"), or on its own when it is no word of the lexicon and no article says it is a thing ("den Keller").
 */
function namedPeople(folded: readonly string[], index: HelpIndex): { named: HelpProfile[]; nameWords: Set<number> } {
  const named = new Map<number, HelpProfile>();
  const nameWords = new Set<number>();
  folded.forEach((word, at) => {
    if (word.length < 2 || TITLE_WORDS.has(word)) return;
    const people = index.withLastName(word);
    if (people.length === 0) return;
    const before = folded[at - 1];
    const byFirstName = before === undefined ? [] : people.filter((p) => p.firstName === before || p.firstName.split(/\s+/).includes(before));
    const titled = before !== undefined && TITLE_WORDS.has(before);
    const plain = before === undefined || !ARTICLE_WORDS.has(before);
    if (byFirstName.length === 0 && !titled && !(plain && conceptsOf(stem(word)).length === 0 && !isNeedStopWord(word))) return;
    const chosen = byFirstName.length > 0 ? byFirstName : people;
    if (chosen.length > MAX_NAMED) return;
    for (const person of chosen) named.set(person.slot, person);
    nameWords.add(at);
    if (byFirstName.length > 0) nameWords.add(at - 1);
  });
  return { named: [...named.values()], nameWords };
}

export function parseNeed(text: string, index: HelpIndex): NeedQuery {
  const folded = foldedWordsOf(text);
  const { named, nameWords } = namedPeople(folded, index);
  const seen = new Set<string>();
  const words: NeedWord[] = [];
  folded.forEach((raw, at) => {
    if (nameWords.has(at) || isNeedStopWord(raw) || TITLE_WORDS.has(raw) || raw.length < 2) return;
    const word = stem(raw);
    if (seen.has(word) || words.length >= MAX_WORDS) return;
    seen.add(word);
    const matches = new Map<number, number>();
    for (const { word: id, quality } of index.vocabulary.matchesOf(word)) matches.set(id, quality);
    const conceptQualities = new Map<number, number>();
    for (const [concept, quality] of needConceptsOf(word)) conceptQualities.set(conceptIndex.get(concept) as number, quality * CONCEPT_QUALITY);
    words.push({ word, words: matches, concepts: conceptQualities });
  });
  return { words, named };
}

/** How well one of the journal's words answers a word of the need: 0 when it does not. */
export function qualityFor(needWord: NeedWord, index: HelpIndex, word: string): number {
  return answerQuality(needWord, index, [word]);
}

/**
 * How well a field's words (and the concepts learned beside them) answer a word of the need, as the ranking counts it:
 * the best same word, or the concepts covered together.
 */
export function answerQuality(needWord: NeedWord, index: HelpIndex, words: readonly string[], learned: readonly number[] = []): number {
  let best = 0;
  const covered = new Set<number>(learned);
  for (const word of words) {
    const id = index.vocabulary.find(word);
    if (id !== undefined) best = Math.max(best, needWord.words.get(id) ?? 0);
    for (const concept of conceptsOf(word)) covered.add(conceptIndex.get(concept) as number);
  }
  let conceptTotal = 0;
  for (const concept of covered) conceptTotal += needWord.concepts.get(concept) ?? 0;
  return Math.max(best, Math.min(MOST_CONCEPT_QUALITY, conceptTotal / conceptSpread(needWord)));
}
