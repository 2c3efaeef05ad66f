// Encryption and the app lock as a user of the browser shell meets them, against the real backend and store: turning
// encryption on in the settings, locking now, a wrong and a right passphrase, a start that asks for the passphrase
// (the browser shell has no keychain), and turning encryption off again. Screens in German light, English dark and
// high contrast.
import type { Page } from '@playwright/test';
import { expect, shot, test } from './support/fixtures';

const PASSPHRASE = 'Kaffee mit Sabine am Freitag';

const privacy = (page: Page) => page.getByRole('region', { name: 'Datenschutz' });
const lockScreen = (page: Page) => page.getByRole('main', { name: 'Plausch ist gesperrt' });

async function unlock(page: Page, passphrase: string) {
  const field = lockScreen(page).getByLabel('Kennwort');
  await expect(field).toBeFocused();
  await field.fill(passphrase);
  await field.press('Enter');
}

test('encryption on, lock now, a locked start and encryption off again', async ({ app }) => {
  const { page } = app;
  await app.call('contacts:create', { firstName: 'Sabine', lastName: 'Keller', notes: 'Tochter krank' });
  await app.open('#/settings');

  const section = privacy(page);
  await section.scrollIntoViewIfNeeded();
  await expect(section).toContainText('Ihre Daten sind nicht verschlüsselt.');
  await expect(section).toContainText('Niemand kann sie wiederherstellen');
  await shot(page, 'privacy-01-off-de-light', section);

  await section.getByLabel('Kennwort', { exact: true }).fill(PASSPHRASE);
  await section.getByLabel('Kennwort wiederholen').fill('Kaffee mit Sabine am Montag');
  await section.getByRole('button', { name: 'Verschlüsselung einschalten' }).click();
  await expect(section.getByRole('alert')).toHaveText('Die beiden Kennwörter stimmen nicht überein. Es wurde nichts geändert.');

  await section.getByLabel('Kennwort wiederholen').fill(PASSPHRASE);
  await section.getByRole('button', { name: 'Verschlüsselung einschalten' }).click();
  await expect(section).toContainText('Ihre Daten sind verschlüsselt', { timeout: 30_000 });
  await expect(section).toContainText('Beim Start fragt Plausch nach Ihrem Kennwort.');
  await section.getByRole('radio', { name: 'nach 15 Min.' }).click();
  await expect(section.getByRole('radio', { name: 'nach 15 Min.' })).toBeChecked();
  await expect.poll(async () => (await app.call('settings:get', undefined)).lockAfterMinutes).toBe(15);
  await shot(page, 'privacy-02-on-de-light', section);

  await section.getByRole('button', { name: 'Jetzt sperren' }).click();
  await expect(lockScreen(page)).toBeVisible();
  await expect(page.getByText('Sabine Keller')).toHaveCount(0);
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await shot(page, 'lock-01-de-light');

  // The journal itself refuses while locked, not only the page.
  await expect(app.call('contacts:list', {})).rejects.toThrow('"code":"journalLocked"');

  await unlock(page, 'Kaffee mit Sabine am Montag');
  await expect(lockScreen(page).getByText('Dieses Kennwort passt nicht. Es wurde nichts geändert.')).toBeVisible();
  await shot(page, 'lock-02-wrong-de-light');
  await unlock(page, PASSPHRASE);
  await expect(lockScreen(page)).toHaveCount(0);
  await expect(privacy(page)).toContainText('Ihre Daten sind verschlüsselt');

  // A new start of the browser shell cannot ask a keychain: it opens at the lock screen.
  await app.restart();
  await expect(lockScreen(page)).toBeVisible();
  await unlock(page, PASSPHRASE);
  await expect(lockScreen(page)).toHaveCount(0);
  await page.evaluate(() => {
    window.location.hash = '#/contacts';
  });
  await expect(page.getByText('Sabine Keller')).toBeVisible();

  await app.open('#/settings');
  const off = privacy(page).getByRole('group', { name: 'Verschlüsselung ausschalten' });
  await off.getByLabel('Kennwort').fill(PASSPHRASE);
  await off.getByRole('button', { name: 'Verschlüsselung ausschalten' }).click();
  await expect(privacy(page)).toContainText('Ihre Daten sind nicht verschlüsselt.', { timeout: 30_000 });
});

test('the lock screen and the privacy section in English dark and in high contrast', async ({ app }) => {
  const { page } = app;
  await app.call('settings:update', { theme: 'dark', language: 'en' });
  await app.open('#/settings');
  const section = page.getByRole('region', { name: 'Privacy' });
  await section.scrollIntoViewIfNeeded();
  await expect(section).toContainText('Your data is not encrypted.');
  await shot(page, 'privacy-03-off-en-dark', section);
  await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
  await shot(page, 'privacy-04-off-high-contrast', section);
  await page.emulateMedia({ forcedColors: 'none' });

  await app.call('privacy:encryptionOn', { passphrase: PASSPHRASE });
  await expect(section).toContainText('Your data is encrypted', { timeout: 30_000 });
  await shot(page, 'privacy-05-on-en-dark', section);
  await section.getByRole('button', { name: 'Lock now' }).click();
  const screen = page.getByRole('main', { name: 'Plausch is locked' });
  await expect(screen.getByLabel('Passphrase')).toBeFocused();
  await shot(page, 'lock-03-en-dark');
  await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
  await shot(page, 'lock-04-high-contrast');
});
