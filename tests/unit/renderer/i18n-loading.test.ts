// Only the language in use is loaded at the start; a switch loads the other one completely before it applies, so no
// text of the app is ever shown as a key or in the old language after the switch.
import i18next from 'i18next';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCatalogs } from '../../../renderer/src/i18n';

describe('loading the catalogs', () => {
  afterAll(async () => {
    await i18next.changeLanguage('de');
  });

  it('starts with the German catalogs only (setup.ts starts in German)', async () => {
    const namespaces = Object.keys(await loadCatalogs('de'));
    expect(namespaces).toContain('common');
    for (const namespace of namespaces) expect(i18next.hasResourceBundle('de', namespace), namespace).toBe(true);
    expect(i18next.hasResourceBundle('en', 'common')).toBe(false);
  });

  it('has every English namespace in place when the switch to English applies', async () => {
    const loadedWhenSwitched: string[] = [];
    const onChanged = () => {
      for (const namespace of i18next.options.ns as string[]) {
        if (i18next.hasResourceBundle('en', namespace)) loadedWhenSwitched.push(namespace);
      }
    };
    i18next.on('languageChanged', onChanged);
    const switching = i18next.changeLanguage('en');
    // While English loads, the app keeps speaking German.
    expect(i18next.language).toBe('de');
    expect(i18next.t('nav.today')).toBe('Heute');
    await switching;
    i18next.off('languageChanged', onChanged);

    expect(i18next.language).toBe('en');
    expect(i18next.t('nav.today')).toBe('Today');
    expect(loadedWhenSwitched.sort()).toEqual(Object.keys(await loadCatalogs('en')).sort());
  });
});
