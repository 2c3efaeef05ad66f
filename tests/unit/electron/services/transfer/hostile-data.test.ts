// Data from outside — an imported file, a restored backup — that tries to smuggle something in: control characters
// for the terminal, lines for an exported vCard or calendar, a mail link with a query, a global shortcut without a
// modifier. Each comes out harmless, and whatever the user entered stays.
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { createRouter } from '../../../../../electron/main/ipc/router';
import { emptyRawCandidate, toCandidate } from '../../../../../electron/main/services/transfer/candidate';
import { aContact, anInteraction } from '../../../../support/journal-fixtures';
import { transferHarness } from './helpers';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** A backup as the store writes it, with whatever records the test gives. */
function backupText(parts: { contacts?: unknown[]; interactions?: unknown[]; settings?: Record<string, unknown> }): string {
  return JSON.stringify({ schemaVersion: 3, contacts: [], interactions: [], coach: [], settings: {}, walSeq: 0, ...parts });
}

describe('control characters from outside', () => {
  const escapes = '\u001b]0;owned\u0007\u001b[2J\u009b31m\u0000';

  it('are stripped from a restored backup, while its notes keep their tabs and line breaks', async () => {
    const eve = aContact({ id: 'eve', firstName: `Eve${escapes}`, lastName: 'Null\u0085', notes: `Zeile eins\r\n\tZeile zwei${escapes}\rDrei` });
    const met = anInteraction({ id: 'met', contactIds: ['eve'], note: `Kaffee\u001b[5m\n\tmit Eve`, place: 'Kantine\u009b' });
    const { transfer, store } = transferHarness();

    await transfer.backups.restoreFromText(backupText({ contacts: [eve], interactions: [met] }), 'evil.json');

    expect(store.contacts.get('eve')).toMatchObject({ firstName: 'Eve]0;owned[2J31m', lastName: 'Null', notes: 'Zeile eins\n\tZeile zwei]0;owned[2J31m\nDrei' });
    expect(store.interactions.get('met')).toMatchObject({ note: 'Kaffee[5m\n\tmit Eve', place: 'Kantine' });
  });

  it('are stripped from an imported vCard and CSV, while notes keep their tabs and line breaks', async () => {
    const { transfer } = transferHarness();
    // A NUL, or more than a few controls in a short file, marks it as binary and refuses it whole (decode.ts); a
    // semicolon would end the vCard's name component.
    const terminalEscapes = '\u001b[2J\u009b31m\u0007';
    const vcardFiller = Array.from({ length: 20 }, (_, n) => `BEGIN:VCARD\r\nVERSION:3.0\r\nN:Muster;Max ${n};;;\r\nFN:Max ${n} Muster\r\nEND:VCARD\r\n`).join('');
    const vcard = `BEGIN:VCARD\r\nVERSION:3.0\r\nN:Null${terminalEscapes};Eve;;;\r\nFN:Eve Null\r\nORG:Acme\u001b[1m\r\nNOTE:eins\\n\tzwei\u0007\r\nEND:VCARD\r\n${vcardFiller}`;
    const [fromVcard] = (await transfer.preview(utf8(vcard), 'evil.vcf')).items;
    expect(fromVcard?.contact).toMatchObject({ firstName: 'Eve', lastName: 'Null[2J31m', organisation: 'Acme[1m', notes: 'eins\n\tzwei' });

    const csvFiller = Array.from({ length: 20 }, (_, n) => `"Max ${n}","Muster","nichts Besonderes"\r\n`).join('');
    const csv = `First Name,Last Name,Notes\r\n"Eve\u001b[2J","Null\u009b","eins\n\tzwei\u0007"\r\n${csvFiller}`;
    const [fromCsv] = (await transfer.preview(utf8(csv), 'evil.csv')).items;
    expect(fromCsv?.contact).toMatchObject({ firstName: 'Eve[2J', lastName: 'Null', notes: 'eins\n\tzwei' });
  });
});

