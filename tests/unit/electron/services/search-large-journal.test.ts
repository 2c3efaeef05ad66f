// Search quality where it is hardest: a journal of years (10,000 contacts, 100,000 interactions), where the index
// hands fuse only a few hundred candidates. The right record must still come first, and the scores must be the
// ones plain fuse.js over every record gives.
import Fuse from 'fuse.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchHit } from '../../../../shared/views';
import { fuseOptions, type SearchDoc } from '../../../../electron/main/services/search';
import { fold } from '../../../../electron/main/services/search-text';
import { aContact, anInteraction } from '../../../support/journal-fixtures';
import { servicesHarness } from '../../../support/services-harness';
import { syntheticJournal } from '../../../bench/synthetic-journal';

const hannelore = aContact({ firstName: 'Hannelore', lastName: 'Kreutzberger', role: 'Protokoll', organisation: 'Auswärtiges Amt' });
const dentist = anInteraction({ contactIds: [hannelore.id], type: 'call', date: '2024-02-02', note: 'Hat den Zahnarzttermin auf Donnerstag verschoben.' });

describe('search in a journal of 10,000 contacts and 100,000 interactions', () => {
  let hits: (text: string) => SearchHit[];

  beforeAll(async () => {
    const journal = syntheticJournal({ contacts: 10_000, interactions: 100_000 });
    const { services } = servicesHarness({ contacts: [...journal.contacts.slice(0, 5_000), hannelore, ...journal.contacts.slice(5_000)], interactions: [...journal.interactions, dentist] });
    await services.search.whenReady();
    hits = (text) => services.search.query({ text, limit: 10 });
  }, 120_000);

  it('finds the right person first', () => {
    expect(hits('Hannelore Kreutzberger')[0]).toMatchObject({ kind: 'contact', contactId: hannelore.id });
    expect(hits('Kreutzberger')[0]).toMatchObject({ kind: 'contact', contactId: hannelore.id });
    expect(hits('Sabine Schmitt')[0]).toMatchObject({ kind: 'contact', title: 'Sabine Schmitt' });
  });

  it('finds a misspelled name', () => {
    expect(hits('Hanelore Kreuzberger')[0]).toMatchObject({ kind: 'contact', contactId: hannelore.id });
    expect(hits('Kroitzberger')[0]).toMatchObject({ kind: 'contact', contactId: hannelore.id });
    expect(hits('Auswartiges Amt')[0]).toMatchObject({ kind: 'contact', contactId: hannelore.id });
  });

  it('finds a word in one note among 100,000', () => {
    expect(hits('Zahnarzttermin')[0]).toMatchObject({ kind: 'interaction', interactionId: dentist.id, title: 'Hannelore Kreutzberger' });
    expect(hits('Zahnarztermin')[0]).toMatchObject({ kind: 'interaction', interactionId: dentist.id });
  });

  it('answers short input from the beginnings of names', () => {
    const result = hits('Ha');
    expect(result.length).toBeGreaterThan(0);
    expect(result.every((hit) => hit.kind === 'contact')).toBe(true);
  });
});

describe('the candidate filter', () => {
  it('gives the same best score as plain fuse.js over every record', async () => {
    const journal = syntheticJournal({ contacts: 1_000, interactions: 10_000, seed: 3 });
    const { services, store } = servicesHarness({ contacts: journal.contacts, interactions: journal.interactions });
    await services.search.whenReady();
    const docs: SearchDoc[] = [
      ...[...store.contacts.values()].filter((c) => !c.archived).map((contact): SearchDoc => ({ kind: 'contact', id: contact.id, contact })),
      ...[...store.interactions.values()].map((interaction): SearchDoc => ({ kind: 'interaction', id: interaction.id, interaction })),
    ];
    const plain = new Fuse(docs, fuseOptions);
    // Not 'Goethestrasse': plain fuse ranks "Renate Straße" first for it, matching "te Strasse" across the space with
    // four errors in the heavily weighted name. The word index proposes whole-word matches only and so shows the
    // notes that do mention the Goethestraße; that difference is deliberate.
    const queries = ['Schmitt', 'Sabin Schmidt', 'Jurgen Mueler', 'Henkel', 'Microsft', 'Einschulung', 'Schultuete', 'marathon', 'Kantine', 'Caterer', 'Vorstandsassistenz'];
    for (const query of queries) {
      const best = plain
        .search(fold(query), { limit: 50 })
        .map((result) => (result.score ?? 1) + (result.item.kind === 'interaction' ? 0.05 : 0))
        .sort((a, b) => a - b)[0];
      expect({ query, score: services.search.query({ text: query })[0]?.score }).toEqual({ query, score: best });
    }
  }, 60_000);
});
