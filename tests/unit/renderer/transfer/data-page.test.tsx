import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { PlauschError } from '../../../../shared/errors';
import { MAX_IMPORT_BYTES, type BackupInfo, type ImportPreview } from '../../../../shared/transfer';
import { problemWords } from '../../../../electron/cli/problems';
import { DataPage } from '../../../../renderer/src/features/transfer';
import { loadCatalogs } from '../../../../renderer/src/i18n';
import { inTimeZone } from '../support/clock';
import { installFakePlausch } from '../support/fake-plausch';
import { renderInApp } from '../support/render-app';

vi.mock('../../../../renderer/src/features/journal', async () => (await import('../support/journal-mock')).journalMock);

const preview: ImportPreview = {
  importId: 'import-1',
  format: 'csv-outlook',
  items: [
    { index: 0, record: 1, domain: '', action: 'create', contact: { firstName: 'Jürgen', lastName: 'Müller', organisation: 'Stadtwerke Köln' } },
    {
      index: 1,
      record: 2,
      domain: 'weiss.example',
      action: 'update',
      contact: { firstName: 'Grete', lastName: 'Weiß', emails: ['grete@weiss.example'], birthday: '--05-06' },
      duplicate: { contactId: 'c-grete', name: 'Grete Weiß', reason: 'sameEmail', changedFields: ['birthday', 'phones'] },
    },
  ],
  domainGroups: [{ domain: '', count: 1, relation: 'external', reason: 'noEmail' }],
  problems: [
    { record: 3, code: 'noName' },
    { record: 4, code: 'invalidDate', field: 'birthday', value: '31.2.1980' },
  ],
  counts: { create: 1, update: 1, skip: 0, duplicates: 1, rejected: 1 },
};

function csvFile(name = 'kontakte.csv', text = 'Vorname;Nachname\nJürgen;Müller\n') {
  return new File([text], name, { type: 'text/csv' });
}

async function chooseFile(file: File) {
  const user = userEvent.setup();
  await user.upload(await screen.findByLabelText('Datei zum Importieren'), file);
  return user;
}

describe('data page: import', () => {
  it('previews a file, sends the merge choice for a duplicate and offers to undo the import', async () => {
    const fake = installFakePlausch({
      'transfer:preview': () => preview,
      'transfer:confirm': () => ({ created: 2, updated: 0, skipped: 0, undoToken: 'undo-1', backupFile: 'pre-import.json' }),
      'backups:list': () => [],
    });
    await renderInApp(<DataPage />);
    const user = await chooseFile(csvFile());

    const section = await screen.findByRole('region', { name: 'Vorschau: kontakte.csv' });
    expect(within(section).getByText('Tabelle aus Outlook')).toBeTruthy();
    const counts = within(section).getByRole('list', { name: 'Zusammenfassung' });
    expect(counts.textContent).toContain('1 neu');
    expect(counts.textContent).toContain('1 aktualisiert');
    expect(counts.textContent).toContain('1 nicht übernommen');
    expect(within(within(section).getByRole('list', { name: 'Wird neu angelegt' })).getByText('Jürgen Müller – Stadtwerke Köln')).toBeTruthy();
    expect(within(section).getByText('passt zu „Grete Weiß“ – gleiche E-Mail-Adresse')).toBeTruthy();
    expect(within(section).getByText('Ergänzen würde: Geburtstag, Telefon')).toBeTruthy();
    expect(within(section).getByText('Eintrag 3: ohne Namen – nicht übernommen')).toBeTruthy();
    expect(within(section).getByText('Eintrag 4: Datum nicht lesbar – weggelassen (Geburtstag: „31.2.1980“)')).toBeTruthy();

    // The bytes went over as base64, so the main process decodes the file's own encoding.
    const [sent] = fake.callsTo('transfer:preview') as { content: string; encoding: string; fileName: string }[];
    expect(sent).toMatchObject({ encoding: 'base64', fileName: 'kontakte.csv' });
    expect(new TextDecoder().decode(Uint8Array.from(atob(sent?.content ?? ''), (c) => c.charCodeAt(0)))).toContain('Jürgen');
    expect(fake.callsTo('transfer:confirm')).toEqual([]);

    const choice = within(section).getByRole('radiogroup', { name: 'Was tun mit „Grete Weiß“?' });
    expect((within(choice).getByRole('radio', { name: 'Vorhandenen ergänzen' }) as HTMLInputElement).checked).toBe(true);
    await user.click(within(choice).getByRole('radio', { name: 'Neu anlegen' }));
    expect((within(choice).getByRole('radio', { name: 'Neu anlegen' }) as HTMLInputElement).checked).toBe(true);
    expect(counts.textContent).toContain('2 neu');

    await user.click(within(section).getByRole('button', { name: 'Importieren' }));
    await waitFor(() => expect(fake.callsTo('transfer:confirm')).toEqual([{ importId: 'import-1', choices: [{ index: 1, action: 'create' }] }]));
    expect((await screen.findAllByText('Importiert: 2 neu, 0 ergänzt, 0 übersprungen.')).length).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: 'Rückgängig' })).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Vorschau: kontakte.csv' })).toBeNull();
  });

  it('cancels the waiting preview in the main process', async () => {
    const fake = installFakePlausch({ 'transfer:preview': () => preview, 'transfer:cancel': () => null, 'backups:list': () => [] });
    await renderInApp(<DataPage />);
    const user = await chooseFile(csvFile());
    const section = await screen.findByRole('region', { name: 'Vorschau: kontakte.csv' });
    await user.click(within(section).getByRole('button', { name: 'Abbrechen' }));
    await waitFor(() => expect(fake.callsTo('transfer:cancel')).toEqual([{ importId: 'import-1' }]));
    expect(screen.queryByRole('region', { name: 'Vorschau: kontakte.csv' })).toBeNull();
  });

  it('refuses a file over the limit before reading a byte of it', async () => {
    const fake = installFakePlausch({ 'transfer:preview': () => preview, 'backups:list': () => [] });
    await renderInApp(<DataPage />);
    const file = csvFile('riesig.csv');
    Object.defineProperty(file, 'size', { value: MAX_IMPORT_BYTES + 1 });
    const read = vi.spyOn(file, 'arrayBuffer');
    await chooseFile(file);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('„riesig.csv“ lässt sich nicht importieren');
    expect(alert.textContent).toContain('Die Datei ist zu groß für einen Import (höchstens 10 MB, die Datei hat 10 MB).');
    expect(read).not.toHaveBeenCalled();
    expect(fake.callsTo('transfer:preview')).toEqual([]);
  });

  it('says in words which columns an unknown CSV layout was expected to have', async () => {
    installFakePlausch({
      'transfer:preview': () => {
        throw new PlauschError('importUnknownLayout', { expected: ['Vorname', 'Nachname', 'First Name'], found: ['Artikel', 'Preis'] });
      },
      'backups:list': () => [],
    });
    await renderInApp(<DataPage />);
    await chooseFile(csvFile('preise.csv', 'Artikel;Preis\nKaffee;2,50\n'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(
      'Die Spalten dieser Tabelle kennt Plausch nicht. Erwartet werden Spalten wie Vorname, Nachname, First Name; gefunden: Artikel, Preis.',
    );
  });

  it('has words for every problem an import can report', async () => {
    for (const language of ['de', 'en'] as const) {
      expect(Object.keys((await loadCatalogs(language)).transfer.problems).sort()).toEqual(Object.keys(problemWords[language]).sort());
    }
  });
});

