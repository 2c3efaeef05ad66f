// `plausch export --person NAME --format json|html --out FILE`: everything stored about one person, written private
// to the user, found by name as `log` finds a contact; it only reads, so it works while the app holds the data.
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT, main } from '../../../../electron/cli';
import { fixedClock } from '../../../../electron/main/services/clock';
import { openStore } from '../../../../electron/main/store';
import { HOSTILE_NOTE, ids } from '../services/privacy/person-journal';
import { seedPersonFolder } from './person-folder';

const NOW = '2026-12-03T09:30:00.000Z';

async function run(args: string[], lang = 'de_DE.UTF-8') {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l), env: { LANG: lang }, clock: fixedClock(NOW) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('plausch export --person', () => {
  it('writes the printable page in German, private to the user, while the app holds the data', async () => {
    const dir = await seedPersonFolder(NOW);
    const target = join(dir, 'auskunft.html');
    await writeFile(target, 'an older file', { mode: 0o644 });
    const app = await openStore({ dir, clock: fixedClock(NOW) });
    try {
      const result = await run(['export', '--person', 'sabine', '--format', 'html', '--out', target, '--data', dir]);
      expect(result).toMatchObject({ code: EXIT.ok, err: '' });
      expect(result.out).toBe(`Auskunft über Sabine Keller gespeichert: ${target}`);
    } finally {
      await app.close();
    }
    expect((await stat(target)).mode & 0o777).toBe(0o600);
    const html = await readFile(target, 'utf8');
    expect(html).toContain('Diese Auskunft enthält alles, was in Plausch über Sabine Keller gespeichert ist (Stand: 3. Dezember 2026).');
    expect(html).not.toContain('<script>');
  });

  it('writes the JSON in English, with the photo noted when one is stored', async () => {
    const dir = await seedPersonFolder(NOW);
    await mkdir(join(dir, 'photos'), { recursive: true });
    await writeFile(join(dir, 'photos', `${ids.sabine}.photo`), 'bytes of a photo');
    const target = join(dir, 'report.json');
    const result = await run(['export', '--person', 'Sabine Keller', '--format', 'json', '--out', target, '--data', dir], 'en_GB.UTF-8');
    expect(result).toMatchObject({ code: EXIT.ok, err: '', out: `Data report on Sabine Keller saved: ${target}` });
    const report = JSON.parse(await readFile(target, 'utf8'));
    expect(report.header).toMatchObject({ person: 'Sabine Keller', language: 'en', generatedAt: NOW, plauschVersion: 'cli' });
    expect(report.contact).toMatchObject({ id: ids.sabine, notes: HOSTILE_NOTE, photoStored: true });
    expect(report.encounters).toHaveLength(6);
    expect(report.introductions).toEqual({ introducedBy: { name: 'Max Muster' }, introduced: [{ name: 'Lena Vogt' }] });
  });

  it('says so, and writes nothing, for a name that fits nobody or several, or a format it does not write', async () => {
    const dir = await seedPersonFolder(NOW);
    const target = join(dir, 'x.json');
    const unknown = await run(['export', '--person', 'Niemand', '--format', 'json', '--out', target, '--data', dir]);
    expect(unknown).toMatchObject({ code: EXIT.failed, err: 'Kein Kontakt heißt „Niemand“.' });
    // "mu" is in Max Muster and in Jürgen Müller (folded).
    const ambiguous = await run(['export', '--person', 'mu', '--format', 'json', '--out', target, '--data', dir], 'en_US.UTF-8');
    expect(ambiguous.code).toBe(EXIT.failed);
    expect(ambiguous.err).toMatch(/^Several contacts match "mu": .*Max Muster/);
    const format = await run(['export', '--person', 'Sabine', '--format', 'csv', '--out', target, '--data', dir], 'en_US.UTF-8');
    expect(format).toMatchObject({ code: EXIT.usage, err: 'Invalid value for --format: "csv".' });
    const noName = await run(['export', '--format', 'json', '--out', target, '--data', dir, '--person'], 'en_US.UTF-8');
    expect(noName).toMatchObject({ code: EXIT.usage, err: 'Missing: --person.' });
    await expect(stat(target)).rejects.toThrow();
  });

  it('finds archived contacts too: they are owed a report as much as anyone', async () => {
    const dir = await seedPersonFolder(NOW);
    const store = await openStore({ dir, clock: fixedClock(NOW) });
    const lena = store.contacts.get(ids.lena);
    if (!lena) throw new Error('seed without Lena');
    await store.commit([{ op: 'put', collection: 'contacts', value: { ...lena, archived: true } }]);
    await store.close();
    const target = join(dir, 'lena.json');
    expect((await run(['export', '--person', 'Lena', '--format', 'json', '--out', target, '--data', dir])).code).toBe(EXIT.ok);
    expect(JSON.parse(await readFile(target, 'utf8')).contact).toMatchObject({ id: ids.lena, archived: true });
  });

  it('exports the whole journal as before without --person', async () => {
    const dir = await seedPersonFolder(NOW);
    const target = join(dir, 'all.json');
    const result = await run(['export', '--format', 'json', '--out', target, '--data', dir]);
    expect(result.code).toBe(EXIT.ok);
    const whole = JSON.parse(await readFile(target, 'utf8'));
    expect(whole).not.toHaveProperty('header');
    expect(whole.contacts).toHaveLength(4);
  });

  it('names the person report in the usage text', async () => {
    expect((await run(['help'], 'en_US.UTF-8')).out).toContain('export --person NAME --format json|html --out FILE');
    expect((await run(['help'])).out).toContain('export --person NAME --format json|html --out DATEI');
  });
});
