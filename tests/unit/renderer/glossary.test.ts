// One word for one thing: no catalog text uses a word the glossary says to avoid (renderer/src/i18n/glossary.ts).
import { describe, expect, it } from 'vitest';
import { loadCatalogs } from '../../../renderer/src/i18n';
import { glossary } from '../../../renderer/src/i18n/glossary';
import type { Language } from '../../../shared/model';

type Catalog = { [key: string]: string | Catalog };

function* texts(catalog: Catalog, path: string): Generator<[string, string]> {
  for (const [key, value] of Object.entries(catalog)) {
    if (typeof value === 'string') yield [`${path}.${key}`, value];
    else yield* texts(value, `${path}.${key}`);
  }
}

const resources = { de: await loadCatalogs('de'), en: await loadCatalogs('en') };

describe('the glossary', () => {
  for (const language of ['de', 'en'] as const satisfies readonly Language[]) {
    it.each(glossary.map((term) => [term.use[language], term] as const))(`${language}: only "%s" for its meaning`, (_word, term) => {
      const drifts: string[] = [];
      for (const [namespace, catalog] of Object.entries(resources[language])) {
        for (const [path, text] of texts(catalog as Catalog, namespace)) {
          for (const avoided of term.avoid[language] ?? []) if (avoided.test(text)) drifts.push(`${path}: ${text}`);
        }
      }
      expect(drifts, `${term.meaning}: use "${term.use[language]}"`).toEqual([]);
    });
  }

  it('catches a drift: the checks match what a review found', () => {
    const found = (language: Language, text: string) => glossary.some((term) => (term.avoid[language] ?? []).some((avoided) => avoided.test(text)));
    expect(found('de', 'Fällige Wiedervorlagen')).toBe(true);
    expect(found('de', 'Rhythmus der Tags')).toBe(true);
    expect(found('de', 'Organisation')).toBe(true);
    expect(found('de', 'Die Organisation geht reihum.')).toBe(false);
    expect(found('de', 'Jeden Tag')).toBe(false);
    expect(found('en', 'Already in the journal')).toBe(true);
  });
});
