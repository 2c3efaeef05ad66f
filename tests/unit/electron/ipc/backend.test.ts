import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend } from '../../../../electron/main/backend';
import { fixedClock } from '../../../../electron/main/services/clock';
import { silentLogger } from '../../../../electron/main/store/types';
import { channelNames } from '../../../../shared/contract';

const folders: string[] = [];
afterEach(async () => {
  await Promise.all(folders.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function open(dataDir: string) {
  return createBackend({ dataDir, clock: fixedClock('2025-06-02T10:00:00.000Z'), log: silentLogger, appInfo: { version: '0.1.0', systemLanguage: 'en-GB' } });
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
});
