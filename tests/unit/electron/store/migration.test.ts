import { readFile, readdir, writeFile } from 'node:fs/promises';
import * as nodeFs from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StoreFileSystem } from '../../../../electron/main/store';
import { migrate, splitName } from '../../../../electron/main/store/migrations';
import { open, tempDir } from './helpers';

const version1 = {
  schemaVersion: 1,
  contacts: [
    { id: 'c1', name: 'Anna Maria  Müller ', company: 'Stadtwerke', email: 'anna@example.de', birthday: '--04-12' },
    { id: 'c2', name: 'Cher', createdAt: '2020-01-01T00:00:00.000Z', updatedAt: '2020-02-01T00:00:00.000Z' },
  ],
  interactions: [{ id: 'i1', contactId: 'c1', type: 'coffee', date: '2024-05-01', note: 'Kaffee in der Kantine' }],
};

describe('migration from schema version 1', () => {
  it('splits names at the last space', () => {
    expect(splitName('Anna Maria Müller')).toEqual({ firstName: 'Anna Maria', lastName: 'Müller' });
    expect(splitName(' Cher ')).toEqual({ firstName: 'Cher', lastName: '' });
  });

  it('is pure: the same input gives the same output and is not modified', () => {
    const input = structuredClone(version1);
    const context = { now: '2025-03-14T09:30:00.000Z' };
    expect(migrate(input, 1, context)).toEqual(migrate(input, 1, context));
    expect(input).toEqual(version1);
  });

  it('upgrades the file, fills defaults, writes a backup first and tells the user', async () => {
    const dir = await tempDir();
    const original = JSON.stringify(version1, null, 2);
    await writeFile(join(dir, 'plausch.json'), original);
    const renames: string[] = [];
    const recordingFs: StoreFileSystem = {
      ...nodeFs,
      rename: async (from, to) => {
        renames.push(String(to));
        await nodeFs.rename(from, to);
      },
    };

    const store = await open(dir, { fs: recordingFs });

    const anna = store.contacts.get('c1');
    expect(anna).toMatchObject({
      firstName: 'Anna Maria',
      lastName: 'Müller',
      organisation: 'Stadtwerke',
      emails: ['anna@example.de'],
      phones: [],
      birthday: '--04-12',
      relation: 'internal',
      tags: [],
      archived: false,
      createdAt: '2025-03-14T09:30:00.000Z',
    });
    expect(anna).not.toHaveProperty('name');
    expect(anna).not.toHaveProperty('company');
    expect(store.contacts.get('c2')).toMatchObject({ firstName: 'Cher', lastName: '', createdAt: '2020-01-01T00:00:00.000Z' });
    expect(store.interactions.get('i1')).toMatchObject({ contactIds: ['c1'], place: '', topics: [], followUpDone: false });
    expect(store.interactions.get('i1')).not.toHaveProperty('contactId');
    expect(store.settings.overdueFactor).toBe(1.5);

    const backups = await readdir(join(dir, 'backups'));
    const backupName = backups.find((name) => name.startsWith('pre-migration-v1-'));
    expect(backupName).toBeDefined();
    const backupFile = join(dir, 'backups', backupName ?? '');
    expect(JSON.parse(await readFile(backupFile, 'utf8'))).toEqual(version1);
    expect(store.notices).toEqual([{ kind: 'migrated', fromVersion: 1, toVersion: 3, backupFile }]);
    expect(renames.indexOf(backupFile)).toBeGreaterThanOrEqual(0);
    expect(renames.indexOf(backupFile)).toBeLessThan(renames.indexOf(join(dir, 'plausch.json')));

    const written = JSON.parse(await readFile(join(dir, 'plausch.json'), 'utf8'));
    expect(written.schemaVersion).toBe(3);
    await store.close();
    const reopened = await open(dir);
    expect(reopened.notices).toEqual([]);
    expect(reopened.contacts.get('c1')?.lastName).toBe('Müller');
  });

  it('applies a version-1 log to the version-1 file before migrating it', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'plausch.json'), JSON.stringify({ ...version1, walSeq: 0 }));
    const line = { seq: 1, changes: [{ op: 'put', collection: 'contacts', value: { id: 'c3', name: 'Jo Beispiel', company: 'X' } }] };
    await writeFile(join(dir, 'plausch.wal'), `${JSON.stringify(line)}\n`);
    const store = await open(dir);
    expect(store.contacts.get('c3')).toMatchObject({ firstName: 'Jo', lastName: 'Beispiel', organisation: 'X' });
    await store.commit([{ op: 'delete', collection: 'contacts', id: 'c2' }]);
    await store.close();
    expect([...(await open(dir)).contacts.keys()].sort()).toEqual(['c1', 'c3']);
  });
});
