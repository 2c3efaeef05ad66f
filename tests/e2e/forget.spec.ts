// "Vergessen" end to end against the real backend: a person forgotten from the contact page (the dialog, the tick,
// the report), gone from the list and from search while the other person of a shared lunch stays; and "Aufbewahrung"
// in Settings proposing an archived person untouched for years. German in the light theme, English in the dark one.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { seriousViolations } from './support/axe';
import { NOW, expect, shot, test, type PlauschApp } from './support/fixtures';

async function seed(app: PlauschApp) {
  const greta = await app.call('contacts:create', {
    firstName: 'Greta',
    lastName: 'Quellbrunn',
    organisation: 'Nordlicht AG',
    emails: ['greta.quellbrunn@nordlicht.example'],
    notes: 'Sucht eine neue Stelle',
  });
  const juergen = await app.call('contacts:create', { firstName: 'Jürgen', lastName: 'Brandt', organisation: 'Stadtwerke' });
  await app.call('interactions:create', { contactIds: [greta.id, juergen.id], type: 'lunch', date: '2026-11-20', place: 'Kantine' });
  await app.call('interactions:create', { contactIds: [greta.id], type: 'coffee', date: '2026-11-24' });
  await app.call('interactions:create', { contactIds: [greta.id], type: 'favourReceived', date: '2026-10-02', note: 'Raum besorgt' });
  return { greta, juergen };
}

/** The search palette's answers to `text`; "Wer kann helfen?" is always offered last, so its option means done. */
async function searchFor(page: Page, text: string) {
  await page.keyboard.press('Control+k');
  const search = page.getByRole('combobox', { name: 'Kontakte und Begegnungen durchsuchen' });
  await search.fill(text);
  await expect(page.getByRole('option', { name: /Wer kann helfen\?/ })).toBeVisible();
  const found = await page.getByRole('option', { name: /Greta Quellbrunn/ }).count();
  await page.keyboard.press('Escape');
  return found;
}

