// Retention proposals: only archived people, only those untouched for longer than the chosen years, oldest first, and
// none while retention is off.
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../../../../electron/main/services/clock';
import { retentionProposals, yearsBefore } from '../../../../../electron/main/services/privacy/retention';
import { aContact, anInteraction } from '../../../../support/journal-fixtures';
import { createMemoryStore } from '../../../../support/memory-store';

const NOW = '2026-12-03T09:30:00.000Z';

function journal(retentionYears?: number) {
  return createMemoryStore({
    contacts: [
      aContact({ id: 'old-archived', firstName: 'Olga', archived: true, createdAt: '2019-01-10T10:00:00.000Z' }),
      aContact({ id: 'older-archived', firstName: 'Otto', archived: true, createdAt: '2018-05-10T10:00:00.000Z' }),
      aContact({ id: 'old-active', firstName: 'Anton', createdAt: '2018-01-10T10:00:00.000Z' }),
      aContact({ id: 'archived-met-lately', firstName: 'Mia', archived: true, createdAt: '2018-01-10T10:00:00.000Z' }),
      aContact({ id: 'archived-changed-lately', firstName: 'Carl', archived: true, createdAt: '2026-02-01T10:00:00.000Z' }),
    ],
    interactions: [
      anInteraction({ contactIds: ['archived-met-lately', 'old-active'], date: '2026-06-01' }),
      anInteraction({ contactIds: ['old-archived', 'old-active'], date: '2025-06-01' }),
      anInteraction({ contactIds: ['older-archived'], date: '2019-02-01' }),
    ],
    settings: retentionYears === undefined ? {} : { retentionYears },
  });
}

describe('retentionProposals', () => {
  it('proposes archived people whose last touch is older than the chosen years, the longest untouched first', () => {
    expect(retentionProposals(journal(3), fixedClock(NOW))).toEqual([
      { contactId: 'older-archived', name: 'Otto Mustermann', lastTouched: '2019-02-01' },
    ]);
    expect(retentionProposals(journal(1), fixedClock(NOW)).map((p) => p.contactId)).toEqual(['older-archived', 'old-archived']);
  });

  it('proposes nobody while retention is off', () => {
    expect(retentionProposals(journal(undefined), fixedClock(NOW))).toEqual([]);
  });

  it('counts a touch exactly the chosen years ago as recent enough', () => {
    const store = createMemoryStore({
      contacts: [aContact({ id: 'edge', archived: true, createdAt: '2020-01-01T10:00:00.000Z' })],
      interactions: [anInteraction({ contactIds: ['edge'], date: '2023-12-03' })],
      settings: { retentionYears: 3 },
    });
    expect(retentionProposals(store, fixedClock(NOW))).toEqual([]);
    expect(retentionProposals(store, fixedClock('2026-12-04T09:30:00.000Z')).map((p) => p.contactId)).toEqual(['edge']);
  });

  it('goes back whole years, 29 February to the 28th', () => {
    expect(yearsBefore('2028-02-29', 1)).toBe('2027-02-28');
    expect(yearsBefore('2028-02-29', 4)).toBe('2024-02-29');
    expect(yearsBefore('2026-12-03', 10)).toBe('2016-12-03');
  });
});
