// Issue 6 as a user meets it, against the real backend: an Outlook CSV with German headers in Windows-1252 is
// previewed (nothing written), imported as one step and undone; the birthdays go out as iCalendar; a backup is taken
// by hand and the journal restored from it.
import { readFileSync } from 'node:fs';
import { seedSampleJournal } from './support/sample-journal';
import { expect, shot, test, type PlauschApp } from './support/fixtures';

/** What desktop Outlook writes for "Exportieren > CSV" on a German system: Windows-1252, `0.0.00` for "no date". */
const outlookCsv = Buffer.from(
  [
    'Vorname,Nachname,Firma,Abteilung,Position,E-Mail-Adresse,Mobiltelefon,Geburtstag,Jahrestag,Kategorien,Notizen',
    'Jürgen,Größlein,Stadtwerke Köln,Einkauf,Leiter,juergen.groesslein@stadtwerke.example,0171 5551234,14.4.1975,0.0.00,Kunden;VIP,Mag Espresso.',
    'Grete,Weiß,Weiß & Söhne,,,,,0.0.00,6.5.2001,,',
    'Sabine,Müller,Hartmann & Partner,Finanzen,,sabine.mueller@hartmann-partner.de,0170 1234567,0.0.00,0.0.00,,',
    ',,Nur eine Firma GmbH,,,,,,,,',
    '',
  ].join('\r\n'),
  'latin1',
);

async function chooseFile(app: PlauschApp, name: string, buffer: Buffer) {
  await app.page.getByLabel('Datei zum Importieren').setInputFiles({ name, mimeType: 'text/csv', buffer });
}

test('an Outlook CSV is previewed, imported in one step and undone', async ({ app }) => {
  const { page } = app;
  await seedSampleJournal(app);
  await app.open('#/settings');
  await page.getByRole('link', { name: 'Import, Export und Sicherungen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Daten: Import, Export, Sicherungen' })).toBeVisible();
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Daten' })).toHaveAttribute('aria-current', 'page');
  await shot(page, 'data-page');

  await chooseFile(app, 'outlook-kontakte.csv', outlookCsv);
  const preview = page.getByRole('region', { name: 'Vorschau: outlook-kontakte.csv' });
  await expect(preview).toBeVisible();
  const counts = preview.getByRole('list', { name: 'Zusammenfassung' });
  await expect(counts).toContainText('2 neu');
  await expect(counts).toContainText('1 aktualisiert');
  await expect(counts).toContainText('1 nicht übernommen');
  const created = preview.getByRole('list', { name: 'Wird neu angelegt' });
  await expect(created).toContainText('Jürgen Größlein – Stadtwerke Köln · juergen.groesslein@stadtwerke.example');
  await expect(created).toContainText('Grete Weiß – Weiß & Söhne');
  await expect(preview).toContainText('passt zu „Sabine Müller“ – gleiche E-Mail-Adresse');
  await expect(preview).toContainText('Ergänzen würde: Telefon');
  await expect(preview).toContainText('Eintrag 4: ohne Namen – nicht übernommen');
  // The preview wrote nothing.
  expect((await app.call('contacts:list', {})).map((c) => c.lastName)).not.toContain('Größlein');

  // The merge choice works from the keyboard: arrows move between skip, update and create.
  const choice = preview.getByRole('radiogroup', { name: 'Was tun mit „Sabine Müller“?' });
  await choice.getByRole('radio', { name: 'Vorhandenen ergänzen' }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(choice.getByRole('radio', { name: 'Überspringen' })).toBeChecked();
  await expect(counts).toContainText('1 übersprungen');
  await page.keyboard.press('ArrowRight');
  await expect(choice.getByRole('radio', { name: 'Vorhandenen ergänzen' })).toBeChecked();
  // The page scrolls inside its frame, so a taller window shows the whole preview in one picture.
  await page.setViewportSize({ width: 1280, height: 1500 });
  await shot(page, 'import-preview');
  await page.setViewportSize({ width: 1280, height: 800 });

  await preview.getByRole('button', { name: 'Importieren' }).click();
  await expect(page.getByText('Importiert: 2 neu, 1 ergänzt, 0 übersprungen.').first()).toBeVisible();

  const contacts = await app.call('contacts:list', {});
  const juergen = contacts.find((c) => c.lastName === 'Größlein');
  expect(juergen).toMatchObject({ firstName: 'Jürgen', organisation: 'Stadtwerke Köln', birthday: '1975-04-14', anniversaries: [] });
  expect(juergen?.tags).toEqual(['Kunden', 'VIP']);
  expect(contacts.find((c) => c.lastName === 'Weiß' && c.firstName === 'Grete')?.birthday).toBeUndefined();
  expect(contacts.find((c) => c.firstName === 'Sabine')?.phones).toContain('0170 1234567');

  // The toast with "Undo" lasts ten seconds, so the list is checked and photographed without delay.
  await page.getByRole('navigation').getByRole('link', { name: 'Kontakte' }).click();
  await expect(page.getByText('Jürgen Größlein').first()).toBeVisible();
  await expect(page.getByText('Grete Weiß').first()).toBeVisible();
  await shot(page, 'import-done');
  await page.getByRole('button', { name: 'Rückgängig' }).click();
  await expect(page.getByText('Jürgen Größlein')).toHaveCount(0);
  await expect(page.getByText('Grete Weiß')).toHaveCount(0);
  const after = await app.call('contacts:list', {});
  expect(after).toHaveLength(4);
  expect(after.find((c) => c.firstName === 'Sabine')?.phones).toEqual([]);
});

