// The import preview shows the family members and anniversaries the file holds for each person, in the app's
// language, before anything is confirmed; a file with nothing to import is refused in words (issue 14, items 3 and 6).
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { PlauschError } from '../../../../shared/errors';
import type { ImportItem, ImportPreview } from '../../../../shared/transfer';
import { DataPage } from '../../../../renderer/src/features/transfer';
import { installFakePlausch, type Handlers } from '../support/fake-plausch';
import { renderInApp } from '../support/render-app';

vi.mock('../../../../renderer/src/features/journal', async () => (await import('../support/journal-mock')).journalMock);

const sabine: ImportItem = {
  index: 0,
  record: 1,
  domain: '',
  action: 'create',
  contact: {
    firstName: 'Sabine',
    lastName: 'Krüger',
    organisation: 'Nordlicht AG',
    relation: 'external',
    family: [
      { id: 'f1', name: 'Thomas', relation: 'partner' },
      { id: 'f2', name: 'Paul', relation: 'child' },
      { id: 'f3', name: 'Mia', relation: 'child' },
    ],
    anniversaries: [
      { id: 'a1', kind: 'wedding', label: '', date: '2005-06-12' },
      { id: 'a2', kind: 'other', label: 'Kennenlernen', date: '--03-03' },
    ],
    metOn: '2024-03-15',
    metAt: 'LinkedIn',
  },
};

const ben: ImportItem = {
  index: 1,
  record: 2,
  domain: '',
  action: 'skip',
  contact: { firstName: 'Ben', lastName: 'Roth', relation: 'external', family: [{ id: 'f4', name: 'Lena', relation: 'sibling' }] },
  duplicate: { contactId: 'c-ben', name: 'Ben Roth', reason: 'sameNameAndOrganisation', changedFields: ['family'] },
};

const plain: ImportItem = { index: 2, record: 3, domain: '', action: 'create', contact: { firstName: 'Cem', lastName: 'Aydın', relation: 'external' } };

const preview: ImportPreview = {
  importId: 'import-9',
  format: 'vcard',
  items: [sabine, ben, plain],
  domainGroups: [],
  problems: [],
  counts: { create: 2, update: 0, skip: 1, duplicates: 1, rejected: 0 },
};

async function chooseFile(language: 'de' | 'en', handlers: Handlers) {
  installFakePlausch({ 'backups:list': () => [], ...handlers }, { language });
  await renderInApp(<DataPage />, language);
  const input = await screen.findByLabelText(language === 'de' ? 'Datei zum Importieren' : 'File to import');
  await userEvent.setup().upload(input, new File(['BEGIN:VCARD\n'], 'familie.vcf', { type: 'text/vcard' }));
}

describe('import preview: family and anniversaries', () => {
  it('lists them under each new person and each duplicate, in German', async () => {
    await chooseFile('de', { 'transfer:preview': () => preview });
    const created = await screen.findByRole('list', { name: 'Wird neu angelegt' });
    const [sabineRow, cemRow] = within(created).getAllByRole('listitem');
    expect(sabineRow?.textContent).toContain('Familie: Thomas (Partner/in), Paul (Kind), Mia (Kind)');
    expect(sabineRow?.textContent).toContain('Jahrestage: Hochzeitstag am 12. Juni 2005, Kennenlernen am 3. März');
    expect(sabineRow?.textContent).toContain('Kennengelernt am 15. März 2024 bei LinkedIn');
    // A person without either gets no empty lines.
    expect(cemRow?.textContent).toBe('Cem Aydın');
    const duplicates = screen.getByRole('list', { name: 'Schon in Ihren Kontakten' });
    expect(duplicates.textContent).toContain('Familie: Lena (Geschwister)');
    expect(duplicates.textContent).toContain('Ergänzen würde: Familie');
  });

  it('in English, with the dates as English writes them', async () => {
    await chooseFile('en', { 'transfer:preview': () => preview });
    const created = await screen.findByRole('list', { name: 'Will be added' });
    expect(created.textContent).toContain('Family: Thomas (Partner), Paul (Child), Mia (Child)');
    expect(created.textContent).toContain('Anniversaries: Wedding anniversary on June 12, 2005, Kennenlernen on March 3');
    expect(created.textContent).toContain('Met on March 15, 2024 at LinkedIn');
  });
});

describe('import: a file with nothing to import', () => {
  it('says why in words, German', async () => {
    await chooseFile('de', {
      'transfer:preview': () => {
        throw new PlauschError('importNothingToImport', { leftOut: [{ code: 'noName', records: 2 }, { code: 'incompleteRecord', records: 1 }] });
      },
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('„familie.vcf“ lässt sich nicht importieren');
    expect(alert.textContent).toContain(
      'Aus dieser Datei lässt sich kein Kontakt übernehmen. Nicht übernommen: 2 Einträge ohne Namen und 1 unvollständiger Eintrag. Es wurde nichts geändert.',
    );
    expect(screen.queryByRole('button', { name: 'Importieren' })).toBeNull();
  });

  it('says a file holds no contacts at all, English', async () => {
    await chooseFile('en', {
      'transfer:preview': () => {
        throw new PlauschError('importNothingToImport', { leftOut: [] });
      },
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The file holds no contacts, only the column headings. Nothing was changed.');
  });

  it('confirms an import that changes nothing without an undo, saying nothing was saved', async () => {
    const onlyNew: ImportPreview = { ...preview, items: [plain], counts: { create: 1, update: 0, skip: 0, duplicates: 0, rejected: 0 } };
    await chooseFile('de', {
      'transfer:preview': () => onlyNew,
      // The journal changed meanwhile: the main process found nothing left to do.
      'transfer:confirm': () => ({ created: 0, updated: 0, skipped: 1 }),
    });
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Importieren' }));
    await waitFor(() => expect(screen.getByText('Nichts zu ändern: 1 übersprungen, alles schon in Ihren Kontakten. Es wurde nichts gespeichert.')).toBeTruthy());
    expect(screen.queryByRole('button', { name: 'Rückgängig' })).toBeNull();
  });
});
