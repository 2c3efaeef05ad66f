// The command line and an encrypted data folder: `plausch encrypt` and `plausch decrypt`, and every other command,
// which works given the passphrase (PLAUSCH_PASSPHRASE, or asked for in a terminal) and refuses without it, or with a
// wrong one, with a message of its own and exit status 4, changing nothing.
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT, main, type CliIo } from '../../../../electron/cli';
import { fixedClock } from '../../../../electron/main/services/clock';
import { isEncryptedFolder } from '../../../../electron/main/store';
import { FIXTURES } from '../services/transfer/helpers';
import { tempDir } from '../store/helpers';
import { CHEAP_SCRYPT, PASSPHRASE, folderBytes, sameFolder } from '../store/encryption/support';

const NOW = '2025-04-14T09:00:00.000Z';

async function run(args: string[], { env = {}, answers }: { env?: NodeJS.ProcessEnv; answers?: string[] } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const prompts: string[] = [];
  const io: CliIo = {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    env: { LANG: 'en_US.UTF-8', ...env },
    clock: fixedClock(NOW),
    keyDerivation: CHEAP_SCRYPT,
    ...(answers
      ? {
          askPassphrase: async (prompt: string) => {
            prompts.push(prompt);
            return answers.shift() ?? '';
          },
        }
      : {}),
  };
  const code = await main(args, io);
  return { code, out: out.join('\n'), err: err.join('\n'), prompts };
}

const withPassphrase = { env: { PLAUSCH_PASSPHRASE: PASSPHRASE } };

async function encryptedJournal(): Promise<string> {
  const dir = await tempDir();
  expect((await run(['import', join(FIXTURES, 'outlook-desktop-de.csv'), '--yes', '--data', dir])).code).toBe(EXIT.ok);
  const encrypted = await run(['encrypt', '--data', dir], withPassphrase);
  expect(encrypted).toMatchObject({ code: EXIT.ok, err: '' });
  expect(encrypted.out).toContain('is now encrypted');
  expect(await isEncryptedFolder(dir)).toBe(true);
  return dir;
}

const CALENDAR = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Plausch tests//CLI//DE', 'END:VCALENDAR'].join('\r\n');

/** Every command that reads or writes the journal, as a user would call it. */
async function everyCommand(dir: string): Promise<string[][]> {
  const contacts = JSON.parse((await run(['list', '--json', '--data', dir], withPassphrase)).out) as { firstName: string }[];
  const name = contacts[0]?.firstName ?? '';
  const calendar = join(dir, '..', `${dir.split('/').pop()}-calendar.ics`);
  await writeFile(calendar, CALENDAR);
  const backup = (await readdir(join(dir, 'backups')))[0] ?? '';
  return [
    ['list'],
    ['search', name],
    ['today'],
    ['ask', 'Steuerberatung'],
    ['log', name, 'kaffee', 'Kurz abgestimmt'],
    ['import', join(FIXTURES, 'google-current.csv')],
    ['export', '--format', 'json', '--out', join(dir, '..', 'export.json')],
    ['export', '--person', name, '--format', 'json', '--out', join(dir, '..', 'person.json')],
    ['backup'],
    ['restore', backup],
    ['calendar', calendar],
    ['doctor'],
  ].map((args) => [...args, '--data', dir]);
}

describe('plausch encrypt and decrypt', () => {
  it('encrypts with the passphrase from the environment, and decrypts with it again', async () => {
    const dir = await encryptedJournal();
    const again = await run(['encrypt', '--data', dir], withPassphrase);
    expect(again).toMatchObject({ code: EXIT.failed, err: 'The data is already encrypted. Nothing was changed.' });
    const wrong = await run(['decrypt', '--data', dir], { env: { PLAUSCH_PASSPHRASE: 'nicht das Kennwort' } });
    expect(wrong).toMatchObject({ code: EXIT.passphrase, err: 'The passphrase is wrong. Nothing was read or changed.' });
    const decrypted = await run(['decrypt', '--data', dir], withPassphrase);
    expect(decrypted).toMatchObject({ code: EXIT.ok, err: '' });
    expect(await isEncryptedFolder(dir)).toBe(false);
    expect((await run(['list', '--data', dir])).code).toBe(EXIT.ok);
    expect((await run(['decrypt', '--data', dir], withPassphrase)).err).toBe('The data is not encrypted. Nothing was changed.');
  });

  it('asks twice in a terminal, refuses two different answers or a short passphrase, and without a terminal asks for the variable', async () => {
    const dir = await tempDir();
    const before = await folderBytes(dir);
    const mismatch = await run(['encrypt', '--data', dir], { answers: [PASSPHRASE, `${PASSPHRASE}!`] });
    expect(mismatch).toMatchObject({ code: EXIT.usage, err: 'The two passphrases do not match. Nothing was changed.' });
    expect(mismatch.prompts).toEqual(['New passphrase (not shown): ', 'The passphrase again: ']);
    const short = await run(['encrypt', '--data', dir], { answers: ['kurz', 'kurz'] });
    expect(short).toMatchObject({ code: EXIT.failed, err: 'The passphrase is too short: it needs at least 10 characters. Nothing was changed.' });
    const noTerminal = await run(['encrypt', '--data', dir]);
    expect(noTerminal.code).toBe(EXIT.usage);
    expect(noTerminal.err).toContain('PLAUSCH_PASSPHRASE');
    expect(await isEncryptedFolder(dir)).toBe(false);
    expect(sameFolder(before, await folderBytes(dir))).toBe(true);
    expect((await run(['encrypt', '--data', dir], { answers: [PASSPHRASE, PASSPHRASE] })).code).toBe(EXIT.ok);
    const asked = await run(['list', '--data', dir], { answers: [PASSPHRASE] });
    expect(asked).toMatchObject({ code: EXIT.ok, prompts: ['Passphrase of the encrypted data: '] });
  });

  it('runs every command on an encrypted folder given the passphrase, and refuses each without it or with a wrong one', async () => {
    const dir = await encryptedJournal();
    for (const args of await everyCommand(dir)) {
      const before = await folderBytes(dir);
      const locked = await run(args);
      expect(locked.code, args.join(' ')).toBe(EXIT.passphrase);
      expect(locked.err, args.join(' ')).toBe(
        'The data is encrypted. Give the passphrase in PLAUSCH_PASSPHRASE, or run the command in a terminal and Plausch asks for it. Nothing was read or changed.',
      );
      const wrong = await run(args, { env: { PLAUSCH_PASSPHRASE: 'nicht das Kennwort' } });
      expect([wrong.code, wrong.err], args.join(' ')).toEqual([EXIT.passphrase, 'The passphrase is wrong. Nothing was read or changed.']);
      expect(sameFolder(before, await folderBytes(dir)), args.join(' ')).toBe(true);
      const given = await run(args, withPassphrase);
      // `restore` without --yes only shows what it would do, and says so with the usage status.
      expect(given.code, `${args.join(' ')}: ${given.err}`).toBe(args[0] === 'restore' ? EXIT.usage : EXIT.ok);
    }
    expect(await isEncryptedFolder(dir)).toBe(true);
  });

  it('speaks German', async () => {
    const dir = await encryptedJournal();
    const locked = await run(['list', '--data', dir], { env: { LANG: 'de_DE.UTF-8' } });
    expect(locked.err).toMatch(/^Die Daten sind verschlüsselt\. Geben Sie das Kennwort in PLAUSCH_PASSPHRASE an/);
  });
});
