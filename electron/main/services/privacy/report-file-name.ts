// The report's file name: `auskunft-sabine-keller-2026-12-03.json`. ASCII only, so it survives every file system,
// mail attachment and zip tool; German letters are written out as Germans do (ä → ae, ß → ss).
const GERMAN_LETTERS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'ae', Ö: 'oe', Ü: 'ue', ß: 'ss', ẞ: 'ss' };

export function asciiSlug(text: string): string {
  return text
    .replace(/[äöüÄÖÜßẞ]/g, (letter) => GERMAN_LETTERS[letter] ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

export function reportFileName(prefix: string, name: string, today: string, extension: string): string {
  const slug = asciiSlug(name);
  return `${[prefix, slug, today].filter(Boolean).join('-')}.${extension}`;
}
