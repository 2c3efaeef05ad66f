// "Vorgestellt von" through an import: by the id Plausch's vCard names, or by the name in Outlook's `Empfohlen von`,
// found among the file's new contacts and the journal's; a name two contacts share is not guessed.
import { describe, expect, it } from 'vitest';
import { aContact } from '../../../../support/journal-fixtures';
import { transferHarness } from './helpers';

const utf8 = (text: string) => new TextEncoder().encode(text);
const outlook = (rows: string[][]) =>
  ['Vorname;Nachname;Firma;Empfohlen von', ...rows.map((row) => row.join(';'))].join('\r\n');

async function importInto(seed: Parameters<typeof transferHarness>[0], text: string, fileName: string) {
  const harness = transferHarness(seed);
  const preview = await harness.transfer.preview(utf8(text), fileName);
  await harness.transfer.confirmImport(preview.importId, []);
  const contacts = [...harness.store.contacts.values()];
  const byName = (first: string) => contacts.find((c) => c.firstName === first);
  return { byName, contacts };
}

describe('who introduced whom, through an import', () => {
  it("finds Outlook's Empfohlen von among the file's new contacts and the journal's", async () => {
    const text = outlook([
      ['Jonas', 'Weber', 'Hartmann', 'Anna Berg'],
      ['Grete', 'Weiß', 'Weiß & Söhne', 'Ole Hansen'],
      ['Anna', 'Berg', 'Stadtwerke', ''],
    ]);
    const { byName } = await importInto({ contacts: [aContact({ id: 'c-ole', firstName: 'Ole', lastName: 'Hansen' })] }, text, 'kontakte.csv');
    expect(byName('Jonas')?.introducedById).toBe(byName('Anna')?.id);
    expect(byName('Grete')?.introducedById).toBe('c-ole');
    expect(byName('Anna')?.introducedById).toBeUndefined();
  });

  it('leaves a name two contacts share, an unknown name and a contact naming itself without an introducer', async () => {
    const text = outlook([
      ['Jonas', 'Weber', 'Hartmann', 'Anna Berg'],
      ['Grete', 'Weiß', 'Weiß & Söhne', 'Niemand Bekannt'],
      ['Paul', 'Roth', 'Roth GmbH', 'Paul Roth'],
    ]);
    const twoAnnas = [aContact({ firstName: 'Anna', lastName: 'Berg', organisation: 'A' }), aContact({ firstName: 'Anna', lastName: 'Berg', organisation: 'B' })];
    const { byName } = await importInto({ contacts: twoAnnas }, text, 'kontakte.csv');
    expect(byName('Jonas')?.introducedById).toBeUndefined();
    expect(byName('Grete')?.introducedById).toBeUndefined();
    expect(byName('Paul')?.introducedById).toBeUndefined();
  });

  it("follows the id in Plausch's vCard to the contact it became, before any name", async () => {
    const card = (uid: string, first: string, extra: string[] = []) =>
      ['BEGIN:VCARD', 'VERSION:4.0', `UID:urn:uuid:${uid}`, `FN:${first} Berg`, `N:Berg;${first};;;`, ...extra, 'END:VCARD'].join('\r\n');
    const text = [
      card('id-jonas', 'Jonas', ['X-PLAUSCH-INTRODUCED-BY;UID="id-anna":Anna Berg', 'X-PLAUSCH-ARCHIVED:true']),
      card('id-anna', 'Anna'),
    ].join('\r\n');
    // A second Anna Berg in the journal: the name alone would be ambiguous, the id is not.
    const { byName, contacts } = await importInto({ contacts: [aContact({ firstName: 'Anna', lastName: 'Berg', organisation: 'Andere' })] }, text, 'export.vcf');
    const annaFromFile = contacts.find((c) => c.firstName === 'Anna' && c.organisation === '');
    expect(annaFromFile).toBeDefined();
    expect(byName('Jonas')?.introducedById).toBe(annaFromFile?.id);
    expect(byName('Jonas')?.archived).toBe(true);
    expect(annaFromFile?.archived).toBe(false);
  });
});