describe('record ids', () => {
  const injected = 'eve\r\nURL:https://evil.test/track';

  it.each([injected, 'eve:1', 'eve 1', '../eve', 'evé', 'e'.repeat(65)])('are refused in a restored backup when not plain (%j), and nothing changes', async (id) => {
    const { transfer, store } = transferHarness({ contacts: [aContact({ id: 'anna', firstName: 'Anna' })] });
    const text = backupText({ contacts: [{ ...aContact({ firstName: 'Eve' }), id }] });

    await expect(transfer.backups.restoreFromText(text, 'evil.json')).rejects.toMatchObject({ code: 'backupUnreadable' });

    expect([...store.contacts.keys()]).toEqual(['anna']);
    expect(store.commits).toEqual([]);
  });

  it('from an imported file are kept, to find the contact they came from, only when plain', async () => {
    const candidate = (sourceId: string) => toCandidate({ ...emptyRawCandidate(1), firstName: 'Eve', sourceId }, []);
    expect(candidate('eve')?.sourceId).toBe('eve');
    for (const sourceId of [injected, 'eve;x', 'eve:1']) expect(candidate(sourceId)).not.toHaveProperty('sourceId');

    const { transfer } = transferHarness({ contacts: [aContact({ id: 'eve', firstName: 'Eve', lastName: 'Null' })] });
    const card = utf8('BEGIN:VCARD\r\nVERSION:4.0\r\nUID:urn:uuid:eve\r\nFN:Eva Anders\r\nN:Anders;Eva;;;\r\nEND:VCARD\r\n');
    expect((await transfer.preview(card, 'eve.vcf')).items[0]?.duplicate?.reason).toBe('sameId');
  });
});

describe('every exporter', () => {
  const hostile = 'Anna; Maria, "Mia":\r\nURL:https://evil.test/track';
  const oneLine = 'Anna; Maria, "Mia": URL:https://evil.test/track';
  const note = 'eins; zwei, drei: vier\r\nURL:https://evil.test/track\rfünf\nsechs';
  const contact = () =>
    aContact({
      id: 'eve',
      firstName: hostile,
      lastName: 'Null;\nURL:x',
      organisation: hostile,
      department: 'Einkauf,\rURL:x',
      role: hostile,
      phones: ['+49 30 1234;\nURL:x'],
      tags: [hostile, 'b,c'],
      notes: note,
      birthday: '1980-04-14',
      family: [{ id: 'kid', name: hostile, relation: 'child', birthday: '--05-01', schoolStart: '2026-08-15' }],
      anniversaries: [{ id: 'work', kind: 'work', label: hostile, date: '2010-09-01' }],
    });
  /** A contact whose id got past every schema: the exporters must still write it as one value. */
  const withRawId = () => ({ ...contact(), id: 'x\r\nURL:https://evil.test/track' });

  /** The logical lines of a vCard or calendar, folded lines joined again. */
  const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '').split('\r\n').filter(Boolean);

  function expectWellFormed(text: string) {
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
    // Apple's `item1.` group and `X-ABLabel` are ours too (vCard 3's related names and dates); a URL line in any case is not.
    for (const line of unfold(text)) expect(line).toMatch(/^(?:item\d+\.)?(?![Uu][Rr][Ll])[A-Z][A-Za-z0-9-]*[;:]/);
  }

  it.each(['vcard', 'vcard3'] as const)('%s: escapes and folds every value, and reads back as it was', async (format) => {
    for (const exported of [contact(), withRawId()]) {
      const { transfer } = transferHarness({ contacts: [exported] });
      const { content } = transfer.export(format, 'en');
      expectWellFormed(content);
      expect(unfold(content).filter((line) => line.startsWith('BEGIN:'))).toHaveLength(1);
    }
    const { transfer } = transferHarness({ contacts: [contact()] });
    const [read] = (await transferHarness().transfer.preview(utf8(transfer.export(format, 'en').content), 'back.vcf')).items;
    expect(read?.contact).toMatchObject({
      firstName: oneLine,
      lastName: 'Null; URL:x',
      organisation: oneLine,
      department: 'Einkauf, URL:x',
      role: oneLine,
      tags: [oneLine, 'b,c'],
      notes: 'eins; zwei, drei: vier\nURL:https://evil.test/track\nfünf\nsechs',
    });
  });

  it('iCalendar: escapes and folds every value and every UID, and reads back as it was', () => {
    for (const exported of [contact(), withRawId()]) {
      const { transfer } = transferHarness({ contacts: [exported] });
      const { content } = transfer.export('ics', 'en');
      expectWellFormed(content);
      const events = new ICAL.Component(ICAL.parse(content)).getAllSubcomponents('vevent');
      expect(events).toHaveLength(4);
      expect(events.map((event) => event.getFirstPropertyValue('uid'))).toEqual(
        ['birthday', 'family-kid-birthday', 'family-kid-school-start', 'anniversary-work'].map((what) => `${exported.id.replace(/\r\n/g, '\n')}-${what}@plausch.app`),
      );
      const name = `${hostile} Null;\nURL:x`.replace(/\r\n/g, '\n');
      expect(events[0]?.getFirstPropertyValue('summary')).toBe(`Birthday: ${name} (*1980)`);
    }
  });

  it('CSV: quotes every value, so a spreadsheet reads each back into its own cell', () => {
    const { transfer } = transferHarness({ contacts: [contact()] });
    const { content } = transfer.export('csv', 'en');
    const { data } = Papa.parse<string[]>(content.replace(/^\ufeff/, ''), { skipEmptyLines: true });
    expect(data).toHaveLength(2);
    const [header, row] = data as [string[], string[]];
    const cell = (column: string) => row[header.indexOf(column)];
    expect(cell('First Name')).toBe(hostile);
    expect(cell('Company')).toBe(hostile);
    // A leading + would start a formula; the export defuses it (neutralizeCell).
    expect(cell('Business Phone')).toBe("'+49 30 1234;\nURL:x");
    expect(cell('Notes')).toBe(note);
  });

  it('JSON: writes every value as a JSON string that reads back the same', () => {
    const { transfer } = transferHarness({ contacts: [contact()] });
    const { content } = transfer.export('json', 'en');
    expect(JSON.parse(content).contacts).toEqual([contact()]);
  });
});

