// Folding text for search, applied alike to what is indexed and to what the user types, so that "Muller",
// "Mueller" and "Müller" meet in "muller", and "Strasse" and "Straße" in "strasse".

const SPECIAL_LETTERS: Record<string, string> = { ß: 'ss', ẞ: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ı: 'i' };
const COMBINING_MARKS = /\p{M}/gu;

export interface FoldedText {
  text: string;
  /** For every folded character, the index of the original character it came from. */
  origin: number[];
}

export function foldWithOrigin(original: string): FoldedText {
  let text = '';
  const origin: number[] = [];
  let index = 0;
  let previous = '';
  for (const character of original) {
    const lower = character.toLowerCase();
    const plain = SPECIAL_LETTERS[lower] ?? lower.normalize('NFD').replace(COMBINING_MARKS, '');
    for (const letter of plain) {
      // German writes ä, ö, ü as ae, oe, ue where umlauts are missing; dropping that e folds both spellings alike.
      if (letter === 'e' && (previous === 'a' || previous === 'o' || previous === 'u')) continue;
      text += letter;
      previous = letter;
      origin.push(index);
    }
    index += character.length;
  }
  return { text, origin };
}

export function fold(original: string): string {
  return foldWithOrigin(original).text;
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
