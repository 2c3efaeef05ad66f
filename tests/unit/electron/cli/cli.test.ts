import { execFile } from 'node:child_process';
import { chmod, copyFile, readFile, stat, symlink, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from 'vite';
import { EXIT, main } from '../../../../electron/cli';
import { defaultDataDir } from '../../../../electron/main/data-dir';
import { fixedClock } from '../../../../electron/main/services/clock';
import { openStore } from '../../../../electron/main/store';
import { contactSchema, interactionSchema } from '../../../../shared/model';
import { FIXTURES } from '../services/transfer/helpers';
import { tempDir } from '../store/helpers';

const NOW = '2025-04-14T09:00:00.000Z';

async function run(args: string[], env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l), env: { LANG: 'en_US.UTF-8', ...env }, clock: fixedClock(NOW) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function seeded() {
  const dir = await tempDir();
  const imported = await run(['import', join(FIXTURES, 'outlook-desktop-de.csv'), '--yes', '--data', dir]);
  expect(imported.code).toBe(EXIT.ok);
  return dir;
}

describe('plausch command line', () => {
  it('import without --yes prints the preview and writes nothing', async () => {
    const dir = await tempDir();
    const result = await run(['import', join(FIXTURES, 'google-current.csv'), '--data', dir]);
    expect(result).toMatchObject({ code: EXIT.ok, err: '' });
    expect(result.out).toContain('+ new: Zoë Adler');
    expect(result.out).toContain('Nothing was written');
    expect((await run(['list', '--json', '--data', dir])).out).toBe('[]');
  });

  it('imports with --yes, then lists, searches and exports what it imported', async () => {
    const dir = await seeded();
    const list = await run(['list', '--json', '--data', dir]);
    expect((JSON.parse(list.out) as { lastName: string }[]).map((c) => c.lastName)).toEqual(['Müller', 'Weiß']);
    const search = await run(['search', 'Muller', '--data', dir]);
    expect(search.out).toContain('Jürgen Müller');
    const ics = join(dir, 'out.ics');
    const exported = await run(['export', '--format', 'ics', '--out', ics, '--data', dir]);
    expect(exported.code).toBe(EXIT.ok);
    const events = new ICAL.Component(ICAL.parse(await readFile(ics, 'utf8'))).getAllSubcomponents('vevent');
    expect(events.map((e) => e.getFirstPropertyValue('summary'))).toEqual(expect.arrayContaining(['Birthday: Jürgen Müller (*1975)']));
  });

  it('writes an export private to the user (0600), also over an existing file anyone could read', async () => {
    const dir = await seeded();
    const target = join(dir, 'contacts.vcf');
    await writeFile(target, 'an older export', { mode: 0o644 });
    await chmod(target, 0o644);

    expect((await run(['export', '--format', 'vcard', '--out', target, '--data', dir])).code).toBe(EXIT.ok);

    expect((await stat(target)).mode & 0o777).toBe(0o600);
    expect(await readFile(target, 'utf8')).toContain('FN:Jürgen Müller');
  });

  it('logs an encounter by name and shows it among today\'s follow-ups and birthdays', async () => {
    const dir = await seeded();
    const logged = await run(['log', 'jurgen muller', 'Kaffee', 'Über den Umzug gesprochen', '--data', dir], { LANG: 'de_DE.UTF-8' });
    expect(logged).toMatchObject({ code: EXIT.ok, out: 'Eingetragen: coffee mit Jürgen Müller am 2025-04-14.' });
    const today = await run(['today', '--date', '2025-04-14', '--json', '--data', dir]);
    expect(JSON.parse(today.out)).toMatchObject({ date: '2025-04-14', birthdays: [expect.objectContaining({ name: 'Jürgen Müller' })] });
    expect((await run(['log', 'Niemand', 'coffee', '--data', dir])).code).toBe(EXIT.failed);
    expect((await run(['log', 'Jürgen', 'dance', '--data', dir])).code).toBe(EXIT.usage);
  });

  it('backs up, restores with --yes only, and doctor says healthy', async () => {
    const dir = await seeded();
    const backup = await run(['backup', '--data', dir]);
    const file = /(\/\S+manual-\S+\.json)/.exec(backup.out)?.[1] as string;
    expect(file).toBeDefined();
    await run(['log', 'Grete', 'lunch', '--data', dir]);
    expect((await run(['restore', file, '--data', dir])).code).toBe(EXIT.usage);
    const restored = await run(['restore', file, '--yes', '--data', dir]);
    expect(restored).toMatchObject({ code: EXIT.ok, err: '' });
    expect(restored.out).toContain('Restored: 2 contacts, 0 entries');
    const doctor = await run(['doctor', '--data', dir]);
    expect(doctor.code).toBe(EXIT.ok);
    expect(doctor.out).not.toContain('✗');
  });

  it('doctor fails and says why when the data file is damaged or missing', async () => {
    const dir = await seeded();
    await writeFile(join(dir, 'plausch.json'), '{"schemaVersion": 2, "contac');
    const doctor = await run(['doctor', '--data', dir]);
    expect(doctor.code).toBe(EXIT.failed);
    expect(doctor.out).toMatch(/✗ The data file .* is damaged \(unparseable\)/);
    const empty = await run(['doctor', '--data', await tempDir()]);
    expect(empty.code).toBe(EXIT.failed);
    expect(empty.out).toContain('✗ No data in');
  });

  it('refuses to write while the app holds the lock, but still reads', async () => {
    const dir = await seeded();
    const app = await openStore({ dir, clock: fixedClock(NOW) });
    try {
      const refused = await run(['log', 'Grete', 'lunch', '--data', dir]);
      expect(refused.code).toBe(EXIT.locked);
      expect(refused.err).toMatch(/^Plausch is running \(process \d+\) and holds the data/);
      expect((await run(['import', join(FIXTURES, 'google-current.csv'), '--yes', '--data', dir])).code).toBe(EXIT.locked);
      expect((await run(['backup', '--data', dir])).code).toBe(EXIT.locked);
      expect((await run(['list', '--data', dir])).out).toContain('Grete Weiß');
    } finally {
      await app.close();
    }
    expect(app.interactions.size).toBe(0);
  });

  it('turns bad input into one line and a non-zero status', async () => {
    const dir = await tempDir();
    const garbage = join(dir, 'garbage.csv');
    await writeFile(garbage, Buffer.from([0, 1, 2, 3, 255, 254, 0, 0]));
    const cases: [string[], number, RegExp][] = [
      [['frobnicate'], EXIT.usage, /^Unknown command "frobnicate"/],
      [['import'], EXIT.usage, /^Missing: FILE/],
      [['import', join(dir, 'missing.csv')], EXIT.failed, /^Cannot read the file/],
      [['import', garbage], EXIT.failed, /^The file is not a readable text file/],
      [['export', '--format', 'pdf', '--out', 'x'], EXIT.usage, /^Invalid value for --format/],
      [['export', '--format', 'csv', '--out', join(dir, 'no-such-folder', 'x.csv')], EXIT.failed, /^Cannot write to the file/],
      [['today', '--date', 'tomorrow'], EXIT.usage, /^Invalid value for --date/],
      [['restore', join(FIXTURES, 'google-current.csv'), '--yes'], EXIT.failed, /is not a readable Plausch backup/],
    ];
    for (const [args, code, message] of cases) {
      const result = await run([...args, '--data', dir]);
      expect(result.code, args.join(' ')).toBe(code);
      expect(result.err.split('\n')).toHaveLength(1);
      expect(result.err).toMatch(message);
    }
  });

  it('refuses a log that is a link to another file, says so in one line, and leaves that file as it was', async () => {
    const dir = await seeded();
    const elsewhere = join(await tempDir(), 'notes.txt');
    await writeFile(elsewhere, 'my own notes\n', { mode: 0o644 });
    await chmod(elsewhere, 0o644);
    await unlink(join(dir, 'plausch.wal'));
    await symlink(elsewhere, join(dir, 'plausch.wal'));

    for (const command of [['backup'], ['list']]) {
      const result = await run([...command, '--data', dir], { LANG: 'de_DE.UTF-8' });
      expect(result.code, command[0]).toBe(EXIT.failed);
      expect(result.err.split('\n')).toHaveLength(1);
      expect(result.err).toContain(join(dir, 'plausch.wal'));
      expect(result.err).toContain('symbolischer Link');
    }
    expect(await readFile(elsewhere, 'utf8')).toBe('my own notes\n');
    expect((await stat(elsewhere)).mode & 0o777).toBe(0o644);
  });

  it('shows control characters in names and notes as escapes instead of sending them to the terminal', async () => {
    const dir = await tempDir();
    const store = await openStore({ dir, clock: fixedClock(NOW) });
    const eve = contactSchema.parse({
      id: 'eve',
      firstName: 'Eve\u001b]0;owned\u0007',
      lastName: 'Null\u009b31m',
      organisation: 'Acme\u001b[2J',
      emails: ['eve@example.com'],
      birthday: '--04-14',
      createdAt: NOW,
      updatedAt: NOW,
    });
    const note = interactionSchema.parse({
      id: 'i1',
      contactIds: ['eve'],
      type: 'coffee',
      date: '2025-04-01',
      note: 'nachfassen\u001b[5m\nzweite Zeile',
      followUpOn: '2025-04-14',
      createdAt: NOW,
      updatedAt: NOW,
    });
    await store.commit([{ op: 'put', collection: 'contacts', value: eve }, { op: 'put', collection: 'interactions', value: note }]);
    await store.close();

    const outputs = [
      await run(['list', '--data', dir]),
      await run(['list', '--json', '--data', dir]),
      await run(['search', 'Eve', '--data', dir]),
      await run(['today', '--date', '2025-04-14', '--data', dir]),
      await run(['today', '--date', '2025-04-14', '--json', '--data', dir]),
      await run(['log', 'Eve\u001b[2J', 'coffee', '--data', dir]),
    ];
    for (const { out, err } of outputs) {
      // eslint-disable-next-line no-control-regex -- looking for control characters is the point
      for (const line of [...out.split('\n'), ...err.split('\n')]) expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    }
    expect(outputs[0]?.out).toContain('Eve\\x1b]0;owned\\x07 Null\\x9b31m');
    expect(JSON.parse(outputs[1]?.out ?? '')).toMatchObject([{ firstName: 'Eve\u001b]0;owned\u0007', lastName: 'Null\u009b31m' }]);
    expect(outputs[3]?.out).toContain('nachfassen\\x1b[5m\\nzweite Zeile');
  });

  it('finds the data folder from --data, PLAUSCH_DATA_DIR or the platform', async () => {
    const dir = await seeded();
    expect((await run(['list'], { PLAUSCH_DATA_DIR: dir })).out).toContain('Jürgen Müller');
    expect(defaultDataDir({ APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, 'win32')).toMatch(/Roaming.plausch$/);
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/home/a/.config' }, 'linux')).toBe('/home/a/.config/plausch');
  });
});

describe('the built plausch bin', () => {
  const bundle = join(__dirname, '../../../../out/cli/index.js');
  beforeAll(async () => {
    await build({ configFile: join(__dirname, '../../../../electron/cli/vite.config.mts'), logLevel: 'silent' });
  }, 60_000);

  it('runs in plain Node, speaks German under LANG=de, and never prints a stack trace', async () => {
    const dir = await tempDir();
    const exec = promisify(execFile);
    await copyFile(join(FIXTURES, 'outlook-2.1-windows-1252.vcf'), join(dir, 'k.vcf'));
    const env = { ...process.env, LANG: 'de_DE.UTF-8', PLAUSCH_DATA_DIR: dir };
    const ok = await exec(process.execPath, [bundle, 'import', join(dir, 'k.vcf'), '--yes'], { env });
    expect(ok.stdout).toContain('Importiert: 2 neu');
    const failed = await exec(process.execPath, [bundle, 'restore', join(dir, 'k.vcf'), '--yes'], { env }).catch((error: { code: number; stderr: string }) => error);
    expect(failed).toMatchObject({ code: EXIT.failed });
    expect((failed as { stderr: string }).stderr.trim().split('\n')).toHaveLength(1);
    expect((failed as { stderr: string }).stderr).not.toMatch(/\bat .*:\d+:\d+/);
  }, 30_000);
});