describe('e-mail addresses', () => {
  const hostileAddress = 'eve@x.test?cc=boss@x.test&attach=/etc/passwd';

  it('that are not addresses are refused as input, naming the field', async () => {
    const { services, store, log } = transferHarness();
    const router = createRouter(services, log);
    await expect(router.handle('contacts:create', { firstName: 'Eve', emails: ['eve@x.test', hostileAddress] })).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalidInput', details: { issues: [{ path: 'emails.1', message: 'email' }] } },
    });
    expect(store.contacts.size).toBe(0);
  });

  it('that are not addresses are left out of an import with a note in the preview, the rest of the contact kept', async () => {
    const { transfer, store } = transferHarness();
    const csv = `First Name,Last Name,E-mail Address,E-mail 2 Address\r\nEve,Null,${hostileAddress},eve@x.test\r\n`;
    const preview = await transfer.preview(utf8(csv), 'evil.csv');
    expect(preview.items.map((item) => item.contact)).toMatchObject([{ firstName: 'Eve', emails: ['eve@x.test'] }]);
    expect(preview.problems).toEqual([{ record: 1, code: 'invalidEmail', field: 'emails', value: hostileAddress.slice(0, 60) }]);
    expect(preview.counts).toMatchObject({ create: 1, rejected: 0 });

    await transfer.confirmImport(preview.importId, []);
    expect([...store.contacts.values()].map((contact) => contact.emails)).toEqual([['eve@x.test']]);
  });

  it('that are not addresses are moved from a restored backup into the contact\'s notes, so nothing is lost and nothing becomes a link', async () => {
    const { transfer, store } = transferHarness();
    const eve = { ...aContact({ id: 'eve', firstName: 'Eve', notes: 'Mag Tee.' }), emails: ['eve@x.test', hostileAddress] };

    const receipt = await transfer.backups.restoreFromText(backupText({ contacts: [eve] }), 'evil.json');

    expect(store.contacts.get('eve')?.emails).toEqual(['eve@x.test']);
    expect(store.contacts.get('eve')?.notes).toBe(`Mag Tee.\n\nKeine gültige E-Mail-Adresse: ${hostileAddress}`);
    expect(receipt.addressesMovedToNotes).toBe(1);
  });
});

describe('the quick-log shortcut', () => {
  it.each(['E', 'Shift+E', 'F5', 'Shift+Alt', 'Hyper+E', 'CommandOrControl+'])('is refused without a modifier and a key (%j), from a restore as from the user', async (accelerator) => {
    const { transfer, store, services, log } = transferHarness({ contacts: [aContact({ id: 'anna', firstName: 'Anna' })] });
    const router = createRouter(services, log);

    await expect(transfer.backups.restoreFromText(backupText({ settings: { quickLogShortcut: accelerator } }), 'evil.json')).rejects.toMatchObject({
      code: 'backupUnreadable',
    });
    expect(await router.handle('settings:update', { quickLogShortcut: accelerator })).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
    expect(await router.handle('desktop:setShortcut', { accelerator })).toMatchObject({ ok: false, error: { code: 'invalidInput' } });

    expect([...store.contacts.keys()]).toEqual(['anna']);
    expect(store.commits).toEqual([]);
  });

  it.each(['CommandOrControl+Alt+L', 'Alt+Shift+L', 'CommandOrControl+Shift+Space', 'Control+F5', 'Super+K'])('is taken with a modifier (%j)', async (accelerator) => {
    const { transfer, store } = transferHarness();
    await transfer.backups.restoreFromText(backupText({ settings: { quickLogShortcut: accelerator } }), 'good.json');
    expect(store.settings.quickLogShortcut).toBe(accelerator);
  });
});
