// Issue 14, item 3: a file of which nothing can be imported is a clear failure that says why, writes nothing, takes no
// backup and keeps no preview; an import that would change nothing takes no backup either; a partial import still
// goes through and names what it left out.
import { describe, expect, it } from 'vitest';
import { createRouter } from '../../../../../electron/main/ipc/router';
import { PlauschError } from '../../../../../shared/errors';
import { aContact } from '../../../../support/journal-fixtures';
import { transferHarness } from './helpers';

const utf8 = (text: string) => new TextEncoder().encode(text);

const incompleteVcard = utf8('BEGIN:VCARD\r\nVERSION:3.0\r\nN:Kurz;Karl;;;\r\nFN:Karl Ku');
const namelessCsv = utf8('First Name,Last Name,E-mail Address\r\n,,eins@firma.example\r\n,,zwei@firma.example\r\n');
const headerOnlyCsv = utf8('Vorname;Nachname;E-Mail-Adresse\r\n');

async function refusal(run: () => Promise<unknown>): Promise<PlauschError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof PlauschError) return error;
    throw error;
  }
  throw new Error('expected the preview to be refused');
}

describe('a file with nothing to import', () => {
  it.each([
    ['a vCard whose only card is incomplete', 'karl.vcf', incompleteVcard, [{ code: 'incompleteRecord', records: 1 }]],
    ['a CSV whose rows all lack a name', 'ohne-namen.csv', namelessCsv, [{ code: 'noName', records: 2 }]],
    ['a CSV with the header row only', 'kopf.csv', headerOnlyCsv, []],
  ] as const)('%s is refused with the reasons, writing nothing', async (_name, fileName, bytes, leftOut) => {
    const existing = aContact({ firstName: 'Anna', lastName: 'Berg' });
    const { transfer, store } = transferHarness({ contacts: [existing] });
    const error = await refusal(() => transfer.preview(bytes, fileName));
    expect(error.toData()).toEqual({ code: 'importNothingToImport', details: { leftOut } });
    expect(store.backups).toEqual([]);
    expect(store.commits).toEqual([]);
    expect([...store.contacts.values()]).toEqual([existing]);
  });

  it('counts each record once, by its first reason, most frequent reason first', async () => {
    const { transfer } = transferHarness();
    const vcards = [
      'BEGIN:VCARD\r\nVERSION:3.0\r\nEMAIL:a@x.example\r\nEND:VCARD\r\n',
      'BEGIN:VCARD\r\nVERSION:3.0\r\nEMAIL:b@x.example\r\nEND:VCARD\r\n',
      'BEGIN:VCARD\r\nVERSION:3.0\r\nN:Berg;Hans;;;\r\nTEL;WORK;VOICE:123\r\nEND:VCARD\r\n',
      'BEGIN:VCARD\r\nVERSION:3.0\r\nN:Kurz;Karl;;;\r\nFN:Karl Ku',
    ].join('');
    const error = await refusal(() => transfer.preview(utf8(vcards), 'gemischt.vcf'));
    expect(error.details?.leftOut).toEqual([
      { code: 'noName', records: 2 },
      { code: 'unreadableRecord', records: 1 },
      { code: 'incompleteRecord', records: 1 },
    ]);
  });

  it('keeps no preview: the five waiting before it are all still there', async () => {
    const { transfer } = transferHarness();
    const waiting = [];
    for (let i = 0; i < 5; i += 1) waiting.push(await transfer.preview(utf8(`Vorname;Nachname\r\nAnna;Berg${i}\r\n`), 'anna.csv'));
    await refusal(() => transfer.preview(headerOnlyCsv, 'kopf.csv'));
    // A sixth preview kept would have pushed the oldest out.
    await expect(transfer.confirmImport(waiting[0]!.importId, [])).resolves.toMatchObject({ created: 1 });
  });

  it('comes through the router as the error and its reasons, like every refusal', async () => {
    const { services, log } = transferHarness();
    const router = createRouter(services, log);
    const answer = await router.handle('transfer:preview', { fileName: 'kopf.csv', content: 'Vorname;Nachname\r\n', encoding: 'text' });
    expect(answer).toEqual({ ok: false, error: { code: 'importNothingToImport', details: { leftOut: [] } } });
  });
});

describe('an import that would change nothing', () => {
  it('takes no backup and writes nothing when every record is already there', async () => {
    const anna = aContact({ firstName: 'Anna', lastName: 'Berg', emails: ['anna@x.example'] });
    const { transfer, store } = transferHarness({ contacts: [anna] });
    const preview = await transfer.preview(utf8('First Name,Last Name,E-mail Address\r\nAnna,Berg,anna@x.example\r\n'), 'anna.csv');
    expect(preview.items.map((item) => item.action)).toEqual(['skip']);
    const receipt = await transfer.confirmImport(preview.importId, []);
    expect(receipt).toEqual({ created: 0, updated: 0, skipped: 1 });
    expect(store.backups).toEqual([]);
    expect(store.commits).toEqual([]);
    expect(store.contacts.get(anna.id)).toEqual(anna);
    // Confirmed is confirmed: the preview is gone.
    await expect(transfer.confirmImport(preview.importId, [])).rejects.toEqual(new PlauschError('importExpired'));
  });

  it('takes no backup when the user skips every new record', async () => {
    const { transfer, store } = transferHarness();
    const preview = await transfer.preview(utf8('Vorname;Nachname\r\nAnna;Berg\r\nBen;Roth\r\n'), 'neu.csv');
    const receipt = await transfer.confirmImport(preview.importId, [
      { index: 0, action: 'skip' },
      { index: 1, action: 'skip' },
    ]);
    expect(receipt).toEqual({ created: 0, updated: 0, skipped: 2 });
    expect(store.backups).toEqual([]);
    expect(store.contacts.size).toBe(0);
  });

  it('still takes the backup before an import that changes something', async () => {
    const { transfer, store } = transferHarness();
    const preview = await transfer.preview(utf8('Vorname;Nachname\r\nAnna;Berg\r\n'), 'neu.csv');
    const receipt = await transfer.confirmImport(preview.importId, []);
    expect(receipt).toMatchObject({ created: 1, backupFile: expect.any(String), undoToken: expect.any(String) });
    expect(store.backups).toEqual(['pre-import']);
  });
});

describe('a partial import', () => {
  it('takes in what it can and names each record it left out, and why', async () => {
    const { transfer, store } = transferHarness();
    const csv = 'First Name,Last Name,E-mail Address\r\nAnna,Berg,anna@x.example\r\n,,ohne@x.example\r\nAnna,Berg,anna@x.example\r\n';
    const preview = await transfer.preview(utf8(csv), 'teils.csv');
    expect(preview.problems).toEqual([
      { record: 2, code: 'noName' },
      { record: 3, code: 'duplicateInFile' },
    ]);
    expect(preview.counts).toMatchObject({ create: 1, rejected: 2 });
    expect(await transfer.confirmImport(preview.importId, [])).toMatchObject({ created: 1, updated: 0, skipped: 0 });
    expect([...store.contacts.values()].map((contact) => contact.firstName)).toEqual(['Anna']);
  });
});
