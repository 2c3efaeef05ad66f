// The search's quality gate: labeled queries whose right answer must come first. It holds the misses the old
// ranking made (a swapped pair of letters, "Beck" under "Becker", a note word under the people whose notes share it,
// "Termin" finding "Katrin") and the letters people type both ways: ı, ø, é, ß, ä/ae. Recall only, never time.
import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchHit } from '../../../../shared/views';
import { aContact, anInteraction } from '../../../support/journal-fixtures';
import { servicesHarness } from '../../../support/services-harness';
import { QUALITY_SEED, QUERY_KINDS, labeledQueries, missesOf, qualityFigures, rankAll } from '../../../bench/search-quality';
import { syntheticJournal } from '../../../bench/synthetic-journal';

const JOURNAL_SEED = 7;

const people = {
  larsKoch: aContact({ firstName: 'Lars', lastName: 'Koch', organisation: 'Eigenes Haus' }),
  larsJensen: aContact({ firstName: 'Lars', lastName: 'Jensen', organisation: 'Limousinenservice Nord' }),
  katrinKoch: aContact({ firstName: 'Katrin', lastName: 'Koch', organisation: 'Messe Frankfurt', interests: ['Kochen'] }),
  klausBecker: aContact({ firstName: 'Klaus', lastName: 'Becker', organisation: 'Becker & Söhne' }),
  annaBeck: aContact({ firstName: 'Anna', lastName: 'Beck', organisation: 'Allianz' }),
  mehmet: aContact({ firstName: 'Mehmet', lastName: 'Yılmaz', organisation: 'Ford Köln' }),
  soren: aContact({ firstName: 'Søren', lastName: 'Søndergaard', organisation: 'Mærsk' }),
  chloe: aContact({ firstName: 'Chloé', lastName: 'Lefèvre', organisation: 'Airbus' }),
  hans: aContact({ firstName: 'Hans', lastName: 'Straße', organisation: 'Immobilien Straße GmbH' }),
  michael: aContact({ firstName: 'Michael', lastName: 'Schäfer', organisation: 'Lufthansa' }),
  petra: aContact({ firstName: 'Petra', lastName: 'Bär', organisation: 'Siemens Healthineers' }),
  // Her own notes share words with the encounters below: they must not push the encounters under her.
  nina: aContact({ firstName: 'Nina', lastName: 'Roth', notes: 'Hat nach dem Termin beim Vorstand gefragt; spielt Schach.' }),
};

const encounters = {
  chess: anInteraction({ contactIds: [people.larsJensen.id], date: '2025-03-04', note: 'Hat mich zum Schachturnier im Frühjahr eingeladen.' }),
  appointment: anInteraction({ contactIds: [people.hans.id], date: '2025-06-01', note: 'Termin beim Notar verschoben.' }),
};

let search: (text: string) => SearchHit[];

beforeAll(async () => {
  const { services } = servicesHarness({ contacts: Object.values(people), interactions: Object.values(encounters) });
  await services.search.whenReady();
  search = (text) => services.search.query({ text, limit: 10 });
});

const idOf = (hit: SearchHit | undefined) => (hit?.kind === 'interaction' ? hit.interactionId : hit?.contactId);

describe('the search quality gate', () => {
  it.each([
    // A swapped pair of letters is one edit.
    ['Lras Koch', people.larsKoch.id],
    ['Lars Kcoh', people.larsKoch.id],
    ['Katrni Koch', people.katrinKoch.id],
    // The same word before a longer one it begins.
    ['Beck', people.annaBeck.id],
    ['Becker', people.klausBecker.id],
    ['Koch Lars', people.larsKoch.id],
    // A word of one encounter's note finds that encounter, not the person whose notes share a word with it.
    ['Schachturnier', encounters.chess.id],
    ['Termin Notar', encounters.appointment.id],
    // Turkish, Nordic and French letters, typed as written or plainly.
    ['Yılmaz', people.mehmet.id],
    ['Yilmaz', people.mehmet.id],
    ['Søndergaard', people.soren.id],
    ['Sondergaard', people.soren.id],
    ['Maersk', people.soren.id],
    ['Lefèvre', people.chloe.id],
    ['Lefevre', people.chloe.id],
    ['Chloe', people.chloe.id],
    // ß and ss, ä and ae.
    ['Strasse', people.hans.id],
    ['Straße', people.hans.id],
    ['Schaefer', people.michael.id],
    ['Schafer', people.michael.id],
    ['Baer', people.petra.id],
  ])('%s finds the right record first', (query, expected) => {
    expect(idOf(search(query)[0])).toBe(expected);
  });

  it('ranks the same word before a typo in a name: "Termin" finds the encounter, not Katrin', () => {
    const hits = search('Termin');
    expect(hits[0]).toMatchObject({ kind: 'interaction', interactionId: encounters.appointment.id });
    const katrin = hits.findIndex((hit) => idOf(hit) === people.katrinKoch.id);
    expect(katrin === -1 || katrin > hits.findIndex((hit) => idOf(hit) === people.nina.id)).toBe(true);
  });

  it('shows both the person and an encounter for a word both hold', () => {
    const hits = search('Schach');
    expect(hits.map((hit) => hit.kind).sort()).toEqual(['contact', 'interaction']);
  });
});

// The bench's labeled set, drawn the same way from a smaller journal: every kind of query the bench measures, each
// with its right answers. The bench reports the full set next to MiniSearch and uFuzzy; here only the floor is held.
describe('the labeled set from a seeded journal', () => {
  it('puts a right answer first for nearly every query, and for most of every kind', async () => {
    const journal = syntheticJournal({ contacts: 2_000, interactions: 10_000, seed: JOURNAL_SEED });
    const { services } = servicesHarness({ contacts: journal.contacts, interactions: journal.interactions });
    await services.search.whenReady();
    const queries = labeledQueries(journal, QUALITY_SEED, 8);
    console.log(`[search quality] journal seed ${JOURNAL_SEED}, query seed ${QUALITY_SEED}, ${queries.length} queries`);
    const ranked = rankAll(queries, (text) => services.search.query({ text, limit: 20 }).map(idOf).filter((id): id is string => id !== undefined));
    const figures = qualityFigures(QUALITY_SEED, queries, { plausch: ranked });
    const misses = missesOf(queries, ranked).map(({ kind, text }) => `${kind}: ${text}`);
    expect(queries.length).toBeGreaterThanOrEqual(80);
    expect(figures.overall.plausch?.r1, misses.join('\n')).toBeGreaterThanOrEqual(0.95);
    for (const kind of QUERY_KINDS) {
      expect(figures.byKind[kind]?.plausch?.r1, `${kind}\n${misses.join('\n')}`).toBeGreaterThanOrEqual(0.85);
    }
  }, 120_000);
});
