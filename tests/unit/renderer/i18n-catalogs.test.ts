import { describe, expect, it } from 'vitest';
import { loadCatalogs } from '../../../renderer/src/i18n';

type Catalog = { [key: string]: string | Catalog };

function flatten(catalog: Catalog, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(catalog)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') entries.set(path, value);
    else for (const [nested, text] of flatten(value, path)) entries.set(nested, text);
  }
  return entries;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1] ?? '').sort();
}

const resources = { de: await loadCatalogs('de'), en: await loadCatalogs('en') };
const namespaces = Object.keys(resources.de) as (keyof typeof resources.de)[];

describe('i18n catalogs', () => {
  it('has the same namespaces in German and English', () => {
    expect(Object.keys(resources.en).sort()).toEqual([...namespaces].sort());
  });

  describe.each(namespaces)('namespace %s', (namespace) => {
    const german = flatten(resources.de[namespace] as Catalog);
    const english = flatten(resources.en[namespace] as Catalog);

    it('has exactly the same keys in both languages', () => {
      expect([...english.keys()].sort()).toEqual([...german.keys()].sort());
    });

    it('has no empty texts', () => {
      const empty = [...german, ...english].filter(([, text]) => text.trim() === '').map(([key]) => key);
      expect(empty).toEqual([]);
    });

    it('uses the same placeholders in both languages', () => {
      const mismatched = [...german.keys()].filter(
        (key) => placeholders(german.get(key) ?? '').join() !== placeholders(english.get(key) ?? '').join(),
      );
      expect(mismatched).toEqual([]);
    });
  });

  it('translates every error code the main process can send', async () => {
    const { errorCodes } = await import('../../../shared/errors');
    for (const language of ['de', 'en'] as const) {
      const errors = resources[language].common.errors as Record<string, string>;
      expect(Object.keys(errors).sort()).toEqual([...errorCodes].sort());
    }
  });
});
