// `doctor` on a change log that was zeroed: it must say the log is damaged, where it used to call a zeroed log a
// torn end and report "Change log fine (0 pending)" while four encounters and a contact were gone.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT, main } from '../../../../electron/cli';
import { fixedClock } from '../../../../electron/main/services/clock';
import { contact, openAndCrash, tempDir } from '../store/helpers';

async function doctor(dir: string) {
  const out: string[] = [];
  const code = await main(['doctor', '--data', dir], { out: (line) => out.push(line), err: () => undefined, env: { LANG: 'en_US.UTF-8' }, clock: fixedClock('2025-04-14T09:00:00.000Z') });
  return { code, out: out.join('\n') };
}

describe('doctor and the change log', () => {
  it('calls a zeroed log damaged, and a log with only a torn append fine', async () => {
    const dir = await tempDir();
    await openAndCrash(dir, async (store) => {
      await store.commit([{ op: 'put', collection: 'contacts', value: contact('a') }]);
      await store.commit([{ op: 'put', collection: 'contacts', value: contact('b') }]);
    });
    const wal = join(dir, 'plausch.wal');
    const written = `${JSON.stringify({ seq: 1, changes: [{ op: 'put', collection: 'contacts', value: contact('a') }] })}\n`;

    await writeFile(wal, `${written}{"seq":2,"chan`);
    const torn = await doctor(dir);
    expect(torn.out).toContain('✓ Change log fine (1 pending entries)');

    await writeFile(wal, Buffer.alloc(200));
    const zeroed = await doctor(dir);
    expect(zeroed.code).toBe(EXIT.failed);
    expect(zeroed.out).toContain('✗ The change log is damaged');
    expect(zeroed.out).not.toContain('Change log fine');
  });
});