describe('data page: backups', () => {
  const backup: BackupInfo = { name: 'daily-2026-11-26.json', kind: 'daily', createdAt: '2026-11-26T08:00:00.000Z', bytes: 2048 };

  it('restores a backup only after saying a safety backup is taken first, then refetches everything', async () => {
    // The backup's time is shown in the user's time zone (08:00 UTC is 09:00 in Berlin in November).
    inTimeZone('Europe/Berlin');
    const fake = installFakePlausch({
      'backups:list': () => [backup],
      'backups:restore': () => ({ safetyBackup: 'pre-restore.json', contacts: 12, interactions: 30, addressesMovedToNotes: 1 }),
    });
    const { queryClient } = await renderInApp(<DataPage />);
    const refetch = vi.spyOn(queryClient, 'invalidateQueries');
    const user = userEvent.setup();
    const table = await screen.findByRole('table', { name: 'Vorhandene Sicherungen' });
    expect(within(table).getByText('Tägliche Sicherung')).toBeTruthy();
    expect(within(table).getByText('2 kB')).toBeTruthy();

    await user.click(within(table).getByRole('button', { name: /^Sicherung vom .* wiederherstellen$/ }));
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog.textContent).toContain('Stand vom 26.11.2026, 09:00 wiederherstellen?');
    expect(dialog.textContent).toContain('Vorher sichert Plausch den jetzigen Stand');
    expect(fake.callsTo('backups:restore')).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Wiederherstellen' }));

    await waitFor(() => expect(fake.callsTo('backups:restore')).toEqual([{ name: 'daily-2026-11-26.json' }]));
    expect(
      (
        await screen.findAllByText(
          'Wiederhergestellt (Kontakte: 12, Begegnungen: 30). Der vorherige Stand liegt als Sicherung bereit. ' +
            'Eine E-Mail-Adresse darin war keine gültige Adresse; sie steht jetzt in den Notizen ihres Kontakts.',
        )
      ).length,
    ).toBeGreaterThan(0);
    expect(refetch).toHaveBeenCalledWith();
  });

  it('backs up on demand and lists the new backup', async () => {
    const manual: BackupInfo = { name: 'manual-2026-11-27.json', kind: 'manual', createdAt: '2026-11-27T08:30:00.000Z', bytes: 4096 };
    let list = [backup];
    installFakePlausch({
      'backups:list': () => list,
      'backups:create': () => {
        list = [manual, backup];
        return manual;
      },
    });
    await renderInApp(<DataPage />);
    const user = userEvent.setup();
    await screen.findByRole('table', { name: 'Vorhandene Sicherungen' });
    await user.click(screen.getByRole('button', { name: 'Jetzt sichern' }));
    expect(await screen.findByText('Von Hand')).toBeTruthy();
    expect(screen.getAllByText('Gesichert. Die neue Sicherung steht oben in der Liste.').length).toBeGreaterThan(0);
  });
});

describe('data page: export', () => {
  it.each([
    ['de', ['Komplette Sicherung', 'Für Outlook (Tabelle)', 'Für Google, Apple und andere Adressbücher', 'Für Outlook (Visitenkarten)', 'Für den Kalender']],
    ['en', ['Complete backup', 'For Outlook (spreadsheet)', 'For Google, Apple and other address books', 'For Outlook (contact cards)', 'For your calendar']],
  ] as const)('names each export by what it is for, not by its file format (%s)', async (language, names) => {
    installFakePlausch({}, { language });
    await renderInApp(<DataPage />, language);
    for (const name of names) expect(await screen.findByRole('button', { name: new RegExp(`^${name.replace(/[()]/g, '\\$&')}`) })).toBeTruthy();
    const page = document.body.textContent ?? '';
    expect(page).not.toMatch(/JSON|vCard|iCalendar|CSV/);
  });
});
