import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contact, interaction, open, tempDir } from './helpers';

describe('store round trip', () => {
  it('starts an empty folder with defaults and the current schema version', async () => {
    const dir = await tempDir();
    const store = await open(join(dir, 'nested', 'data'));
    expect(store.contacts.size).toBe(0);
    expect(store.interactions.size).toBe(0);
    expect(store.settings).toEqual({ language: 'system', theme: 'system', tagCadences: {}, overdueFactor: 1.5, ownEmailDomains: [] });
    expect(store.notices).toEqual([]);
    await store.close();
    const doc = JSON.parse(await readFile(join(dir, 'nested', 'data', 'plausch.json'), 'utf8'));
    expect(doc.schemaVersion).toBe(3);
    expect((await stat(join(dir, 'nested', 'data'))).mode & 0o777).toBe(0o700);
  });

  it('keeps committed records, deletions and settings across close and reopen', async () => {
    const dir = await tempDir();
    const store = await open(dir);
    await store.commit([
      { op: 'put', collection: 'contacts', value: contact('c1') },
      { op: 'put', collection: 'contacts', value: contact('c2') },
    ]);
    await store.commit([{ op: 'put', collection: 'interactions', value: interaction('i1', ['c1', 'c2']) }]);
    await store.commit([{ op: 'delete', collection: 'contacts', id: 'c2' }]);
    await store.commit([{ op: 'settings', value: { ...store.settings, language: 'en' } }]);
    expect([...store.contacts.keys()]).toEqual(['c1']);
    await store.close();

    const reopened = await open(dir);
    expect(reopened.contacts.get('c1')).toEqual(contact('c1'));
    expect(reopened.contacts.has('c2')).toBe(false);
    expect(reopened.interactions.get('i1')?.contactIds).toEqual(['c1', 'c2']);
    expect(reopened.settings.language).toBe('en');
  });

  it('rejects an invalid change and changes nothing', async () => {
    const dir = await tempDir();
    const store = await open(dir);
    const bad = { ...contact('c1'), firstName: '', lastName: '' };
    await expect(
      store.commit([
        { op: 'put', collection: 'contacts', value: contact('c0') },
        { op: 'put', collection: 'contacts', value: bad },
      ]),
    ).rejects.toMatchObject({ code: 'invalidInput' });
    expect(store.contacts.size).toBe(0);
  });

  it('groups concurrent commits and applies them in order', async () => {
    const dir = await tempDir();
    const store = await open(dir);
    await Promise.all(
      Array.from({ length: 20 }, (_, n) =>
        store.commit([{ op: 'put', collection: 'contacts', value: contact('c', { notes: `version ${n}` }) }]),
      ),
    );
    expect(store.contacts.get('c')?.notes).toBe('version 19');
    await store.close();
    expect((await open(dir)).contacts.get('c')?.notes).toBe('version 19');
  });
});
