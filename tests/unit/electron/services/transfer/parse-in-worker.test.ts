// The import parser in its worker thread, built from source as the three bundles build it (import-worker-build.mjs):
// same answers as in this thread, refusals with their code and details, and a main thread that goes on meanwhile.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PlauschError } from '../../../../../shared/errors';
import { MAX_IMPORT_RECORDS } from '../../../../../shared/transfer';
import { buildImportWorker, importWorkerFile } from '../../../../../electron/main/services/transfer/import-worker-build.mjs';
import { parseImportFile, type ImportParser, type ParsedImport } from '../../../../../electron/main/services/transfer/parse-import';
import { parseInWorker } from '../../../../../electron/main/services/transfer/parse-in-worker';
import { fullCards } from '../../../../fixtures/transfer/hostile-imports';
import { fixture } from './helpers';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** Anniversaries get a fresh random id on each parse. */
const withoutRandomIds = (parsed: ParsedImport) => JSON.parse(JSON.stringify(parsed).replace(/"id":"[^"]+"/g, '"id":""')) as unknown;

describe('the import parser in a worker thread', () => {
  let dir: string;
  let parse: ImportParser;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'plausch-import-worker-'));
    await buildImportWorker(dir);
    parse = parseInWorker(join(dir, importWorkerFile));
  }, 60_000);

  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('answers as the parser does in this thread', async () => {
    for (const name of ['outlook-2.1-windows-1252.vcf', 'google-3.0.vcf', 'apple-4.0.vcf', 'outlook-desktop-de.csv', 'google-current.csv']) {
      expect(withoutRandomIds(await parse(fixture(name), name)), name).toEqual(withoutRandomIds(parseImportFile(fixture(name), name)));
    }
  });

  it('refuses a file with the PlauschError, code and details the parser threw', async () => {
    const tooMany = await parse(utf8('BEGIN:VCARD\r\nEND:VCARD\r\n'.repeat(MAX_IMPORT_RECORDS + 1)), 'winzig.vcf').catch((error: unknown) => error);
    expect(tooMany).toBeInstanceOf(PlauschError);
    expect((tooMany as PlauschError).toData()).toEqual({ code: 'importTooLarge', details: { limit: MAX_IMPORT_RECORDS, size: MAX_IMPORT_RECORDS + 1, unit: 'records' } });
    await expect(parse(utf8('\r\n \r\n'), 'leer.csv')).rejects.toEqual(new PlauschError('importEmpty'));
  });

  it('leaves the main thread free while it parses 10,000 cards', async () => {
    let answered = false;
    const parsing = parse(utf8(fullCards(MAX_IMPORT_RECORDS)), 'kontakte.vcf').finally(() => {
      answered = true;
    });
    // In this thread the whole parse would be over before the first of these timers fired: one tick, not more.
    let ticks = 0;
    while (!answered) {
      await new Promise((resolve) => setTimeout(resolve, 1));
      ticks += 1;
    }
    expect(ticks).toBeGreaterThan(1);
    expect((await parsing).candidates).toHaveLength(MAX_IMPORT_RECORDS);
  });

  it('answers with an error, never not at all, when its script cannot run', async () => {
    await expect(parseInWorker(join(dir, 'missing', importWorkerFile))(utf8('First Name\r\nAnna\r\n'), 'k.csv')).rejects.toThrow(/Cannot find module/);
  });
});
