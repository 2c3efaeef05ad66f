// `doctor` says Plausch is running only when the lock's owner really is: a lock whose pid now belongs to another
// process (here pid 1, started at another moment than the lock says) names no running Plausch.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../../electron/cli';
import { fixedClock } from '../../../../electron/main/services/clock';
import { open, tempDir } from '../store/helpers';

async function doctor(dir: string) {
  const out: string[] = [];
  await main(['doctor', '--data', dir], { out: (line) => out.push(line), err: () => undefined, env: { LANG: 'en_US.UTF-8' }, clock: fixedClock('2025-04-14T09:00:00.000Z') });
  return out.join('\n');
}

describe('doctor and the lock', () => {
  it('names the process that holds the folder', async () => {
    const dir = await tempDir();
    await open(dir);
    expect(await doctor(dir)).toContain(`Plausch is running (process ${process.pid})`);
  });

  it.runIf(process.platform === 'linux')('names no running Plausch for a lock whose pid belongs to another process now', async () => {
    const dir = await tempDir();
    const store = await open(dir);
    await store.close();
    const stat = await readFile('/proc/1/stat', 'utf8');
    const start = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[22 - 3]);
    const boot = (await readFile('/proc/sys/kernel/random/boot_id', 'utf8')).trim();
    await writeFile(join(dir, 'plausch.lock'), `1 ${boot}:${start + 1} 0123456789abcdef\n`);
    expect(await doctor(dir)).not.toContain('Plausch is running');
  });
});