test('a CSV with unknown columns is refused, naming the columns expected', async ({ app }) => {
  const { page } = app;
  await app.open('#/data');
  await chooseFile(app, 'preisliste.csv', Buffer.from('Artikel;Preis\r\nKaffee;2,50\r\n', 'utf8'));
  const alert = page.getByRole('alert').filter({ hasText: '„preisliste.csv“ lässt sich nicht importieren' });
  await expect(alert).toContainText('Die Spalten dieser Tabelle kennt Plausch nicht. Erwartet werden Spalten wie');
  await expect(alert).toContainText('Vorname');
  await expect(alert).toContainText('gefunden: Artikel, Preis');
  await shot(page, 'import-unknown-layout');
});

test('birthdays go out as iCalendar; a backup taken by hand is listed and restores the journal', async ({ app }) => {
  const { page } = app;
  await seedSampleJournal(app);
  await app.open('#/data');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /^Für den Kalender/ }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('plausch-occasions-2026-11-27.ics');
  const ics = readFileSync(await file.path(), 'utf8');
  expect(ics).toContain('BEGIN:VCALENDAR');
  expect(ics).toContain('Sabine Müller');
  expect(ics).toContain('RRULE:FREQ=YEARLY');
  // Thomas was born on 29 February: every year on the last day of February.
  expect(ics).toContain('RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1');
  await expect(page.getByText('„plausch-occasions-2026-11-27.ics“ ist fertig zum Speichern.').first()).toBeVisible();

  const backups = page.getByRole('table', { name: 'Vorhandene Sicherungen' });
  await page.getByRole('button', { name: 'Jetzt sichern' }).click();
  const manual = backups.getByRole('row').filter({ hasText: 'Von Hand' });
  await expect(manual).toHaveCount(1);
  await page.setViewportSize({ width: 1280, height: 1100 });
  await shot(page, 'data-backups');

  await app.call('contacts:create', { firstName: 'Nach', lastName: 'Sicherung' });
  await manual.getByRole('button', { name: /^Sicherung vom .* wiederherstellen$/ }).click();
  const dialog = page.getByRole('alertdialog', { name: /^Stand vom .* wiederherstellen\?$/ });
  await expect(dialog).toContainText('Vorher sichert Plausch den jetzigen Stand');
  await shot(page, 'restore-confirm');
  await dialog.getByRole('button', { name: 'Wiederherstellen' }).click();
  await expect(page.getByText('Wiederhergestellt (Kontakte: 4, Begegnungen: 4).', { exact: false }).first()).toBeVisible();
  await expect(backups.getByRole('row').filter({ hasText: 'Vor einer Wiederherstellung' })).toHaveCount(1);
  expect((await app.call('contacts:list', {})).map((c) => c.lastName)).not.toContain('Sicherung');
});
