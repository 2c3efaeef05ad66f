// Photos in vCards: read from 3.0's base64 and 4.0's data URI, links ignored, pictures over the limit left out with
// a note (never failing the import), and written again so that an export reads back with the same bytes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createServices } from '../../../../../electron/main/services';
import { fixedClock } from '../../../../../electron/main/services/clock';
import { foldLine } from '../../../../../electron/main/services/transfer/export-vcard';
import { parseImportFile } from '../../../../../electron/main/services/transfer/parse-import';
import { MAX_IMPORT_LINE_CHARS } from '../../../../../shared/transfer';
import { aContact } from '../../../../support/journal-fixtures';
import { createMemoryStore } from '../../../../support/memory-store';
import { NOW, recordingLogger } from '../../../../support/services-harness';
import { TINY_JPEG_BASE64, TINY_PNG_BASE64 } from '../../../../support/photo-samples';

const utf8 = (text: string) => new TextEncoder().encode(text);

function card(version: '3.0' | '4.0', photoLine: string | undefined, name = 'Berg;Anna'): string {
  const [last, first] = name.split(';');
  return ['BEGIN:VCARD', `VERSION:${version}`, `N:${name};;;`, `FN:${first} ${last}`, ...(photoLine ? [foldLine(photoLine)] : []), 'END:VCARD', ''].join('\r\n');
}

const parse = (text: string) => parseImportFile(utf8(text), 'cards.vcf');

/** A JPEG whose frame header says 2000 × 2000: over the side limit, whatever else it holds. */
const HUGE_JPEG_BASE64 = Buffer.from([0xff, 0xd8, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x07, 0xd0, 0x07, 0xd0, 0x03, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1, 0xff, 0xd9]).toString('base64');

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function journal(contacts = [aContact({ id: 'anna', firstName: 'Anna', lastName: 'Berg' })]) {
  const dataDir = mkdtempSync(join(tmpdir(), 'plausch-vcard-photos-'));
  dirs.push(dataDir);
  const store = createMemoryStore({ contacts });
  const services = createServices({ store, clock: fixedClock(NOW), log: recordingLogger(), appInfo: { version: 't', dataDir, systemLanguage: 'de-DE' } });
  return { store, services };
}

describe('reading a vCard photo', () => {
  it('reads 3.0 base64 over folded lines', () => {
    const { candidates, problems } = parse(card('3.0', `PHOTO;ENCODING=b;TYPE=JPEG:${TINY_JPEG_BASE64}`));
    expect(problems).toEqual([]);
    expect(Buffer.from(candidates[0]?.photo ?? []).toString('base64')).toBe(TINY_JPEG_BASE64);
  });

  it('reads 2.1 BASE64 and a 4.0 data URI, PNG as well as JPEG', () => {
    const v21 = parse(['BEGIN:VCARD', 'VERSION:2.1', 'N:Berg;Anna', `PHOTO;TYPE=PNG;ENCODING=BASE64:`, ` ${TINY_PNG_BASE64}`, '', 'END:VCARD', ''].join('\r\n'));
    expect(Buffer.from(v21.candidates[0]?.photo ?? []).toString('base64')).toBe(TINY_PNG_BASE64);
    const v4 = parse(card('4.0', `PHOTO:data:image/jpeg;base64,${TINY_JPEG_BASE64}`));
    expect(v4.problems).toEqual([]);
    expect(Buffer.from(v4.candidates[0]?.photo ?? []).toString('base64')).toBe(TINY_JPEG_BASE64);
  });

  it('ignores a photo given as a link: nothing is fetched, nothing is noted', () => {
    for (const line of ['PHOTO;VALUE=uri:https://example.com/anna.jpg', 'PHOTO:https://example.com/anna.jpg']) {
      const { candidates, problems } = parse(card('4.0', line));
      expect(candidates).toHaveLength(1);
      expect(candidates[0]?.photo).toBeUndefined();
      expect(problems).toEqual([]);
    }
  });

  it('leaves out a photo over the limit or broken, with a note, and takes the contact in', () => {
    const text = [
      card('3.0', `PHOTO;ENCODING=b;TYPE=JPEG:${HUGE_JPEG_BASE64}`, 'Berg;Anna'),
      card('3.0', 'PHOTO;ENCODING=b;TYPE=JPEG:not*base64', 'Cho;Ben'),
      card('3.0', `PHOTO;ENCODING=b;TYPE=JPEG:${'A'.repeat(MAX_IMPORT_LINE_CHARS + 8)}`, 'Dorn;Carla'),
      card('4.0', `PHOTO:data:image/jpeg;base64,${TINY_JPEG_BASE64.slice(0, -12)}`, 'Ek;Dana'),
    ].join('');
    const { candidates, problems } = parse(text);
    expect(candidates.map((c) => c.contact.firstName)).toEqual(['Anna', 'Ben', 'Carla', 'Dana']);
    expect(candidates.every((c) => c.photo === undefined)).toBe(true);
    expect(problems).toEqual([
      { record: 1, code: 'photoLeftOut', field: 'photo', value: 'tooLarge' },
      { record: 2, code: 'photoLeftOut', field: 'photo', value: 'unreadable' },
      { record: 3, code: 'photoLeftOut', field: 'photo', value: 'tooLarge' },
      { record: 4, code: 'photoLeftOut', field: 'photo', value: 'unreadable' },
    ]);
  });
});

