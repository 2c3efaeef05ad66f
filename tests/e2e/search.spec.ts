// The search palette against the real backend: a word of one encounter's note finds that encounter first, with the
// person whose own notes hold the word right below, both groups in sight; a swapped pair of letters still finds it.
// German in the light theme, English in the dark one, each checked with axe.
import type { Page } from '@playwright/test';
import { seriousViolations } from './support/axe';
import { expect, shot, test } from './support/fixtures';
import { seedSampleJournal } from './support/sample-journal';

async function openSearch(page: Page, label: string, text: string) {
  await page.keyboard.press('Control+k');
  const search = page.getByRole('combobox', { name: label });
  await expect(search).toBeFocused();
  await search.fill(text);
}

/** The names of the result groups in the order shown. */
async function groupNames(page: Page): Promise<string[]> {
  return page.getByRole('listbox').getByRole('group').evaluateAll((groups) =>
    groups.map((group) => document.getElementById(group.getAttribute('aria-labelledby') ?? '')?.textContent ?? ''),
  );
}

test('a note word finds its encounter first, the person sharing it below, in German', async ({ app }) => {
  const { page } = app;
  await seedSampleJournal(app);
  await app.open('#/today');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  await openSearch(page, 'Kontakte und Begegnungen durchsuchen', 'Stock');
  await expect(page.getByRole('option', { name: /Wer kann helfen\?/ })).toBeVisible();
  expect(await groupNames(page)).toEqual(['Begegnungen', 'Kontakte']);
  const options = page.getByRole('option');
  await expect(options.first()).toContainText('Konferenzraum im 6. Stock');
  await expect(options.first()).toContainText('3. September 2026');
  await expect(page.getByRole('group', { name: 'Kontakte' }).getByRole('option')).toContainText(['Sabine Müller']);
  await shot(page, 'search-groups-de-light');
  expect(await seriousViolations(page, '[role="dialog"]')).toEqual([]);
  await page.keyboard.press('Escape');
});

test('a swapped pair of letters is one typo, in English and the dark theme', async ({ app }) => {
  const { page } = app;
  await seedSampleJournal(app);
  await app.call('settings:update', { language: 'en', theme: 'dark' });
  await app.open('#/today');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  await openSearch(page, 'Search contacts and encounters', 'Konferenzruam');
  await expect(page.getByRole('option', { name: /Who can help\?/ })).toBeVisible();
  await expect(page.getByRole('option').first()).toContainText('Konferenzraum');
  await expect(page.getByRole('option').first()).toContainText('September 3, 2026');
  expect((await groupNames(page))[0]).toBe('Encounters');
  await shot(page, 'search-typo-en-dark');
  expect(await seriousViolations(page, '[role="dialog"]')).toEqual([]);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
