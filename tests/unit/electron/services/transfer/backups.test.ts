import { writeFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createServices } from '../../../../../electron/main/services';
import type { Notifier } from '../../../../../electron/main/services/notifier';
import { silentLogger } from '../../../../../electron/main/store/types';
import { contact, open, tempDir, testClock } from '../../store/helpers';

async function servicesOver(dir: string) {
  const clock = testClock();
  const store = await open(dir, { clock });
  const notifier: Notifier = { notify: async () => 'shown' };
  const services = createServices({
    store,
    clock,
    log: silentLogger,
    appInfo: { version: '0', dataDir: dir, systemLanguage: 'de' },
    notifier,
  });
  return { store, services };
}

describe('backups', () => {
  it('lists a backup taken now and restores it into the running journal after a safety backup', async () => {
    const dir = await tempDir();
    const { store, services } = await servicesOver(dir);
    await store.commit([{ op: 'put', collection: 'contacts', value: contact('a') }]);
    const manual = await services.transfer.backups.create();
    expect(manual).toMatchObject({ kind: 'manual', name: expect.stringMatching(/^manual-.*\.json$/) });

    await store.commit([
      { op: 'delete', collection: 'contacts', id: 'a' },
      { op: 'put', collection: 'contacts', value: contact('b') },
    ]);
    const receipt = await services.transfer.backups.restore(manual.name);
    expect([...store.contacts.keys()]).toEqual(['a']);
    expect(receipt).toMatchObject({ contacts: 1, interactions: 0, safetyBackup: expect.stringContaining('pre-restore-') });
    const kinds = (await services.transfer.backups.list()).map((b) => b.kind).sort();
    expect(kinds).toEqual(['daily', 'manual', 'restore']);

    await store.close();
    const reopened = await open(dir);
    expect([...reopened.contacts.keys()]).toEqual(['a']);
  });

  it('refuses a damaged backup and names outside the backups folder, changing nothing', async () => {
    const dir = await tempDir();
    const { store, services } = await servicesOver(dir);
    await store.commit([{ op: 'put', collection: 'contacts', value: contact('a') }]);
    await writeFile(join(dir, 'backups', 'manual-broken.json'), '{"schemaVersion":2,"contacts":[{"id":1}]}');
    await expect(services.transfer.backups.restore('manual-broken.json')).rejects.toMatchObject({ code: 'backupUnreadable' });
    await expect(services.transfer.backups.restore('../plausch.json')).rejects.toMatchObject({ code: 'notFound' });
    await expect(services.transfer.backups.restore('nope.json')).rejects.toMatchObject({ code: 'notFound' });
    expect([...store.contacts.keys()]).toEqual(['a']);
    expect((await readdir(join(dir, 'backups'))).some((name) => name.startsWith('pre-restore-'))).toBe(false);
  });

  it('keeps the newest ten backups of each reason', async () => {
    const dir = await tempDir();
    const clock = testClock();
    const store = await open(dir, { clock });
    for (let minute = 0; minute < 13; minute += 1) {
      clock.set(new Date(Date.parse('2025-03-14T10:00:00Z') + minute * 60_000));
      await store.backupNow('pre-import');
    }
    const names = (await readdir(join(dir, 'backups'))).filter((n) => n.startsWith('pre-import-')).sort();
    expect(names).toHaveLength(10);
    expect(names[0]).toContain('T10-03-00');
  });
});
