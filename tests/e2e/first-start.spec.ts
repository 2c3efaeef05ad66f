// Issue 13, item 2, as a new user meets it: an empty journal opens on the welcome page, with the shortcut the
// desktop app really has; sample data goes in with one click and out again with another; and an import files its
// contacts as intern or extern by e-mail domain, with the user's correction per group.
import type { Page } from '@playwright/test';
import { expect, shot, test, type PlauschApp } from './support/fixtures';

/** The page scrolls inside the window's frame, so a whole page is shot in a window tall enough to hold it. */
async function wholePageShot(page: Page, name: string) {
  const size = page.viewportSize() ?? { width: 1280, height: 800 };
  await page.setViewportSize({ width: size.width, height: 1400 });
  await shot(page, name);
  await page.setViewportSize(size);
}

async function chooseFile(app: PlauschApp, label: string, name: string, text: string) {
  await app.page.getByLabel(label).setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
}

/** A Google export: three colleagues at one domain, a customer, and someone without an address. */
const googleCsv = [
  'Given Name,Family Name,Organization 1 - Name,E-mail 1 - Value',
  'Anna,Schmidt,Nordwind GmbH,anna.schmidt@nordwind.example',
  'Ben,Koch,Nordwind GmbH,ben.koch@vertrieb.nordwind.example',
  'Cem,Yilmaz,Nordwind GmbH,cem.yilmaz@nordwind.example',
  'Dora,Berger,Berger Consulting,dora@berger-consulting.example',
  'Fritz,Hausmeister,,',
  '',
].join('\n');

test('first start: an empty journal is welcomed; sample data goes in and out again', async ({ desktopApp: app }) => {
  const { page } = app;
  await app.open('');
  await expect(page).toHaveURL(/#\/welcome$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Willkommen bei Plausch' })).toBeVisible();
  // The shortcut the desktop app has, in the words of the keyboard.
  await expect(page.getByRole('region', { name: 'Ein Gespräch in Sekunden festhalten' })).toContainText('Strg+Alt+L');

  const domains = page.getByRole('region', { name: 'Ihre E-Mail-Domain' });
  await domains.getByRole('textbox', { name: 'Domain' }).fill('Nordlicht.example');
  await domains.getByRole('button', { name: 'Domain hinzufügen' }).click();
  await expect(domains.getByRole('button', { name: 'nordlicht.example entfernen' })).toBeVisible();
  // Saved, then shown as chosen: the radio follows the settings, so it is clicked rather than checked.
  const monthly = page.getByRole('region', { name: 'Wie oft möchten Sie sich melden?' }).getByRole('radio', { name: 'Jeden Monat' });
  await monthly.click();
  await expect(monthly).toBeChecked();
  await expect.poll(async () => (await app.call('settings:get', {})).defaultCadenceDays).toBe(30);
  await wholePageShot(page, 'welcome-de-light');

  await page.getByRole('button', { name: 'Mit Beispieldaten ausprobieren' }).click();
  await expect(page).toHaveURL(/#\/today$/);
  const banner = page.getByText('Gerade sind 8 Beispielkontakte in Plausch.');
  await expect(banner).toBeVisible();
  await expect(page.getByText('Sabine Krüger').first()).toBeVisible();
  await shot(page, 'sample-data-today-de-light');
  await app.open('#/contacts');
  await expect(page.getByText('Sabine Krüger').first()).toBeVisible();

  await app.open('#/settings');
  await expect(page.getByRole('heading', { name: 'Eigene E-Mail-Domains' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'nordlicht.example entfernen' })).toBeVisible();
  await wholePageShot(page, 'settings-domains-de-light');

  await app.open('#/contacts');
  await page.getByRole('button', { name: 'Beispieldaten entfernen' }).click();
  await expect(page.getByText('Beispieldaten entfernt.').first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Ihr Netzwerk beginnt mit einem Menschen' })).toBeVisible();
  // The empty list offers the ways in again, the sample data among them.
  await expect(page.getByRole('button', { name: 'Kontakte aus Outlook oder Google übernehmen' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Mit Beispieldaten ausprobieren' })).toBeVisible();
  await shot(page, 'contacts-empty-de-light');
  expect(await app.call('contacts:list', {})).toEqual([]);
  expect(await app.call('sampleData:status', {})).toEqual({ present: false, contacts: 0 });

  // Closed once, the welcome page stays reachable from Settings.
  await app.open('#/welcome');
  await page.getByRole('button', { name: 'Willkommensseite schließen' }).first().click();
  await expect(page).toHaveURL(/#\/contacts$/);
  await app.open('#/settings');
  await page.getByRole('link', { name: 'Willkommensseite öffnen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Willkommen bei Plausch' })).toBeVisible();
});

test('the welcome page and the domain setting in English, dark', async ({ desktopApp: app }) => {
  const { page } = app;
  await app.call('settings:update', { theme: 'dark', language: 'en', ownEmailDomains: ['company.example', 'company-group.example'] });
  await app.open('#/welcome');
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Plausch' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Note a conversation in seconds' })).toContainText('Ctrl+Alt+L');
  await wholePageShot(page, 'welcome-en-dark');
  await app.open('#/settings');
  await expect(page.getByRole('button', { name: 'Remove company-group.example' })).toBeVisible();
  await wholePageShot(page, 'settings-domains-en-dark');
});

test('an import files contacts as intern or extern by e-mail domain, corrected per group', async ({ app }) => {
  const { page } = app;
  await app.open('#/data');
  await chooseFile(app, 'Datei zum Importieren', 'google.csv', googleCsv);
  const preview = page.getByRole('region', { name: 'Vorschau: google.csv' });
  await expect(preview.getByText(/nordwind\.example kommt in dieser Datei am häufigsten vor/)).toBeVisible();
  const colleagues = preview.getByRole('combobox', { name: 'Intern oder extern: nordwind.example – 3 Kontakte' });
  await expect(colleagues).toHaveValue('internal');
  await expect(preview.getByRole('combobox', { name: 'Intern oder extern: berger-consulting.example – 1 Kontakt' })).toHaveValue('external');
  const withoutAddress = preview.getByRole('combobox', { name: 'Intern oder extern: Ohne E-Mail-Adresse – 1 Kontakt' });
  await withoutAddress.selectOption('internal');
  await wholePageShot(page, 'import-preview-groups-de-light');

  await preview.getByRole('button', { name: 'Importieren' }).click();
  await expect(page.getByText('Importiert: 5 neu, 0 ergänzt, 0 übersprungen.').first()).toBeVisible();
  const relations = Object.fromEntries((await app.call('contacts:list', {})).map((contact) => [contact.firstName, contact.relation]));
  expect(relations).toEqual({ Anna: 'internal', Ben: 'internal', Cem: 'internal', Dora: 'external', Fritz: 'internal' });
});

test('the import preview by groups in English, dark', async ({ app }) => {
  const { page } = app;
  await app.call('settings:update', { theme: 'dark', language: 'en', ownEmailDomains: ['nordwind.example'] });
  await app.open('#/data');
  await chooseFile(app, 'File to import', 'google.csv', googleCsv);
  const preview = page.getByRole('region', { name: 'Preview: google.csv' });
  await expect(preview.getByRole('combobox', { name: 'Internal or external: nordwind.example – 3 contacts' })).toHaveValue('internal');
  await wholePageShot(page, 'import-preview-groups-en-dark');
});