describe('importing a vCard photo', () => {
  it('keeps the photo of a new contact, and gives one to an existing contact that has none', async () => {
    const { services, store } = journal();
    const text = card('3.0', `PHOTO;ENCODING=b;TYPE=JPEG:${TINY_JPEG_BASE64}`, 'Berg;Anna') + card('4.0', `PHOTO:data:image/png;base64,${TINY_PNG_BASE64}`, 'Cho;Ben');
    const preview = await services.transfer.preview(utf8(text), 'cards.vcf');
    expect(JSON.stringify(preview)).not.toContain(TINY_JPEG_BASE64.slice(0, 40));
    await services.transfer.confirmImport(preview.importId, [{ index: 0, action: 'update' }]);
    const ben = [...store.contacts.values()].find((c) => c.firstName === 'Ben');
    expect((await services.photos.get('anna'))?.base64).toBe(TINY_JPEG_BASE64);
    expect((await services.photos.get(ben?.id ?? ''))?.base64).toBe(TINY_PNG_BASE64);
  });

  it('does not replace a photo the contact already has', async () => {
    const { services } = journal();
    await services.photos.set('anna', TINY_PNG_BASE64);
    const preview = await services.transfer.preview(utf8(card('3.0', `PHOTO;ENCODING=b;TYPE=JPEG:${TINY_JPEG_BASE64}`)), 'cards.vcf');
    await services.transfer.confirmImport(preview.importId, [{ index: 0, action: 'update' }]);
    expect((await services.photos.get('anna'))?.base64).toBe(TINY_PNG_BASE64);
  });
});

describe('exporting photos in vCards', () => {
  it.each([
    ['vcard3', 'PHOTO;ENCODING=b;TYPE=JPEG:'],
    ['vcard', 'PHOTO:data:image/jpeg;base64,'],
  ] as const)('writes %s with the photo folded at 75 octets, and reads back the same bytes', async (format, start) => {
    const source = journal([aContact({ id: 'anna', firstName: 'Anna', lastName: 'Berg' }), aContact({ id: 'ben', firstName: 'Ben', lastName: 'Cho' })]);
    await source.services.photos.set('anna', TINY_JPEG_BASE64);
    const { content } = await source.services.transfer.exportFile(format);
    expect(content).toContain(start);
    expect(content.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    expect(content.match(/PHOTO/g)).toHaveLength(1);

    const target = journal([]);
    const preview = await target.services.transfer.preview(utf8(content), 'export.vcf');
    await target.services.transfer.confirmImport(preview.importId, []);
    const anna = [...target.store.contacts.values()].find((c) => c.firstName === 'Anna');
    const ben = [...target.store.contacts.values()].find((c) => c.firstName === 'Ben');
    expect(await target.services.photos.get(anna?.id ?? '')).toMatchObject({ type: 'image/jpeg', base64: TINY_JPEG_BASE64 });
    expect(await target.services.photos.get(ben?.id ?? '')).toBeNull();
  });

  it('writes no photo line for a journal without photos, as before', () => {
    const { services } = journal();
    expect(services.transfer.export('vcard3').content).not.toContain('PHOTO');
  });
});
