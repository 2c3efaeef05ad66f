import { describe, expect, it } from 'vitest';
import { PlauschError } from '../../../../../shared/errors';
import { aContact } from '../../../../support/journal-fixtures';
import { fixture, transferHarness } from './helpers';

const juergen = () =>
  aContact({ firstName: 'Jürgen', lastName: 'Müller', organisation: 'Stadtwerke Köln', emails: ['Juergen.Mueller@stadtwerke.example'], notes: 'Alt.' });

describe('import preview and confirmation', () => {
  it('previews without writing anything', async () => {
    const { transfer, store } = transferHarness();
    const preview = await transfer.preview(fixture('outlook-desktop-de.csv'), 'kontakte.csv');
    expect(preview.counts).toEqual({ create: 2, update: 0, skip: 0, duplicates: 0, rejected: 1 });
    expect(preview.items.map((i) => i.action)).toEqual(['create', 'create']);
    expect(store.commits).toEqual([]);
    expect(store.backups).toEqual([]);
  });

  it('finds duplicates by e-mail (any case) and by name plus organisation, and proposes an update', async () => {
    const grete = aContact({ firstName: 'Grete', lastName: 'Weiss', organisation: 'Weiss & Soehne' });
    const { transfer } = transferHarness({ contacts: [juergen(), grete] });
    const { items, counts } = await transfer.preview(fixture('outlook-desktop-de.csv'));
    expect(items[0]?.duplicate).toMatchObject({ reason: 'sameEmail', name: 'Jürgen Müller' });
    expect(items[0]?.duplicate?.changedFields).toEqual(expect.arrayContaining(['department', 'emails', 'birthday', 'notes']));
    expect(items[1]?.duplicate).toMatchObject({ reason: 'sameNameAndOrganisation', contactId: grete.id });
    expect(counts.duplicates).toBe(2);
  });

  it('imports as one commit after one backup, honours each merge choice, and undoes it all with one token', async () => {
    const existing = juergen();
    const { transfer, store, services } = transferHarness({ contacts: [existing] });
    const preview = await transfer.preview(fixture('outlook-desktop-de.csv'));
    const receipt = await transfer.confirmImport(preview.importId, [{ index: 0, action: 'update' }]);
    expect(receipt).toMatchObject({ created: 1, updated: 1, skipped: 0 });
    expect(store.backups).toEqual(['pre-import']);
    expect(store.commits).toHaveLength(1);
    const merged = store.contacts.get(existing.id);
    expect(merged).toMatchObject({ department: 'Einkauf', birthday: '1975-04-14', notes: expect.stringMatching(/^Alt\.\n\nMag Espresso/) });
    expect(merged?.emails).toEqual(['Juergen.Mueller@stadtwerke.example', 'jm@privat.example']);
    expect(store.contacts.size).toBe(2);

    await services.applyUndo(receipt.undoToken!);
    expect([...store.contacts.values()]).toEqual([existing]);
    expect(store.commits).toHaveLength(2);
  });

  it('creates a duplicate anyway or skips it when the user says so', async () => {
    const existing = juergen();
    const created = transferHarness({ contacts: [existing] });
    const first = await created.transfer.preview(fixture('outlook-desktop-de.csv'));
    await created.transfer.confirmImport(first.importId, [{ index: 0, action: 'create' }]);
    expect([...created.store.contacts.values()].filter((c) => c.lastName === 'Müller')).toHaveLength(2);

    const skipped = transferHarness({ contacts: [existing] });
    const second = await skipped.transfer.preview(fixture('outlook-desktop-de.csv'));
    const receipt = await skipped.transfer.confirmImport(second.importId, [{ index: 0, action: 'skip' }]);
    expect(receipt).toMatchObject({ created: 1, updated: 0, skipped: 1 });
    expect(skipped.store.contacts.get(existing.id)).toEqual(existing);
  });

  it('reports a record twice in the file once, and a confirmed or unknown preview as expired', async () => {
    const text = 'First Name,Last Name,E-mail Address\r\nAnna,Berg,anna@x.example\r\nAnna,Berg,anna@x.example\r\n';
    const { transfer } = transferHarness();
    const preview = await transfer.preview(new TextEncoder().encode(text));
    expect(preview.items).toHaveLength(1);
    expect(preview.problems).toEqual([{ record: 2, code: 'duplicateInFile' }]);
    await transfer.confirmImport(preview.importId, []);
    await expect(transfer.confirmImport(preview.importId, [])).rejects.toEqual(new PlauschError('importExpired'));
  });

  it('writes nothing when the backup before the import fails', async () => {
    const { transfer, store } = transferHarness();
    const preview = await transfer.preview(fixture('google-current.csv'));
    store.failCommitsWith(new Error('disk full'));
    await expect(transfer.confirmImport(preview.importId, [])).rejects.toThrow('disk full');
    expect(store.contacts.size).toBe(0);
  });

  it('leaves a contact changed after the import alone when the import is undone', async () => {
    const { transfer, store, services, clock } = transferHarness();
    const receipt = await transfer.confirmImport((await transfer.preview(fixture('google-current.csv'))).importId, []);
    const [zoe] = [...store.contacts.values()];
    clock.set('2025-06-02T10:05:00.000Z');
    await services.contacts.update(zoe!.id, { ...zoe!, notes: 'Geändert' });
    await services.applyUndo(receipt.undoToken!);
    expect(store.contacts.get(zoe!.id)?.notes).toBe('Geändert');
  });
});
