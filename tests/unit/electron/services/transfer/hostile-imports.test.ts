// Issue 12, item 8: no import file freezes or floods the parser. Work is counted, not timed (the parser reports each
// character it looks at, and each it hands to ical.js or papaparse): at twice the size a file may cost twice the work,
// never four times, and at the size limit no more than a few passes. Wall-clock figures are the benchmark's
// (`npm run bench`, its hostile-import section).
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PlauschError } from '../../../../../shared/errors';
import { MAX_IMPORT_BYTES, MAX_IMPORT_LINE_CHARS, MAX_IMPORT_RECORDS } from '../../../../../shared/transfer';
import { parseImportFile } from '../../../../../electron/main/services/transfer/parse-import';
import { contentLines } from '../../../../../electron/main/services/transfer/vcard-lines';
import { fullCards, fullRows, hostileImports } from '../../../../fixtures/transfer/hostile-imports';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** The work of parsing `text`, and what came of it. */
function parsed(text: string, fileName: string) {
  let work = 0;
  const countWork = (characters: number) => {
    work += characters;
  };
  try {
    const { candidates, problems } = parseImportFile(utf8(text), fileName, countWork);
    return { work, candidates: candidates.length, problems: [...new Set(problems.map((p) => p.code))] };
  } catch (error) {
    if (!(error instanceof PlauschError)) throw error;
    return { work, error: error.code, unit: error.details?.unit };
  }
}

/** Twice the size for twice the work: a parser that rescans grows by four. */
const GROWTH = 2.2;
/** A few passes over the text (detecting, counting, parsing) and what is handed to the libraries. */
const PASSES = 6;
const SIZE = 256 * 1024;
const AT_LIMIT = MAX_IMPORT_BYTES - 1024;

afterEach(() => {
  vi.restoreAllMocks();
});

describe.each(hostileImports.map((file) => [file.name, file] as const))('%s', (_name, file) => {
  it('costs work in step with its size', () => {
    const small = parsed(file.text(SIZE), file.fileName);
    const large = parsed(file.text(2 * SIZE), file.fileName);
    expect(large.work).toBeLessThanOrEqual(GROWTH * small.work);
    expect(small.work).toBeLessThanOrEqual(PASSES * SIZE);
  });

  it('at the size limit: answers as expected, in a few passes, handing no library more than a line at a time', () => {
    const icalInputs: number[] = [];
    const papaInputs: number[] = [];
    const icalParse = ICAL.parse.bind(ICAL);
    const papaParse = Papa.parse.bind(Papa) as (input: string, config: object) => unknown;
    vi.spyOn(ICAL, 'parse').mockImplementation((input: string) => {
      icalInputs.push(Math.max(...input.split('\r\n').map((line) => line.length)));
      return icalParse(input);
    });
    vi.spyOn(Papa, 'parse').mockImplementation(((input: string, config: object) => {
      papaInputs.push(input.length);
      return papaParse(input, config);
    }) as typeof Papa.parse);

    const text = file.text(AT_LIMIT);
    expect(text.length).toBeLessThanOrEqual(MAX_IMPORT_BYTES);
    const { work, ...outcome } = parsed(text, file.fileName);

    expect(outcome).toEqual('error' in file.expect ? { error: file.expect.error, unit: file.expect.unit } : file.expect);
    expect(work).toBeLessThanOrEqual(PASSES * text.length);
    // A 2.1 value escaped for ical.js may double; a CSV row comes with its line break.
    expect(Math.max(0, ...icalInputs)).toBeLessThanOrEqual(2 * MAX_IMPORT_LINE_CHARS);
    expect(Math.max(0, ...papaInputs)).toBeLessThanOrEqual(MAX_IMPORT_LINE_CHARS + 2);
  });
});

describe('the heaviest files Plausch takes', () => {
  it.each([
    ['10,000 full vCards', 'kontakte.vcf', fullCards],
    ['10,000 full CSV rows', 'kontakte.csv', fullRows],
  ])('%s: every one parsed, in work in step with the file', (_name, fileName, make) => {
    const half = parsed(make(MAX_IMPORT_RECORDS / 2), fileName);
    const full = parsed(make(MAX_IMPORT_RECORDS), fileName);
    expect(full).toMatchObject({ candidates: MAX_IMPORT_RECORDS, problems: [] });
    expect(full.work).toBeLessThanOrEqual(GROWTH * half.work);
  });
});

describe('records are counted before they are parsed', () => {
  it('refuses 10 MB of tiny cards without handing ical.js a single one', () => {
    const icalParse = vi.spyOn(ICAL, 'parse');
    const text = 'BEGIN:VCARD\r\nEND:VCARD\r\n'.repeat(Math.floor(AT_LIMIT / 24));
    const { work, ...outcome } = parsed(text, 'winzig.vcf');
    expect(outcome).toEqual({ error: 'importTooLarge', unit: 'records' });
    expect(icalParse).not.toHaveBeenCalled();
    // One pass to count, none to parse.
    expect(work).toBeLessThanOrEqual(1.1 * text.length);
  });

  it('refuses a CSV of too many rows without handing papaparse a single one', () => {
    const papaParse = vi.spyOn(Papa, 'parse');
    expect(parsed(`First Name\r\n${'Anna\r\n'.repeat(MAX_IMPORT_RECORDS + 1)}`, 'lang.csv')).toMatchObject({ error: 'importTooLarge', unit: 'records' });
    expect(papaParse).not.toHaveBeenCalled();
  });

  it('names the count in the error', () => {
    expect(() => parseImportFile(utf8('BEGIN:VCARD\r\nEND:VCARD\r\n'.repeat(10_001)), 'k.vcf')).toThrow(
      expect.objectContaining({ code: 'importTooLarge', details: { limit: MAX_IMPORT_RECORDS, size: 10_001, unit: 'records' } }),
    );
  });
});

describe('problems', () => {
  it('are reported once per record and kind, so that their list stays in proportion to the records', () => {
    const cards = 'BEGIN:VCARD\r\nFN:Anna Berg\r\nANNIVERSARY:x\r\nANNIVERSARY:y\r\nANNIVERSARY:z\r\nBDAY:w\r\nEND:VCARD\r\n'.repeat(3);
    expect(parseImportFile(utf8(cards), 'k.vcf').problems).toEqual(
      [1, 2, 3].flatMap((record) => [
        { record, code: 'invalidDate', field: 'birthday', value: 'w' },
        { record, code: 'invalidDate', field: 'anniversaries', value: 'x' },
      ]),
    );
  });
});

describe('a vCard line longer than the limit', () => {
  it('is measured, not kept: its text and value stay empty, its name is still known', () => {
    const text = `NOTE;LANGUAGE=de:${'abcdefghij\r\n '.repeat(MAX_IMPORT_LINE_CHARS / 5)}\r\nFN:Anna Berg\r\n`;
    const lines = [...contentLines(text, () => undefined)];
    expect(lines.map((line) => [line.tooLong, line.text.length, line.property?.name, line.property?.value.length])).toEqual([
      [true, 0, 'NOTE', 0],
      [false, 'FN:Anna Berg'.length, 'FN', 'Anna Berg'.length],
    ]);
  });

  it('just under the limit is read whole', () => {
    const note = 'x'.repeat(MAX_IMPORT_LINE_CHARS - 'NOTE:'.length);
    const [line] = [...contentLines(`NOTE:${note}`, () => undefined)];
    expect(line?.tooLong).toBe(false);
    expect(line?.property?.value).toBe(note);
  });
});
