// "Auskunft": from a contact's page, everything stored about the person as a data file (JSON) and as a page to print
// (HTML), each handed over as a download the test reads back; German in the light theme, English in the dark one.
import { readFileSync } from 'node:fs';
import type { Download } from '@playwright/test';
import { seriousViolations } from './support/axe';
import { expect, shot, test, type PlauschApp } from './support/fixtures';

const NOTE = 'Über die Einschulung von Lena gesprochen';

async function seed(app: PlauschApp) {
  const sabine = await app.call('contacts:create', {
    firstName: 'Sabine',
    lastName: 'Wagner',
    role: 'Assistenz der Geschäftsführung',
    organisation: 'Nordlicht AG',
    relation: 'external',
  });
  await app.call('interactions:create', { contactIds: [sabine.id], type: 'lunch', date: '2026-11-20', place: 'Kantine', note: NOTE });
  return sabine;
}

async function text(download: Download): Promise<string> {
  return readFileSync(await download.path(), 'utf8');
}

test('a report in German, as a data file and as a page to print', async ({ app }) => {
  const { page } = app;
  const sabine = await seed(app);
  await app.open(`#/contacts/${sabine.id}`);

  await page.getByRole('button', { name: 'Weitere Aktionen' }).click();
  await expect(page.getByRole('menuitem', { name: 'Auskunft' })).toBeVisible();
  await shot(page, 'person-report-menu-de-light');
  await page.getByRole('menuitem', { name: 'Auskunft' }).click();
  const dialog = page.getByRole('dialog', { name: 'Was über Sabine gespeichert ist' });
  await expect(dialog.getByText('zum Beispiel, wenn die Person nach Art. 15 DSGVO fragt', { exact: false })).toBeVisible();
  await shot(page, 'person-report-de-light');
  expect(await seriousViolations(page, '[role="dialog"]')).toEqual([]);

  const jsonDownload = page.waitForEvent('download');
  await dialog.getByRole('button', { name: /^Als Datei speichern/ }).click();
  const json = await jsonDownload;
  expect(json.suggestedFilename()).toMatch(/^auskunft-sabine-wagner-.*\.json$/);
  const report = JSON.parse(await text(json)) as { contact: { firstName: string; lastName: string }; encounters: { note?: string }[] };
  expect(report.contact).toMatchObject({ firstName: 'Sabine', lastName: 'Wagner' });
  expect(report.encounters.map((encounter) => encounter.note)).toContain(NOTE);
  await expect(page.getByText(`„${json.suggestedFilename()}“ ist fertig zum Speichern.`).first()).toBeVisible();
  await shot(page, 'person-report-saved-de-light');

  const htmlDownload = page.waitForEvent('download');
  await dialog.getByRole('button', { name: /^Seite zum Drucken speichern/ }).click();
  const html = await htmlDownload;
  expect(html.suggestedFilename()).toMatch(/^auskunft-sabine-wagner-.*\.html$/);
  const printable = await text(html);
  expect(printable).toContain('Sabine Wagner');
  expect(printable).toContain(NOTE);
  expect(printable).not.toMatch(/<script/i);

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Sabine Wagner' })).toBeVisible();
});

test('in English and the dark theme', async ({ app }) => {
  const { page } = app;
  const sabine = await seed(app);
  await app.call('settings:update', { language: 'en', theme: 'dark' });
  await app.open(`#/contacts/${sabine.id}`);

  await page.getByRole('button', { name: 'More actions' }).click();
  await page.getByRole('menuitem', { name: 'Data report' }).click();
  const dialog = page.getByRole('dialog', { name: 'What is stored about Sabine' });
  await expect(dialog.getByRole('button', { name: /^Save a page to print/ })).toBeFocused();
  await shot(page, 'person-report-en-dark');
  expect(await seriousViolations(page, '[role="dialog"]')).toEqual([]);

  const htmlDownload = page.waitForEvent('download');
  await dialog.getByRole('button', { name: /^Save a page to print/ }).click();
  const printable = await text(await htmlDownload);
  expect(printable).toContain('Sabine Wagner');
  expect(printable).toContain(NOTE);
  expect(printable).not.toMatch(/<script/i);
  await expect(page.getByText(/is ready to save\. Then open the page in your browser and print it\.$/).first()).toBeVisible();
});
