// What a user of the browser shell sees when the terminal's Plausch is quit while its window is still open: the page
// says so at once, and a save explains why it cannot happen instead of failing silently.
import { expect, shot, test } from './support/fixtures';

test('a page whose Plausch has quit says so, and a save explains itself', async ({ app }) => {
  const { page } = app;
  await app.call('contacts:create', { firstName: 'Sabine', lastName: 'Müller' });
  await app.open('#/contacts');
  await expect(page.getByText('Sabine Müller')).toBeVisible();

  await app.quit();
  const notices = page.getByRole('region', { name: 'Hinweise' });
  await expect(notices).toContainText('Plausch wurde beendet');
  await expect(notices).toContainText('Starten Sie Plausch neu');
  await shot(page, 'browser-01-shell-stopped-notice');

  await page.getByRole('main').getByRole('button', { name: 'Neuer Kontakt' }).click();
  await page.getByLabel('Vorname').fill('Jonas');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByText('Plausch ist nicht mehr erreichbar').first()).toBeVisible();
  await shot(page, 'browser-02-shell-stopped-save');
});
