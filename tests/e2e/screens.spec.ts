// Every main screen with a small realistic journal, in German and English, light and dark: saved for looking at
// (tests/e2e/artifacts/screens) and checked for visible content.
import { expect, shot, test } from './support/fixtures';
import { seedSampleJournal } from './support/sample-journal';

test('every screen renders with a sample journal', async ({ app }) => {
  const { page } = app;
  const { sabine } = await seedSampleJournal(app);
  await app.open('#/contacts');
  await expect(page.getByText('Sabine Müller').first()).toBeVisible();
  await shot(page, 'contacts');
  await app.open(`#/contacts/${sabine.id}`);
  await expect(page.getByRole('heading', { name: 'Sabine Müller' })).toBeVisible();
  await shot(page, 'contact');
  for (const screen of ['journal', 'drifting', 'favours', 'settings']) {
    await app.open(`#/${screen}`);
    await page.waitForTimeout(300);
    await shot(page, screen);
  }
  await app.open(`#/contacts/${sabine.id}/edit`);
  await page.waitForTimeout(300);
  await shot(page, 'contact-edit');

  await app.call('settings:update', { theme: 'dark', language: 'en' });
  await app.open(`#/contacts/${sabine.id}`);
  await expect(page.getByRole('heading', { name: 'Personal' })).toBeVisible();
  const background = await page.locator('main').evaluate((main) => getComputedStyle(main.parentElement!).backgroundColor);
  expect(background).not.toBe('rgb(255, 255, 255)');
  await shot(page, 'contact-dark-en');
});
