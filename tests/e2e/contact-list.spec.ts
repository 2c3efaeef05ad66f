// The contact list with its last contact, status and next occasion, in German light and English dark, at 1280×800 and
// 1024×640: saved for looking at (tests/e2e/artifacts/screens/contacts-list-*.png) and checked for rows that overflow.
import type { Page } from '@playwright/test';
import { expect, shot, test, type PlauschApp } from './support/fixtures';
import { seedSampleJournal } from './support/sample-journal';

const sizes = [
  { width: 1280, height: 800 },
  { width: 1024, height: 640 },
] as const;

/** A few more people than the sample journal, so every status and kind of occasion is on screen (NOW is 27.11.2026). */
async function seedMore(app: PlauschApp) {
  const henrike = await app.call('contacts:create', {
    firstName: 'Henrike',
    lastName: 'von Hohenstein-Wartenberg',
    role: 'Leiterin Unternehmenskommunikation und Public Affairs',
    organisation: 'Norddeutsche Landesbank Girozentrale',
    relation: 'external',
    tags: ['Presse', 'Vorstand', 'Verbände', 'Sommerfest'],
    birthday: '1976-12-04',
    cadenceDays: 30,
  });
  await app.call('contacts:create', {
    firstName: 'Mehmet',
    lastName: 'Yilmaz',
    role: 'Empfang',
    organisation: 'Hartmann & Partner',
    relation: 'internal',
    tags: ['Empfang'],
    family: [{ id: 'f-ela', name: 'Ela', relation: 'child', birthday: '--11-28' }],
    cadenceDays: 21,
  });
  await app.call('interactions:create', { contactIds: [henrike.id], type: 'call', date: '2026-10-26', note: 'Pressetermin abgestimmt.' });
}

async function expectNoRowOverflow(page: Page) {
  const overflowing = await page.locator('main').evaluate((main) => {
    const found: string[] = [];
    if (main.scrollWidth > main.clientWidth) found.push(`main ${main.scrollWidth} > ${main.clientWidth}`);
    for (const row of main.querySelectorAll<HTMLElement>('li button')) {
      if (row.scrollWidth > row.clientWidth) found.push(`row ${row.textContent?.slice(0, 40)}: ${row.scrollWidth} > ${row.clientWidth}`);
      for (const cell of row.children) {
        const box = cell.getBoundingClientRect();
        const rowBox = row.getBoundingClientRect();
        if (box.right > rowBox.right + 0.5) found.push(`cell past the row's end in ${row.textContent?.slice(0, 40)}`);
      }
    }
    return found;
  });
  expect(overflowing).toEqual([]);
}

test('the contact list shows last contact, status and next occasion without overflowing', async ({ app }) => {
  const { page } = app;
  await seedSampleJournal(app);
  await seedMore(app);

  for (const size of sizes) {
    await page.setViewportSize(size);
    await app.open('#/contacts');
    const claire = page.getByRole('button', { name: /^Claire Dubois/ });
    await expect(claire).toContainText('Überfällig seit 49 Tagen');
    await expect(page.getByRole('button', { name: /^Henrike/ })).toContainText('50. Geburtstag');
    await expect(page.getByRole('button', { name: /^Henrike/ })).toContainText('Fällig seit 2 Tagen');
    await expect(page.getByRole('button', { name: /^Mehmet Yilmaz/ })).toContainText('Geburtstag von Ela');
    await expect(page.getByRole('button', { name: /^Jonas Weiß/ })).toContainText('vorgestern');
    await expect(page.getByRole('button', { name: /^Jonas Weiß/ }).locator('[data-status]')).toHaveCount(0);
    await expectNoRowOverflow(page);
    await shot(page, `contacts-list-de-light-${size.width}`);
  }
  // A screen reader hears each row as one sentence that says what its dates are.
  await expect(page.getByRole('button', { name: /^Claire Dubois/ })).toHaveAccessibleName(
    'Claire Dubois Executive Assistant · Lumen Consulting Letzter Kontakt: vor 4 Monaten Überfällig seit 49 Tagen Extern',
  );
  await page.getByRole('combobox', { name: 'Sortieren nach' }).click();
  await page.getByRole('option', { name: 'Längste Funkstille' }).click();
  await expect(page.getByRole('list', { name: 'Kontaktliste' }).getByRole('listitem').first()).toContainText('Mehmet Yilmaz');
  await shot(page, 'contacts-list-de-light-1024-longest');

  // Sorted by overdue, then filtered to nobody: the empty state with its way back.
  await page.getByRole('combobox', { name: 'Sortieren nach' }).click();
  await page.getByRole('option', { name: 'Überfällige zuerst' }).click();
  await expect(page.getByRole('list', { name: /Kontaktliste|Contact list/ }).getByRole('listitem').first()).toContainText('Claire Dubois');
  await page.getByRole('searchbox', { name: 'Kontakte filtern' }).fill('Niemand-heisst-so');
  await expect(page.getByRole('region', { name: 'Niemand passt zu diesen Filtern' })).toBeVisible();
  await shot(page, 'contacts-list-de-light-1024-empty');
  await page.getByRole('button', { name: 'Filter zurücksetzen' }).click();
  await expect(page.getByRole('status')).toHaveText('6 Kontakte');

  await app.call('settings:update', { theme: 'dark', language: 'en' });
  for (const size of sizes) {
    await page.setViewportSize(size);
    await app.open('#/contacts');
    await expect(page.getByRole('button', { name: /^Claire Dubois/ })).toContainText('Overdue by 49 days');
    await page.getByRole('combobox', { name: 'Sort by' }).click();
    await page.getByRole('option', { name: 'Overdue first' }).click();
    await expect(page.getByRole('list', { name: /Kontaktliste|Contact list/ }).getByRole('listitem').first()).toContainText('Claire Dubois');
    await expectNoRowOverflow(page);
    await shot(page, `contacts-list-en-dark-${size.width}`);
  }
});
