// "Kann helfen bei" through Plausch's own vCard: out as X-PLAUSCH-CAN-HELP lines, back in as the same entries, and on
// a merge into a contact that has some already, the existing ones kept and only the new ones added.
import { describe, expect, it } from 'vitest';
import { aContact } from '../../../../support/journal-fixtures';
import { transferHarness } from './helpers';

const petra = aContact({
  id: 'c-petra',
  firstName: 'Petra',
  lastName: 'Lang',
  emails: ['petra.lang@example.com'],
  canHelpWith: ['Raumbuchung', 'Vorstandskalender, Reisen; IT'],
});

async function exported(version: 'vcard' | 'vcard3') {
  const { transfer } = transferHarness({ contacts: [petra] });
  return (await transfer.exportFile(version, 'de')).content;
}

describe('"kann helfen bei" in the vCard', () => {
  it('is written one entry a line, commas and semicolons escaped', async () => {
    const card = await exported('vcard');
    expect(card).toContain('X-PLAUSCH-CAN-HELP:Raumbuchung\r\n');
    expect(card).toContain('X-PLAUSCH-CAN-HELP:Vorstandskalender\\, Reisen\\; IT\r\n');
  });

  it('comes back as it went out from vCard 4.0 and 3.0', async () => {
    for (const version of ['vcard', 'vcard3'] as const) {
      const { transfer, store } = transferHarness();
      const preview = await transfer.preview(new TextEncoder().encode(await exported(version)), 'kontakte.vcf');
      expect(preview.items[0]?.contact.canHelpWith, version).toEqual(petra.canHelpWith);
      await transfer.confirmImport(preview.importId, []);
      expect([...store.contacts.values()][0]?.canHelpWith, version).toEqual(petra.canHelpWith);
    }
  });

  it('merged into the same person keeps her entries and adds the new ones, each once', async () => {
    const current = { ...petra, canHelpWith: ['raumbuchung', 'Catering'] };
    const { transfer, store } = transferHarness({ contacts: [current] });
    const preview = await transfer.preview(new TextEncoder().encode(await exported('vcard')), 'kontakte.vcf');
    expect(preview.items[0]?.duplicate?.changedFields).toContain('canHelpWith');
    await transfer.confirmImport(preview.importId, [{ index: 0, action: 'update' }]);
    expect(store.contacts.get('c-petra')?.canHelpWith).toEqual(['raumbuchung', 'Catering', 'Vorstandskalender, Reisen; IT']);
  });
});
