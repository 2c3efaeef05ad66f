// Issue 14 as a user meets it, against the real backend: LinkedIn's Connections.csv (with the note LinkedIn puts
// before its header) is recognised by its columns, previewed as LinkedIn's list, and taken in as extern contacts met
// on LinkedIn on the day of connecting.
import { expect, shot, test, type PlauschApp } from './support/fixtures';

const connections = [
  'Notes:',
  '"When you export your connections, some e-mail addresses may be missing, because each connection decides whether theirs is included."',
  '',
  'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  'Svenja,Kröger,https://www.linkedin.com/in/svenja-kroeger-example,svenja.kroeger@hafenlogistik.example,Hafenlogistik GmbH,Executive Assistant to the CEO,15 Mar 2024',
  'Tobias,Ehrlich,https://www.linkedin.com/in/tobias-ehrlich-example,,"Ehrlich & Partner, Rechtsanwälte",Office Manager,02 Jan 2019',
  '',
].join('\n');

async function chooseFile(app: PlauschApp, label: string) {
  await app.page.getByLabel(label).setInputFiles({ name: 'Connections.csv', mimeType: 'text/csv', buffer: Buffer.from(connections, 'utf8') });
}

test('LinkedIn connections are previewed as LinkedIn\'s list and taken in as extern, German light', async ({ app }) => {
  const { page } = app;
  await app.open('#/data');
  await expect(page.getByText('Ihre Kontaktliste aus LinkedIn oder XING (.csv)', { exact: false })).toBeVisible();
  await chooseFile(app, 'Datei zum Importieren');
  const preview = page.getByRole('region', { name: 'Vorschau: Connections.csv' });
  await expect(preview).toContainText('Tabelle aus LinkedIn');
  await expect(preview.getByRole('list', { name: 'Zusammenfassung' })).toContainText('2 neu');
  await shot(page, 'import-linkedin-de-light');
  await preview.getByRole('button', { name: 'Importieren' }).click();
  await expect(page.getByText('Importiert: 2 neu, 0 ergänzt, 0 übersprungen.').first()).toBeVisible();
  const svenja = (await app.call('contacts:list', {})).find((contact) => contact.firstName === 'Svenja');
  expect(svenja).toMatchObject({ relation: 'external', metAt: 'LinkedIn', metOn: '2024-03-15', organisation: 'Hafenlogistik GmbH' });
});

test('the same in English, dark', async ({ app }) => {
  const { page } = app;
  await app.call('settings:update', { theme: 'dark', language: 'en' });
  await app.open('#/data');
  await expect(page.getByText('your contact list from LinkedIn or XING (.csv)', { exact: false })).toBeVisible();
  await chooseFile(app, 'File to import');
  const preview = page.getByRole('region', { name: 'Preview: Connections.csv' });
  await expect(preview).toContainText('Spreadsheet from LinkedIn');
  await shot(page, 'import-linkedin-en-dark');
});