test('forgetting a person from the contact page, in German', async ({ app }) => {
  const { page } = app;
  const { greta, juergen } = await seed(app);
  await app.open('#/today');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await searchFor(page, 'Quellbrunn')).toBeGreaterThan(0);

  await app.open(`#/contacts/${greta.id}`);
  await page.getByRole('button', { name: 'Weitere Aktionen' }).click();
  await page.getByRole('menuitem', { name: 'Vergessen …' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Greta Quellbrunn vergessen?' });
  const list = dialog.getByRole('list', { name: 'Das wird gelöscht:' });
  await expect(list.getByRole('listitem')).toHaveText(['der Kontakt mit allen Angaben und Notizen', '1 Begegnung nur mit Greta Quellbrunn', '1 Gefallen']);
  await expect(dialog.getByText('1 gemeinsame Begegnung bleibt für die anderen erhalten, ohne Greta Quellbrunn.')).toBeVisible();
  await expect(dialog.getByText('Das lässt sich nicht rückgängig machen.', { exact: false })).toBeVisible();
  const confirm = dialog.getByRole('button', { name: 'Endgültig vergessen' });
  await expect(confirm).toHaveAttribute('aria-disabled', 'true');
  await shot(page, 'forget-dialog-de-light');
  expect(await seriousViolations(page, '[role="alertdialog"]')).toEqual([]);

  // By keyboard: the tick, then the button.
  await dialog.getByRole('checkbox', { name: 'Ja, Greta Quellbrunn endgültig vergessen' }).focus();
  await page.keyboard.press('Space');
  await expect(confirm).not.toHaveAttribute('aria-disabled', 'true');
  await shot(page, 'forget-dialog-confirmed-de-light', dialog);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(confirm).toBeFocused();
  await page.keyboard.press('Enter');

  const report = page.getByRole('alertdialog', { name: 'Greta Quellbrunn ist vergessen' });
  await expect(report.getByRole('list', { name: 'Gelöscht wurde:' }).getByRole('listitem')).toHaveCount(3);
  await expect(report.getByText(/Sicherung/)).toBeVisible();
  await shot(page, 'forget-report-de-light');
  expect(await seriousViolations(page, '[role="alertdialog"]')).toEqual([]);
  await expect(report.getByRole('button', { name: 'Schließen' })).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/#\/contacts$/);
  await expect(page.getByRole('button', { name: /^Jürgen Brandt/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Greta Quellbrunn/ })).toHaveCount(0);
  expect(await searchFor(page, 'Quellbrunn')).toBe(0);
  expect(await searchFor(page, 'Greta')).toBe(0);
  // The shared lunch stays for Jürgen, without her.
  const his = await app.call('interactions:list', { contactId: juergen.id });
  expect(his.items.map((i) => [i.type, i.contactIds])).toEqual([['lunch', [juergen.id]]]);
});

test('retention proposes an archived person untouched for years, in English and the dark theme', async ({ app }) => {
  const { page } = app;
  // Five years ago: a colleague met once, then archived.
  await app.setNow('2021-09-14T10:00:00+02:00');
  const old = await app.call('contacts:create', { firstName: 'Otto', lastName: 'Altmann', organisation: 'Früher GmbH' });
  await app.call('interactions:create', { contactIds: [old.id], type: 'coffee', date: '2021-09-14' });
  await app.call('contacts:setArchived', { id: old.id, archived: true });
  await app.setNow(NOW);
  await app.call('settings:update', { language: 'en', theme: 'dark', retentionYears: 3 });
  await app.open('#/settings');

  const section = page.getByRole('region', { name: 'Keeping data' });
  await expect(section.getByRole('radio', { name: '3 years' })).toBeChecked();
  const proposals = section.getByRole('list', { name: 'Suggested for forgetting' });
  await expect(proposals.getByRole('listitem')).toHaveCount(1);
  await expect(proposals).toContainText('Last met or changed: September 14, 2021');
  await section.scrollIntoViewIfNeeded();
  await shot(page, 'retention-en-dark', section);
  expect(await seriousViolations(page, 'section[aria-labelledby="settings-retention"]')).toEqual([]);

  // A backup that does not read (damaged on a synced drive, say) cannot be rewritten: the report names it.
  mkdirSync(join(app.dataDir, 'backups'), { recursive: true });
  writeFileSync(join(app.dataDir, 'backups', 'daily-2020-01-01.json'), '{ not a backup');
  await proposals.getByRole('button', { name: 'Forget Otto Altmann …' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Forget Otto Altmann?' });
  await expect(dialog.getByRole('list', { name: 'This will be deleted:' }).getByRole('listitem')).toHaveText([
    'the contact with all details and notes',
    '1 encounter with only Otto Altmann',
  ]);
  await shot(page, 'forget-dialog-en-dark');
  await dialog.getByRole('checkbox', { name: 'Yes, forget Otto Altmann for good' }).check();
  await dialog.getByRole('button', { name: 'Forget for good' }).click();
  const report = page.getByRole('alertdialog', { name: 'Otto Altmann is forgotten' });
  await expect(report.getByRole('list', { name: 'Deleted:' })).toBeVisible();
  await expect(report.getByRole('alert')).toContainText('could not be read');
  await expect(report.getByRole('listitem').filter({ hasText: 'daily-2020-01-01.json' })).toBeVisible();
  await shot(page, 'forget-report-en-dark');
  await report.getByRole('button', { name: 'Close' }).click();
  await expect(section.getByText('Plausch suggests nobody at the moment.')).toBeVisible();
  await expect(page).toHaveURL(/#\/settings$/);
});

test('the retention section in German', async ({ app }) => {
  const { page } = app;
  await app.open('#/settings');
  const section = page.getByRole('region', { name: 'Aufbewahrung' });
  await expect(section.getByRole('radio', { name: 'Aus' })).toBeChecked();
  await section.getByRole('radio', { name: '5 Jahren' }).click();
  await expect(section.getByRole('radio', { name: '5 Jahren' })).toBeChecked();
  await expect(section.getByText('Zurzeit schlägt Plausch niemanden vor.')).toBeVisible();
  await section.scrollIntoViewIfNeeded();
  await shot(page, 'retention-de-light', section);
  expect(await seriousViolations(page, 'section[aria-labelledby="settings-retention"]')).toEqual([]);
});
