// The journey of issue 2, as a user does it: a contact with a year-less birthday and a child starting school, a
// lunch with two people, a misspelled search, the drifting list, English, and everything still there after a restart.
import { expect, shot, test } from './support/fixtures';

test('a new user keeps a journal that survives a restart', async ({ app }) => {
  const { page } = app;
  // A first start opens the welcome page (first-start.spec.ts); this user goes straight to the contacts.
  await app.open('#/contacts');

  await expect(page.getByRole('heading', { name: 'Ihr Netzwerk beginnt mit einem Menschen' })).toBeVisible();
  await shot(page, 'journey-01-empty');

  // A contact with a birthday without year and a child with a school start date.
  await page.getByRole('main').getByRole('button', { name: 'Neuer Kontakt' }).click();
  await page.getByLabel('Vorname').fill('Sabine');
  await page.getByLabel('Nachname').fill('Müller');
  await page.getByLabel('Firma').fill('Hartmann & Partner');
  await page.getByLabel('Geburtstag: Tag', { exact: true }).selectOption('14');
  await page.getByLabel('Geburtstag: Monat', { exact: true }).selectOption({ label: 'April' });
  await page.getByRole('button', { name: 'Familienmitglied hinzufügen' }).click();
  await page.getByLabel('Name – Familienmitglied 1').fill('Lena');
  await page.getByLabel('Beziehung – Familienmitglied 1').selectOption({ label: 'Kind' });
  await page.getByLabel('Einschulung – Familienmitglied 1').fill('17.08.2026');
  await shot(page, 'journey-02-new-contact');
  await page.getByRole('button', { name: 'Speichern' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Sabine Müller' })).toBeVisible();
  const personal = page.getByRole('region', { name: 'Persönliches' });
  await expect(personal).toContainText('14. April');
  await expect(personal).not.toContainText('Jahre alt');
  await expect(personal).toContainText('Lena');
  await expect(personal).toContainText('17. August 2026');
  await shot(page, 'journey-03-contact');

  // Two more people: one to have lunch with, one who has drifted out of touch.
  await app.call('contacts:create', { firstName: 'Jonas', lastName: 'Weiß', organisation: 'Hartmann & Partner' });
  await app.call('contacts:create', {
    firstName: 'Thomas',
    lastName: 'Becker',
    metOn: '2026-10-01',
    cadenceDays: 14,
  });

  // A lunch with two people, logged from the top bar on Sabine's page: she is in the dialog already.
  await page.getByRole('banner').getByRole('button', { name: 'Begegnung festhalten' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('listbox', { name: 'Ausgewählte Personen' })).toContainText('Sabine Müller');
  const people = dialog.getByRole('combobox', { name: 'Mit wem?' });
  await people.pressSequentially('Jon');
  await page.getByRole('option', { name: /Jonas Weiß/ }).click();
  await dialog.getByRole('radio', { name: 'Mittagessen' }).check();
  await dialog.getByLabel('Notiz', { exact: true }).fill('Über die Einschulung von Lena gesprochen.');
  await shot(page, 'journey-04-log-lunch');
  await dialog.getByRole('button', { name: 'Speichern' }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole('navigation').getByRole('link', { name: 'Journal' }).click();
  const lunch = page.getByRole('main').getByRole('listitem').filter({ hasText: 'Mittagessen' });
  await expect(lunch).toContainText('Sabine Müller');
  await expect(lunch).toContainText('Jonas Weiß');
  await shot(page, 'journey-05-journal');

  // Found by a misspelled name, fully by keyboard.
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('combobox', { name: 'Kontakte und Begegnungen durchsuchen' })).toBeFocused();
  await page.keyboard.type('Sabin Mueler');
  await expect(page.getByRole('option', { name: /Sabine Müller/ }).first()).toBeVisible();
  await shot(page, 'journey-06-search');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Sabine Müller' })).toBeVisible();

  // Thomas, met eight weeks ago with a fortnightly cadence, is drifting.
  await page.getByRole('navigation').getByRole('link', { name: /In Kontakt bleiben/ }).click();
  const thomas = page.getByRole('main').getByRole('listitem').filter({ hasText: 'Thomas Becker' });
  await expect(thomas).toContainText('Überfällig');
  await expect(page.getByRole('main').getByRole('listitem').filter({ hasText: 'Sabine Müller' })).toHaveCount(0);
  await shot(page, 'journey-07-drifting');

  // English, then a restart of the whole backend and a reload.
  await page.getByRole('navigation').getByRole('link', { name: 'Einstellungen' }).click();
  await page.getByRole('radio', { name: 'English' }).click();
  await expect(page.getByRole('radio', { name: 'English' })).toBeChecked();
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Contacts' })).toBeVisible();
  await shot(page, 'journey-08-settings-english');

  // Quit and start again: the page opens the new start's address where it was.
  await app.restart();
  await page.getByRole('navigation').getByRole('link', { name: 'Journal' }).click();
  const lunchAfterRestart = page.getByRole('main').getByRole('listitem').filter({ hasText: 'Lunch' });
  await expect(lunchAfterRestart).toContainText('Sabine Müller');
  await expect(lunchAfterRestart).toContainText('Jonas Weiß');
  await page.getByRole('navigation').getByRole('link', { name: 'Contacts' }).click();
  await expect(page.getByRole('main').getByText('Sabine Müller')).toBeVisible();
  await expect(page.getByRole('main').getByText('Thomas Becker')).toBeVisible();
  await shot(page, 'journey-09-contacts-english');
});
