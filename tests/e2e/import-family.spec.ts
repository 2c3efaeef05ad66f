// Issue 14 as a user meets it, against the real backend: the import preview shows the children, partners and
// anniversaries an Outlook export holds for each person before anything is confirmed, also with 500 people in a small
// window; a file of which nothing can be imported is refused in words, and nothing is written.
import type { Page } from '@playwright/test';
import { expect, shot, test, type PlauschApp } from './support/fixtures';

/** What German desktop Outlook writes: children in one cell, the spouse in "Partner", the wedding day in "Jahrestag". */
const outlookDe = [
  'Vorname,Nachname,Firma,E-Mail-Adresse,Partner,Kinder,Geburtstag,Jahrestag',
  'Sabine,Krüger,Nordlicht AG,sabine.krueger@nordlicht.example,Thomas,Paul; Mia,3.3.1978,12.6.2005',
  'Jonas,Weber,Hartmann & Partner,jonas.weber@hartmann.example,,Lina,0.0.00,0.0.00',
  'Grete,Weiß,Weiß & Söhne,,Karl,,0.0.00,6.5.2001',
  ',,,nur-adresse@example.com,,,0.0.00,0.0.00',
  '',
].join('\r\n');

/** The same layout with English headers, five hundred people, every one with family. */
function outlookEn(rows: number): string {
  const lines = ['First Name,Last Name,Company,E-mail Address,Spouse,Children,Birthday,Anniversary'];
  for (let i = 1; i <= rows; i += 1) {
    lines.push(`Person${i},Familyname${i},Company ${i % 7},person${i}@firm${i % 7}.example,Partner${i},Child${i}a; Child${i}b,0/0/00,6/${(i % 28) + 1}/2005`);
  }
  return [...lines, ''].join('\r\n');
}

async function chooseFile(app: PlauschApp, label: string, name: string, text: string) {
  await app.page.getByLabel(label).setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
}

/** Nothing on the page runs out of its box sideways. */
async function expectNoSidewaysOverflow(page: Page) {
  const widths = await page.evaluate(() => {
    const root = document.documentElement;
    const region = document.querySelector('[aria-labelledby="import-preview-title"]');
    return { page: root.scrollWidth - root.clientWidth, preview: region ? region.scrollWidth - region.clientWidth : 0 };
  });
  expect(widths).toEqual({ page: 0, preview: 0 });
}

test('the preview shows family and anniversaries for each person, German, light', async ({ app }) => {
  const { page } = app;
  // Jonas is known already: the file would add his daughter.
  await app.call('contacts:create', { firstName: 'Jonas', lastName: 'Weber', emails: ['jonas.weber@hartmann.example'] });
  await app.open('#/data');
  await chooseFile(app, 'Datei zum Importieren', 'outlook-familie.csv', outlookDe);
  const preview = page.getByRole('region', { name: 'Vorschau: outlook-familie.csv' });
  const created = preview.getByRole('list', { name: 'Wird neu angelegt' });
  const sabine = created.getByRole('listitem').filter({ hasText: 'Sabine Krüger' });
  await expect(sabine).toContainText('Familie: Paul (Kind), Mia (Kind), Thomas (Partner/in)');
  // Which kind Outlook's one anniversary column is, the CSV reader decides; the preview shows its date in German.
  await expect(sabine).toContainText(/Jahrestage: [^,]+ am 12\. Juni 2005/);
  await expect(created.getByRole('listitem').filter({ hasText: 'Grete Weiß' })).toContainText('Familie: Karl (Partner/in)');
  const known = preview.getByRole('list', { name: 'Schon in Ihren Kontakten' }).getByRole('listitem').filter({ hasText: 'Jonas Weber' });
  await expect(known).toContainText('Familie: Lina (Kind)');
  await expect(known).toContainText(/Ergänzen würde: .*Familie/);
  await expect(preview).toContainText('Eintrag 4: ohne Namen – nicht übernommen');
  // Nothing is written before "Importieren".
  expect((await app.call('contacts:list', {})).map((contact) => contact.firstName)).toEqual(['Jonas']);

  // The README's picture: the domain groups at the top, the people with their family below.
  await preview.getByText('Intern oder extern?', { exact: true }).evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
  await shot(page, 'import-family-wide-de-light');
  await page.setViewportSize({ width: 1024, height: 640 });
  await created.scrollIntoViewIfNeeded();
  await expectNoSidewaysOverflow(page);
  await shot(page, 'import-family-de-light');
  await known.scrollIntoViewIfNeeded();
  await shot(page, 'import-family-duplicate-de-light');

  await known.getByRole('radio', { name: 'Vorhandenen ergänzen' }).check();
  await preview.getByRole('button', { name: 'Importieren' }).click();
  await expect(page.getByText('Importiert: 2 neu, 1 ergänzt, 0 übersprungen.').first()).toBeVisible();
  const contacts = await app.call('contacts:list', {});
  const familyOf = (firstName: string) => (contacts.find((contact) => contact.firstName === firstName)?.family ?? []).map(({ name, relation }) => ({ name, relation }));
  expect(familyOf('Jonas')).toEqual([{ name: 'Lina', relation: 'child' }]);
  expect(familyOf('Sabine')).toEqual([
    { name: 'Paul', relation: 'child' },
    { name: 'Mia', relation: 'child' },
    { name: 'Thomas', relation: 'partner' },
  ]);
});

