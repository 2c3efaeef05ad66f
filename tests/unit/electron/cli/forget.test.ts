// `plausch forget NAME [--yes]`: without --yes it says what would go and changes nothing; with it, it takes the lock,
// deletes the person everywhere (backups included) and says what went. Found by name like `export --person`.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT, main } from '../../../../electron/cli';
import { fixedClock } from '../../../../electron/main/services/clock';
import { openStore } from '../../../../electron/main/store';
import { ids } from '../services/privacy/person-journal';
import { seedPersonFolder } from './person-folder';

const NOW = '2026-12-03T09:30:00.000Z';

async function run(args: string[], lang = 'de_DE.UTF-8') {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l), env: { LANG: lang }, clock: fixedClock(NOW) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Every file's name and bytes, to show that nothing changed. */
async function folder(dir: string, under = ''): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await readdir(join(dir, under), { withFileTypes: true })) {
    const name = join(under, entry.name);
    if (entry.isDirectory()) Object.assign(files, await folder(dir, name));
    else files[name] = (await readFile(join(dir, name))).toString('base64');
  }
  return files;
}

describe('plausch forget', () => {
  it('without --yes says in German what would go and changes nothing, even while the app holds the data', async () => {
    const dir = await seedPersonFolder(NOW, { archived: ids.lena, backup: true });
    const before = await folder(dir);
    const app = await openStore({ dir, clock: fixedClock(NOW) });
    let result;
    try {
      result = await run(['forget', 'Sabine', 'Keller', '--data', dir]);
    } finally {
      await app.close();
    }
    expect(result.code).toBe(EXIT.usage);
    expect(result.err).toBe('');
    expect(result.out).toBe(
      [
        'Wenn Sie Sabine Keller vergessen, wird gelöscht:',
        '  – der Kontakt mit allen Angaben und Notizen',
        '  – 2 Begegnungen nur mit dieser Person',
        '  – 2 Gefallen',
        '  – 1 Geschenk',
        '  – aus 1 gemeinsamen Begegnung (sie bleibt für die anderen)',
        '  – aus 1 Geschenkaktion',
        '  – aus 1 Veranstaltung',
        '  – aus 1 Netzwerkgruppe',
        '  – 1 Einarbeitungsplan',
        '  – bei 1 anderen Kontakt „vorgestellt von“',
        'Nichts wurde gelöscht. Mit --yes wird Sabine Keller endgültig vergessen, auch in den Sicherungen; das lässt sich nicht rückgängig machen.',
      ].join('\n'),
    );
    const after = await folder(dir);
    // Opening and closing the app's store may tidy up its own files; the journal and the backups are the same.
    for (const name of Object.keys(before).filter((n) => n.startsWith('backups'))) expect(after[name], name).toBe(before[name]);
    const store = await openStore({ dir, clock: fixedClock(NOW) });
    expect(store.contacts.has(ids.sabine)).toBe(true);
    await store.close();
  });

  it('with --yes forgets her in the journal and the backups and says what went, in English', async () => {
    const dir = await seedPersonFolder(NOW, { archived: ids.lena, backup: true });
    const result = await run(['forget', 'sabine keller', '--yes', '--data', dir], 'en_GB.UTF-8');
    expect(result).toMatchObject({ code: EXIT.ok, err: '' });
    expect(result.out.split('\n').slice(0, 3)).toEqual([
      'Sabine Keller is forgotten: deleted from your data and from 1 backup. Deleted:',
      '  – the contact with all details and notes',
      '  – 2 encounters with only this person',
    ]);
    expect(result.out).toContain('  – from 1 shared encounter (kept for the others)');
    for (const [name, bytes] of Object.entries(await folder(dir))) {
      expect(Buffer.from(bytes, 'base64').includes(Buffer.from(ids.sabine)), name).toBe(false);
    }
    const store = await openStore({ dir, clock: fixedClock(NOW) });
    expect(store.contacts.has(ids.sabine)).toBe(false);
    expect(store.interactions.get('i-lunch')?.contactIds).toEqual([ids.juergen]);
    await store.close();
  });

  it('finds archived contacts too', async () => {
    const dir = await seedPersonFolder(NOW, { archived: ids.lena, backup: true });
    const result = await run(['forget', 'Lena', '--yes', '--data', dir]);
    expect(result.code).toBe(EXIT.ok);
    expect(result.out).toMatch(/^Lena Vogt ist vergessen/);
  });

  it('refuses while the app holds the data, and says so for a name that fits nobody or several', async () => {
    const dir = await seedPersonFolder(NOW, { archived: ids.lena, backup: true });
    const app = await openStore({ dir, clock: fixedClock(NOW) });
    try {
      const locked = await run(['forget', 'Sabine', '--yes', '--data', dir]);
      expect(locked.code).toBe(EXIT.locked);
      expect(locked.err).toMatch(/^Plausch läuft gerade/);
    } finally {
      await app.close();
    }
    expect(await run(['forget', 'Niemand', '--yes', '--data', dir])).toMatchObject({ code: EXIT.failed, err: 'Kein Kontakt heißt „Niemand“.' });
    const ambiguous = await run(['forget', 'mu', '--data', dir], 'en_US.UTF-8');
    expect(ambiguous.code).toBe(EXIT.failed);
    expect(ambiguous.err).toMatch(/^Several contacts match "mu": .*Max Muster/);
    expect(await run(['forget', '--yes', '--data', dir], 'en_US.UTF-8')).toMatchObject({ code: EXIT.usage, err: 'Missing: NAME.' });
    const store = await openStore({ dir, clock: fixedClock(NOW) });
    expect(store.contacts.size).toBe(4);
    await store.close();
  });

  it('names forget in the usage text', async () => {
    expect((await run(['help'], 'en_US.UTF-8')).out).toContain('forget NAME [--yes]');
    expect((await run(['help'])).out).toContain('forget NAME [--yes]  (eine Person vergessen');
  });
});
