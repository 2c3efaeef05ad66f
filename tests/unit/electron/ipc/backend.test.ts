import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, startBackend } from '../../../../electron/main/backend';
import { fixedClock } from '../../../../electron/main/services/clock';
import { silentLogger } from '../../../../electron/main/store/types';
import { channelNames } from '../../../../shared/contract';

const folders: string[] = [];
afterEach(async () => {
  await Promise.all(folders.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

const options = (dataDir: string) => ({
  dataDir,
  clock: fixedClock('2025-06-02T10:00:00.000Z'),
  log: silentLogger,
  appInfo: { version: '0.1.0', systemLanguage: 'en-GB' },
});

async function open(dataDir: string) {
  return createBackend(options(dataDir));
}

/** A data folder holding Sabine and one lunch with her, written and closed. */
async function journalWithOneLunch(): Promise<string> {
  const dataDir = await mkdtemp(join(tmpdir(), 'plausch-backend-'));
  folders.push(dataDir);
  const backend = await open(dataDir);
  const created = await backend.router.handle('contacts:create', { firstName: 'Sabine', lastName: 'Schmitt' });
  const id = created.ok ? (created.value as { id: string }).id : '';
  await backend.router.handle('interactions:create', { contactIds: [id], type: 'lunch', date: '2025-05-30', note: 'Kantine' });
  await backend.close();
  return dataDir;
}

describe('backend over the real store', () => {
  it('routes every channel, keeps what was written across a reopen and searches it', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'plausch-backend-'));
    folders.push(dataDir);
    const first = await open(dataDir);
    expect([...first.router.channels].sort()).toEqual([...channelNames].sort());
    const created = await first.router.handle('contacts:create', { firstName: 'Sabine', lastName: 'Schmitt', organisation: 'Stadtwerke' });
    expect(created.ok).toBe(true);
    await first.close();

    const second = await open(dataDir);
    const listed = await second.router.handle('contacts:list', {});
    expect(listed).toMatchObject({ ok: true, value: [{ firstName: 'Sabine', lastName: 'Schmitt' }] });
    expect(await second.router.handle('search:query', { text: 'Sabin Schmidt' })).toMatchObject({
      ok: true,
      value: [{ kind: 'contact', title: 'Sabine Schmitt', subtitle: 'Stadtwerke' }],
    });
    expect(await second.router.handle('app:status', undefined)).toMatchObject({ ok: true, value: { dataDir, version: '0.1.0', systemLanguage: 'en-GB' } });
    await second.close();
  });

  it('started early, holds the first calls until the journal is complete and then answers them in full', async () => {
    const dataDir = await journalWithOneLunch();
    const started = await startBackend(options(dataDir));
    expect(started.store?.contacts.size).toBe(1);
    const journal = started.router.handle('interactions:list', { limit: 10 });
    const backend = await started.ready;
    expect(await journal).toMatchObject({ ok: true, value: { total: 1, items: [{ note: 'Kantine' }] } });
    await backend.close();
  });

  it('answers with a storage error and writes nothing when a year file vouched for by its checksum does not read', async () => {
    const dataDir = await journalWithOneLunch();
    const file = join(dataDir, 'history', 'interactions-2025.json');
    // Another year's content under a matching checksum: only a broken writer could leave this behind.
    const body = '"schemaVersion":3,"year":1999,"interactions":[]}';
    const { crc32 } = await import('node:zlib');
    const planted = `{"checksum":"crc32:${crc32(Buffer.from(body)).toString(16).padStart(8, '0')}",${body}`;
    await writeFile(file, planted);
    const mainBefore = await readFile(join(dataDir, 'plausch.json'), 'utf8');

    const started = await startBackend(options(dataDir));
    expect(await started.router.handle('contacts:list', {})).toEqual({ ok: false, error: { code: 'storageFailed' } });
    await expect(started.ready).rejects.toMatchObject({ code: 'storageFailed' });
    await started.close();
    expect(await readFile(file, 'utf8')).toBe(planted);
    expect(await readFile(join(dataDir, 'plausch.json'), 'utf8')).toBe(mainBefore);
  });
});
