import { describe, expect, it } from 'vitest';
import { importConfirmSchema } from '../../../../../shared/transfer';
import { transferHarness } from './helpers';

/** A Google-style CSV: name and one or two addresses per row. */
function csv(rows: [string, string, string?][]): Uint8Array {
  const lines = ['Given Name,Family Name,E-mail 1 - Value,E-mail 2 - Value', ...rows.map(([first, last, email = '']) => `${first},${last},${email}`)];
  return new TextEncoder().encode(`${lines.join('\n')}\n`);
}

const addressBook = csv([
  ['Anna', 'Schmidt', 'anna.schmidt@firma.de'],
  ['Ben', 'Koch', 'ben.koch@Mail.Firma.de'],
  ['Cem', 'Yilmaz', 'cem@firma.de'],
  ['Dora', 'Kunde', 'dora@kunde.example'],
  ['Emil', 'Privat', 'emil@gmail.com'],
  ['Fritz', 'Ohne'],
]);

describe('import: intern or extern by e-mail domain', () => {
  it('files contacts at an own domain (subdomains and any case too) as intern, all others as extern', async () => {
    const { transfer, store } = transferHarness({ settings: { ownEmailDomains: ['firma.de'] } });
    const preview = await transfer.preview(addressBook, 'google.csv');
    expect(preview.items.map((item) => [item.contact.firstName, item.domain, item.contact.relation])).toEqual([
      ['Anna', 'firma.de', 'internal'],
      ['Ben', 'firma.de', 'internal'],
      ['Cem', 'firma.de', 'internal'],
      ['Dora', 'kunde.example', 'external'],
      ['Emil', 'gmail.com', 'external'],
      ['Fritz', '', 'external'],
    ]);
    expect(preview.domainGroups).toEqual([
      { domain: 'firma.de', count: 3, relation: 'internal', reason: 'own' },
      { domain: 'gmail.com', count: 1, relation: 'external', reason: 'other' },
      { domain: 'kunde.example', count: 1, relation: 'external', reason: 'other' },
      { domain: '', count: 1, relation: 'external', reason: 'noEmail' },
    ]);

    await transfer.confirmImport(preview.importId, []);
    const byName = new Map([...store.contacts.values()].map((contact) => [contact.firstName, contact.relation]));
    expect(Object.fromEntries(byName)).toEqual({ Anna: 'internal', Ben: 'internal', Cem: 'internal', Dora: 'external', Emil: 'external', Fritz: 'external' });
  });

  it('without own domains, suggests the most frequent company domain rather than calling everyone intern', async () => {
    const { transfer } = transferHarness();
    const preview = await transfer.preview(addressBook, 'google.csv');
    expect(preview.domainGroups[0]).toEqual({ domain: 'firma.de', count: 3, relation: 'internal', reason: 'suggested' });
    expect(preview.items.filter((item) => item.contact.relation === 'internal').map((item) => item.contact.firstName)).toEqual(['Anna', 'Ben', 'Cem']);
  });

  it('with a colleague who also gave a private address, goes by the own one', async () => {
    const { transfer } = transferHarness({ settings: { ownEmailDomains: ['firma.de'] } });
    const preview = await transfer.preview(csv([['Gabi', 'Doppelt', 'gabi@gmail.com,gabi@firma.de']]), 'google.csv');
    expect(preview.items[0]).toMatchObject({ domain: 'firma.de', contact: { relation: 'internal' } });
  });

  it("applies the user's correction per group to every new contact in it, and leaves other groups as proposed", async () => {
    const { transfer, store } = transferHarness({ settings: { ownEmailDomains: ['firma.de'] } });
    const preview = await transfer.preview(addressBook, 'google.csv');
    await transfer.confirmImport(preview.importId, [], [
      { domain: 'firma.de', relation: 'external' },
      { domain: '', relation: 'internal' },
    ]);
    const relationOf = (name: string) => [...store.contacts.values()].find((contact) => contact.firstName === name)?.relation;
    expect(['Anna', 'Ben', 'Cem'].map(relationOf)).toEqual(['external', 'external', 'external']);
    expect(relationOf('Fritz')).toBe('internal');
    expect(relationOf('Dora')).toBe('external');
  });

  it('checks the corrections that come over IPC', () => {
    const parse = (relations: unknown) => importConfirmSchema.safeParse({ importId: 'i', relations }).success;
    expect(parse([{ domain: 'firma.de', relation: 'internal' }, { domain: '', relation: 'external' }])).toBe(true);
    expect(parse([{ domain: 'firma.de', relation: 'boss' }])).toBe(false);
    expect(parse([{ domain: 'no domain', relation: 'internal' }])).toBe(false);
    expect(parse([{ domain: 'firma.de', relation: 'internal', extra: 1 }])).toBe(false);
    expect(importConfirmSchema.parse({ importId: 'i' }).relations).toEqual([]);
  });
});
