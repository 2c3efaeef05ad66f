// Finds sentences taken over from the seed article: any run of ARTICLE_RUN words it shares with a text. The content
// lints use it so that the article's ideas carry over and its sentences do not.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const ARTICLE_RUN = 8;

export function contentWords(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}’']+/u).filter(Boolean);
}

/** Every run of `ARTICLE_RUN` words in the seed article. */
export function articleRuns(): Set<string> {
  const article = contentWords(readFileSync(resolve(__dirname, '../../../../../shared/seed/netzwerken-als-assistenz.de.txt'), 'utf8'));
  const runs = new Set<string>();
  for (let index = 0; index + ARTICLE_RUN <= article.length; index += 1) runs.add(article.slice(index, index + ARTICLE_RUN).join(' '));
  return runs;
}

/** The runs of `text` that are also in the article. */
export function runsFrom(text: string, runs: Set<string>): string[] {
  const all = contentWords(text);
  const found: string[] = [];
  for (let index = 0; index + ARTICLE_RUN <= all.length; index += 1) {
    const run = all.slice(index, index + ARTICLE_RUN).join(' ');
    if (runs.has(run)) found.push(run);
  }
  return found;
}
