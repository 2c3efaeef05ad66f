// Type-ahead matching that forgives missing umlauts and accents: "muller" finds "Müller", "jose" finds "José".
const diacritics = /[\u0300-\u036f]/g;

export function foldText(text: string): string {
  return text
    .toLocaleLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(diacritics, '')
    // Both spellings of an umlaut fold to the same letter, so "Mueller" finds "Müller" too.
    .replace(/([aou])e/g, '$1');
}

/** True when every word of the query appears somewhere in the haystack. */
export function matchesQuery(haystack: string, query: string): boolean {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const folded = foldText(haystack);
  return words.every((word) => folded.includes(word));
}
