// `plausch import` with a file of which nothing can be imported fails with the reasons in words and touches nothing;
// an import that changes nothing says so and takes no backup (issue 14, item 3).
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT, main } from '../../../../electron/cli';
import { fixedClock } from '../../../../electron/main/services/clock';
import { FIXTURES } from '../services/transfer/helpers';
import { tempDir } from '../store/helpers';

const NOW = '2025-04-14T09:00:00.000Z';

async function run(args: string[], lang = 'en_US.UTF-8') {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l), env: { LANG: lang }, clock: fixedClock(NOW) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const backupsIn = (dir: string) => readdir(join(dir, 'backups')).catch(() => [] as string[]);

describe('plausch import: nothing to import', () => {
  it.each([
    ['en_US.UTF-8', 'No contact in this file can be imported – left out: 2 records without a name, 1 incomplete record. Nothing was changed.'],
    ['de_DE.UTF-8', 'Aus dieser Datei lässt sich kein Kontakt übernehmen – nicht übernommen: 2 Einträge ohne Namen, 1 unvollständiger Eintrag. Nichts wurde geändert.'],
  ])('fails (%s) with the reasons, with and without --yes, and writes nothing', async (lang, message) => {
    const dir = await tempDir();
    const file = join(dir, 'leer.vcf');
    const nameless = 'BEGIN:VCARD\r\nVERSION:3.0\r\nEMAIL:a@x.example\r\nEND:VCARD\r\n';
    await writeFile(file, nameless + nameless.replace('a@', 'b@') + 'BEGIN:VCARD\r\nVERSION:3.0\r\nN:Kurz;Karl;;;\r\nFN:Karl Ku');
    for (const yes of [[], ['--yes']]) {
      const result = await run(['import', file, ...yes, '--data', dir], lang);
      expect(result).toEqual({ code: EXIT.failed, out: '', err: message });
    }
    expect((await readdir(dir)).sort()).toEqual(['leer.vcf']);
  });

  it('says a CSV holds no records when it has its header row only', async () => {
    const dir = await tempDir();
    const file = join(dir, 'kopf.csv');
    await writeFile(file, 'First Name,Last Name,E-mail Address\r\n');
    const result = await run(['import', file, '--yes', '--data', dir]);
    expect(result).toEqual({ code: EXIT.failed, out: '', err: 'No contact in this file can be imported; it holds no records. Nothing was changed.' });
    expect(await backupsIn(dir)).toEqual([]);
  });

  it('imports again what is already there without a backup, and says nothing changed', async () => {
    const dir = await tempDir();
    const fixture = join(FIXTURES, 'google-current.csv');
    expect((await run(['import', fixture, '--yes', '--data', dir])).code).toBe(EXIT.ok);
    const backups = await backupsIn(dir);
    expect(backups.some((name) => name.startsWith('pre-import'))).toBe(true);

    const again = await run(['import', fixture, '--yes', '--data', dir]);
    expect(again.code).toBe(EXIT.ok);
    expect(again.out).toMatch(/Nothing to change: \d+ skipped, all of it already in your contacts\. Nothing was written, no backup taken\.$/);
    expect((await backupsIn(dir)).filter((name) => name.startsWith('pre-import'))).toEqual(backups.filter((name) => name.startsWith('pre-import')));
  });
});

describe('plausch import: the preview names the family and anniversaries found', () => {
  it.each([
    ['de_DE.UTF-8', ['  + neu: Sabine Krüger', '      Familie: Paul (Kind), Mia (Kind), Thomas (Partner/in)', '      Jahrestage: Hochzeitstag am 12. Juni 2005']],
    ['en_US.UTF-8', ['  + new: Sabine Krüger', '      Family: Paul (Child), Mia (Child), Thomas (Partner)', '      Anniversaries: Wedding anniversary on 12 June 2005']],
  ])('%s', async (lang, expected) => {
    const dir = await tempDir();
    const file = join(dir, 'familie.vcf');
    const card = [
      'BEGIN:VCARD',
      'VERSION:3.0',
      'N:Krüger;Sabine;;;',
      'item1.X-ABRELATEDNAMES:Paul',
      'item1.X-ABLabel:_$!<Child>!$_',
      'item2.X-ABRELATEDNAMES:Mia',
      'item2.X-ABLabel:_$!<Child>!$_',
      'item3.X-ABRELATEDNAMES:Thomas',
      'item3.X-ABLabel:_$!<Spouse>!$_',
      'item4.X-ABDATE:2005-06-12',
      'item4.X-ABLabel:Hochzeitstag',
      'END:VCARD',
      '',
    ].join('\r\n');
    await writeFile(file, card);
    const result = await run(['import', file, '--data', dir], lang);
    expect(result.code).toBe(EXIT.ok);
    const lines = result.out.split('\n');
    const at = lines.indexOf(expected[0] as string);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(lines.slice(at, at + 3)).toEqual(expected);
  });
});