test('the preview of 500 people with family stays readable in a small window, English, dark', async ({ app }) => {
  const { page } = app;
  await app.call('settings:update', { theme: 'dark', language: 'en' });
  await page.setViewportSize({ width: 1024, height: 640 });
  await app.open('#/data');
  await chooseFile(app, 'File to import', 'outlook-family.csv', outlookEn(500));
  const preview = page.getByRole('region', { name: 'Preview: outlook-family.csv' });
  const created = preview.getByRole('list', { name: 'Will be added' });
  const first = created.getByRole('listitem').filter({ hasText: 'Person1 Familyname1 –' });
  await expect(first).toContainText('Family: Child1a (Child), Child1b (Child), Partner1 (Partner)');
  await expect(first).toContainText(/Anniversaries: [^,]+ on June 2, 2005/);
  // Long files are summarised: a hundred listed, the rest counted.
  await expect(created.getByRole('listitem')).toHaveCount(100);
  await expect(preview).toContainText('… and 400 more contacts');
  await expectNoSidewaysOverflow(page);
  await created.scrollIntoViewIfNeeded();
  await shot(page, 'import-family-en-dark');
});

/** A vCard whose cards have no name, and one cut off before its end: nothing in it can be taken in. */
const nothingToImport = [
  'BEGIN:VCARD\r\nVERSION:3.0\r\nEMAIL:empfang@nordlicht.example\r\nEND:VCARD\r\n',
  'BEGIN:VCARD\r\nVERSION:3.0\r\nEMAIL:info@hartmann.example\r\nEND:VCARD\r\n',
  'BEGIN:VCARD\r\nVERSION:3.0\r\nN:Kurz;Karl;;;\r\nFN:Karl Ku',
].join('');

test('a file with nothing to import is refused with the reasons, German light and English dark', async ({ app }) => {
  const { page } = app;
  await app.open('#/data');
  await page.getByLabel('Datei zum Importieren').setInputFiles({ name: 'visitenkarten.vcf', mimeType: 'text/vcard', buffer: Buffer.from(nothingToImport, 'utf8') });
  const alert = page.getByRole('alert').filter({ hasText: '„visitenkarten.vcf“ lässt sich nicht importieren' });
  await expect(alert).toContainText(
    'Aus dieser Datei lässt sich kein Kontakt übernehmen. Nicht übernommen: 2 Einträge ohne Namen und 1 unvollständiger Eintrag. Es wurde nichts geändert.',
  );
  await expect(page.getByRole('region', { name: /^Vorschau/ })).toHaveCount(0);
  await shot(page, 'import-nothing-de-light');
  expect(await app.call('contacts:list', {})).toEqual([]);
  expect((await app.call('backups:list', {})).filter((backup) => backup.kind === 'import')).toEqual([]);

  await app.call('settings:update', { theme: 'dark', language: 'en' });
  await app.open('#/data');
  await chooseFile(app, 'File to import', 'headings-only.csv', 'First Name,Last Name,E-mail Address\r\n');
  const englishAlert = page.getByRole('alert').filter({ hasText: 'headings-only.csv' });
  await expect(englishAlert).toContainText('The file holds no contacts, only the column headings. Nothing was changed.');
  await shot(page, 'import-nothing-en-dark');
});
