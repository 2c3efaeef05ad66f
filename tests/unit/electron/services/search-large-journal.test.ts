// Search quality where it is hardest: a journal of years (10,000 contacts, 100,000 interactions), where a typed word
// matches thousands of records and the index reads only the best-matching words' postings in full.
import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchHit } from '../../../../shared/views';
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
