// Folding text for search, applied alike to what is indexed and to what the user types, so that "Muller",
// "Mueller" and "Müller" meet in "muller", and "Strasse" and "Straße" in "strasse".

const SPECIAL_LETTERS: Record<string, string> = { ß: 'ss', ẞ: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ı: 'i' };
const COMBINING_MARKS = /\p{M}/gu;

export interface FoldedText {
  text: string;
  /** For every folded character, the index of the original character it came from. */
  origin: number[];
}

/** Each character's folded form, remembered: folding a journal of years must not normalize every letter anew. */
const foldedCharacters = new Map<string, string>();

function foldCharacter(character: string): string {
  let plain = foldedCharacters.get(character);
  if (plain === undefined) {
    const lower = character.toLowerCase();
    plain = SPECIAL_LETTERS[lower] ?? lower.normalize('NFD').replace(COMBINING_MARKS, '');
    foldedCharacters.set(character, plain);
  }
  return plain;
}

/**
 * Folds `original` letter by letter; with `origin`, records for each folded letter where it came from. `keepE` keeps
 * an e after a, o or u.
 */
function foldLetters(original: string, origin?: number[], keepE = false): string {
  let text = '';
  let index = 0;
  let previous = '';
  for (const character of original) {
    for (const letter of foldCharacter(character)) {
      // German writes ä, ö, ü as ae, oe, ue where umlauts are missing; dropping that e folds both spellings alike.
      if (!keepE && letter === 'e' && (previous === 'a' || previous === 'o' || previous === 'u')) continue;
      text += letter;
      previous = letter;
      origin?.push(index);
    }
    index += character.length;
  }
  return text;
}

export function foldWithOrigin(original: string): FoldedText {
  const origin: number[] = [];
  return { text: foldLetters(original, origin), origin };
}

const NON_ASCII = /[^\p{ASCII}]/u;
const UMLAUT_SPELLING = /([aou])e+/g;

export function fold(original: string): string {
  // Most text is plain ASCII, where folding is lower case plus the umlaut rule; the journal is folded whole at start.
  if (!NON_ASCII.test(original)) return original.toLowerCase().replace(UMLAUT_SPELLING, '$1');
  return foldLetters(original);
}

/**
 * Folded as `fold` folds, but with an e after a, o or u kept: a typo can make such a pair ("Loenz" for "Lorenz",
 * "Drgäer" for "Dräger"), which is no umlaut, so the search also tries the typed word this way.
 */
export function foldKeepingE(original: string): string {
  return foldLetters(original, undefined, true);
}

const WORD = /[\p{L}\p{N}]+/gu;

/** The words of an already folded text, as the search index keys them. */
export function wordsOf(folded: string): string[] {
  return folded.match(WORD) ?? [];
}

const SNIPPET_CONTEXT = 30;

/**
 * The piece of `original` around the folded range [start, end], with an ellipsis where it was cut; short texts are
 * returned whole.
 */
export function snippetAround(original: string, folded: FoldedText, start: number, end: number): string {
  if (original.length <= SNIPPET_CONTEXT * 2 + 20) return original.trim();
  const from = folded.origin[start] ?? 0;
  const to = (folded.origin[end] ?? original.length - 1) + 1;
  const cutStart = Math.max(0, from - SNIPPET_CONTEXT);
  const cutEnd = Math.min(original.length, to + SNIPPET_CONTEXT);
  const head = cutStart > 0 ? '…' : '';
  const tail = cutEnd < original.length ? '…' : '';
  return `${head}${original.slice(cutStart, cutEnd).trim()}${tail}`;
}
