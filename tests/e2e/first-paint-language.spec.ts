// The catalogs of only one language come with the start (the renderer budget in DESIGN.md): the first frame must still
// show the user's language, never the catalogs' keys or the other language, in the main window as in the quick-log
// window, whose page loads on its own.
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

// Every change of #root's text from the first render on, recorded by the page itself before any script of the app runs.
function recordRootTexts(page: Page) {
  return page.addInitScript(() => {
    const texts: string[] = [];
    Object.assign(window, { rootTexts: texts });
    new MutationObserver(() => {
      const root = document.getElementById('root');
      const text = root?.innerText.trim() ?? '';
      if (text !== '' && texts.at(-1) !== text && texts.length < 200) texts.push(text);
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
}

const rootTexts = (page: Page) => page.evaluate(() => (window as unknown as { rootTexts: string[] }).rootTexts);

// A catalog key as i18next shows one it cannot find: `namespace:key` or `section.key`, no spaces.
const catalogKey = /\b[a-z][A-Za-z]*[:.][a-z][A-Za-z_.]*\b/;

test('the main window paints German from its first frame on a German system', async ({ app }) => {
  const { page } = app;
  await recordRootTexts(page);
  await app.open('#/contacts');
  await expect(page.getByRole('heading', { name: 'Kontakte', level: 1 })).toBeVisible();
  const texts = await rootTexts(page);
  expect(texts[0]).toContain('Heute');
  expect(texts[0]).toContain('Einstellungen');
  for (const text of texts) {
    expect(text).not.toMatch(catalogKey);
    expect(text).not.toContain('Settings');
  }
});

test('the main window paints English from its first frame when the settings say so', async ({ app }) => {
  const { page } = app;
  await app.call('settings:update', { language: 'en' });
  await recordRootTexts(page);
  await app.open('#/contacts');
  await expect(page.getByRole('heading', { name: 'Contacts', level: 1 })).toBeVisible();
  const texts = await rootTexts(page);
  expect(texts[0]).toContain('Today');
  expect(texts[0]).toContain('Settings');
  for (const text of texts) {
    expect(text).not.toMatch(catalogKey);
    expect(text).not.toContain('Einstellungen');
  }
});

test('the quick-log window paints its page in the user language from its first frame', async ({ app }) => {
  const { page } = app;
  await recordRootTexts(page);
  await app.open('#/quick-log');
  await expect(page.getByRole('textbox', { name: 'Begegnung in einer Zeile' })).toBeFocused();
  const texts = await rootTexts(page);
  expect(texts[0]).toContain('Schnelleintrag');
  for (const text of texts) expect(text).not.toMatch(catalogKey);
});
