// Data from outside — an imported file, a restored backup — that tries to smuggle something in: control characters
// for the terminal, lines for an exported vCard or calendar, a mail link with a query, a global shortcut without a
// modifier. Each comes out harmless, and whatever the user entered stays.
import { describe, expect, it } from 'vitest';
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

  it('are stripped from an imported vCard and CSV, while notes keep their tabs and line breaks', () => {
    const { transfer } = transferHarness();
    // A NUL, or more than a few controls in a short file, marks it as binary and refuses it whole (decode.ts); a
    // semicolon would end the vCard's name component.
    const terminalEscapes = '\u001b[2J\u009b31m\u0007';
    const vcardFiller = Array.from({ length: 20 }, (_, n) => `BEGIN:VCARD\r\nVERSION:3.0\r\nN:Muster;Max ${n};;;\r\nFN:Max ${n} Muster\r\nEND:VCARD\r\n`).join('');
    const vcard = `BEGIN:VCARD\r\nVERSION:3.0\r\nN:Null${terminalEscapes};Eve;;;\r\nFN:Eve Null\r\nORG:Acme\u001b[1m\r\nNOTE:eins\\n\tzwei\u0007\r\nEND:VCARD\r\n${vcardFiller}`;
    const [fromVcard] = transfer.preview(utf8(vcard), 'evil.vcf').items;
    expect(fromVcard?.contact).toMatchObject({ firstName: 'Eve', lastName: 'Null[2J31m', organisation: 'Acme[1m', notes: 'eins\n\tzwei' });

    const csvFiller = Array.from({ length: 20 }, (_, n) => `"Max ${n}","Muster","nichts Besonderes"\r\n`).join('');
    const csv = `First Name,Last Name,Notes\r\n"Eve\u001b[2J","Null\u009b","eins\n\tzwei\u0007"\r\n${csvFiller}`;
    const [fromCsv] = transfer.preview(utf8(csv), 'evil.csv').items;
    expect(fromCsv?.contact).toMatchObject({ firstName: 'Eve[2J', lastName: 'Null', notes: 'eins\n\tzwei' });
  });
});
