import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ImportItem, ImportPreview } from '../../../../shared/transfer';
import { DataPage } from '../../../../renderer/src/features/transfer';
import { installFakePlausch } from '../support/fake-plausch';
import { renderInApp } from '../support/render-app';

vi.mock('../../../../renderer/src/features/journal', async () => (await import('../support/journal-mock')).journalMock);

const person = (index: number, firstName: string, domain: string, relation: 'internal' | 'external'): ImportItem => ({
  index,
  record: index + 1,
  domain,
  action: 'create',
  contact: { firstName, lastName: 'Test', relation, ...(domain ? { emails: [`${firstName.toLowerCase()}@${domain}`] } : {}) },
});

const preview: ImportPreview = {
  importId: 'import-7',
  format: 'csv-google',
  items: [
    person(0, 'Anna', 'firma.de', 'internal'),
    person(1, 'Ben', 'firma.de', 'internal'),
    person(2, 'Dora', 'kunde.example', 'external'),
    person(3, 'Fritz', '', 'external'),
  ],
  domainGroups: [
    { domain: 'firma.de', count: 2, relation: 'internal', reason: 'suggested' },
    { domain: 'kunde.example', count: 1, relation: 'external', reason: 'other' },
    { domain: '', count: 1, relation: 'external', reason: 'noEmail' },
  ],
  problems: [],
  counts: { create: 4, update: 0, skip: 0, duplicates: 0, rejected: 0 },
};

async function openPreview(language: 'de' | 'en' = 'de', shown: ImportPreview = preview) {
  const fake = installFakePlausch(
    {
      'transfer:preview': () => shown,
      'transfer:confirm': () => ({ created: 4, updated: 0, skipped: 0, undoToken: 'undo-7', backupFile: 'pre-import.json' }),
      'backups:list': () => [],
    },
    { language },
  );
  await renderInApp(<DataPage />, language);
  const user = userEvent.setup();
  const input = await screen.findByLabelText(language === 'de' ? 'Datei zum Importieren' : 'File to import');
  await user.upload(input, new File(['Given Name\nAnna\n'], 'google.csv', { type: 'text/csv' }));
  return { fake, user };
}

describe('import preview: intern or extern per e-mail domain', () => {
  it('says that the file itself gave intern or extern (a LinkedIn list), with no word of a missing own domain', async () => {
    const linkedIn: ImportPreview = {
      ...preview,
      format: 'csv-linkedin',
      items: [person(0, 'Dora', 'kunde.example', 'external'), person(1, 'Fritz', '', 'external')],
      domainGroups: [
        { domain: 'kunde.example', count: 1, relation: 'external', reason: 'stated' },
        { domain: '', count: 1, relation: 'external', reason: 'stated' },
      ],
    };
    await openPreview('de', linkedIn);
    const groups = await screen.findByRole('list', { name: 'Intern oder extern?' });
    expect(within(groups).getAllByText('laut Datei')).toHaveLength(2);
    expect(screen.getByText(/steht schon in dieser Datei/)).toBeTruthy();
    expect(screen.queryByText(/noch keine eigene E-Mail-Domain/)).toBeNull();
  });

  it('shows the groups with their proposal, explains a suggested own domain, and sends the corrected groups', async () => {
    const { fake, user } = await openPreview();
    const groups = await screen.findByRole('list', { name: 'Intern oder extern?' });
    const firma = within(groups).getByRole('combobox', { name: 'Intern oder extern: firma.de – 2 Kontakte' }) as HTMLSelectElement;
    expect(firma.value).toBe('internal');
    expect(within(groups).getByText('Ohne E-Mail-Adresse – 1 Kontakt')).toBeTruthy();
    expect(screen.getByText(/firma\.de kommt in dieser Datei am häufigsten vor/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'firma.de als eigene Domain speichern' }));
    await waitFor(() => expect(fake.callsTo('settings:update')).toEqual([{ ownEmailDomains: ['firma.de'] }]));
    expect(await screen.findByText(/firma\.de ist jetzt Ihre eigene Domain/)).toBeTruthy();

    await user.selectOptions(firma, 'external');
    await user.selectOptions(within(groups).getByRole('combobox', { name: 'Intern oder extern: Ohne E-Mail-Adresse – 1 Kontakt' }), 'internal');
    // Choosing the proposal again is no correction.
    await user.selectOptions(within(groups).getByRole('combobox', { name: 'Intern oder extern: kunde.example – 1 Kontakt' }), 'external');
    await user.click(screen.getByRole('button', { name: 'Importieren' }));

    await waitFor(() =>
      expect(fake.callsTo('transfer:confirm')).toEqual([
        {
          importId: 'import-7',
          choices: [],
          relations: [
            { domain: 'firma.de', relation: 'external' },
            { domain: '', relation: 'internal' },
          ],
        },
      ]),
    );
  });

  it('sends no corrections when the user keeps the proposal', async () => {
    const { fake, user } = await openPreview('en');
    expect(await screen.findByRole('combobox', { name: 'Internal or external: firma.de – 2 contacts' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(fake.callsTo('transfer:confirm')).toEqual([{ importId: 'import-7', choices: [] }]));
  });
});
