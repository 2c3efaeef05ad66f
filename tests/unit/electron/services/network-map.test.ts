// "Mein Netzwerk": the figures of the network page at a clock that stands still on Friday, 27 November 2026.
import { describe, expect, it } from 'vitest';
import { createNetworkMap } from '../../../../electron/main/services/network-map';
import { fixedClock } from '../../../../electron/main/services/clock';
import { createJournalWriter } from '../../../../electron/main/services/journal-writer';
import { silentLogger, type JournalStore } from '../../../../electron/main/store/types';
import type { Contact, Interaction, Settings } from '../../../../shared/model';
import { aContact, anInteraction } from '../../../support/journal-fixtures';
import { createMemoryStore } from '../../../support/memory-store';

const NOW = '2026-11-27T09:30:00+01:00';

function serviceOver(store: JournalStore) {
  return createNetworkMap({ store, clock: fixedClock(NOW), writer: createJournalWriter({ store, log: silentLogger }) });
}

function networkMap(seed: { contacts?: Contact[]; interactions?: Interaction[]; settings?: Partial<Settings> }) {
  return serviceOver(createMemoryStore(seed)).get();
}

const colleague = (firstName: string, department: string, fields: Partial<Parameters<typeof aContact>[0]> = {}) =>
  aContact({ firstName, lastName: 'Kollegin', organisation: 'Hartmann & Partner', department, relation: 'internal', ...fields });

describe('network map: the people', () => {
  it('groups active contacts by organisation and department, folding spellings, and leaves archived ones out', () => {
    const anna = colleague('Anna', 'Einkauf');
    const bernd = colleague('Bernd', 'einkauf', { organisation: 'HARTMANN & PARTNER' });
    const carla = colleague('Carla', 'Personal');
    const dora = colleague('Dora', '');
    const gone = colleague('Gerd', 'Einkauf', { archived: true });
    const claire = aContact({ firstName: 'Claire', organisation: 'Lumen Consulting', relation: 'external' });
    const solo = aContact({ firstName: 'Solo', organisation: '', relation: 'external' });

    const map = networkMap({ contacts: [solo, claire, dora, carla, gone, bernd, anna] });

    expect(map.groups.map((g) => [g.relation, g.organisation, g.department, g.people.map((p) => p.name)])).toEqual([
      ['internal', 'Hartmann & Partner', 'Einkauf', ['Anna Kollegin', 'Bernd Kollegin']],
      ['internal', 'Hartmann & Partner', 'Personal', ['Carla Kollegin']],
      ['internal', 'Hartmann & Partner', '', ['Dora Kollegin']],
      ['external', 'Lumen Consulting', '', ['Claire Mustermann']],
      ['external', '', '', ['Solo Mustermann']],
    ]);
    expect(map.totals).toMatchObject({ internal: 4, external: 2 });
    expect(map.groups.flatMap((g) => g.people).map((p) => p.contactId)).not.toContain(gone.id);
  });

  it('puts larger organisations first and takes as own organisation the one most internal contacts have', () => {
    const contacts = [
      aContact({ firstName: 'A', organisation: 'Kleinfirma', relation: 'internal' }),
      colleague('B', 'IT'),
      colleague('C', 'IT'),
      aContact({ firstName: 'D', organisation: 'Großkunde', relation: 'external' }),
      aContact({ firstName: 'E', organisation: 'Großkunde', relation: 'external' }),
      aContact({ firstName: 'F', organisation: 'Großkunde', relation: 'external' }),
      aContact({ firstName: 'G', organisation: 'Agentur', relation: 'external' }),
    ];
    const map = networkMap({ contacts });
    expect(map.ownOrganisation).toBe('Hartmann & Partner');
    expect([...new Set(map.groups.map((g) => `${g.relation} ${g.organisation}`))]).toEqual([
      'internal Hartmann & Partner',
      'internal Kleinfirma',
      'external Großkunde',
      'external Agentur',
    ]);
  });

  it('colours each person by keep-in-touch: ok, due, overdue, and none without a rhythm', () => {
    const fresh = colleague('Frisch', 'IT', { cadenceDays: 30 });
    const due = colleague('Fällig', 'IT', { cadenceDays: 30 });
    const late = colleague('Spät', 'IT', { cadenceDays: 30 });
    const free = colleague('Frei', 'IT');
    const tagged = colleague('Vorstand', 'IT', { tags: ['Vorstand'] });
    const meet = (contact: Contact, date: string) => anInteraction({ contactIds: [contact.id], date });
    const map = networkMap({
      contacts: [fresh, due, late, free, tagged],
      interactions: [meet(fresh, '2026-11-17'), meet(due, '2026-10-25'), meet(late, '2026-10-01'), meet(free, '2020-01-01'), meet(tagged, '2026-11-01')],
      settings: { tagCadences: { vorstand: 14 } },
    });
    const warmth = Object.fromEntries(map.groups.flatMap((g) => g.people).map((p) => [p.name.split(' ')[0], p.warmth]));
    // 10 days of 30: ok; 33 of 30: due; 57 of 30 (past 1.5 × 30): overdue; 26 of the tag's 14: overdue.
    expect(warmth).toEqual({ Frisch: 'ok', Fällig: 'due', Spät: 'overdue', Frei: 'none', Vorstand: 'overdue' });
    expect(map.totals.byWarmth).toEqual({ ok: 1, due: 1, overdue: 2, none: 1 });
  });

  it('gives everyone the default rhythm where one is set', () => {
    const someone = colleague('Jemand', 'IT');
    const map = networkMap({
      contacts: [someone],
      interactions: [anInteraction({ contactIds: [someone.id], date: '2026-11-20' })],
      settings: { defaultCadenceDays: 90 },
    });
    expect(map.groups[0]?.people[0]?.warmth).toBe('ok');
  });
});

describe('network map: people of further organisations', () => {
  it('sends the first six organisations per side with their people, the others by name and size until asked for', () => {
    const contacts = Array.from({ length: 8 }, (_, n) =>
      Array.from({ length: 8 - n }, (_, k) => aContact({ firstName: `P${k}`, lastName: `Firma${n}`, organisation: `Firma ${n + 1}`, relation: 'external', cadenceDays: 30 })),
    ).flat();
    const store = createMemoryStore({ contacts });
    const service = serviceOver(store);
    const map = service.get();
    expect(map.groups.map((g) => [g.organisation, g.size, g.people.length])).toEqual([
      ['Firma 1', 8, 8], ['Firma 2', 7, 7], ['Firma 3', 6, 6], ['Firma 4', 5, 5], ['Firma 5', 4, 4], ['Firma 6', 3, 3],
    ]);
    expect(map.moreOrganisations).toEqual([
      { relation: 'external', organisation: 'Firma 7', size: 2 },
      { relation: 'external', organisation: 'Firma 8', size: 1 },
    ]);
    const later = service.people({ relation: 'external', organisations: ['Firma 7', 'Firma 8'] });
    // Entered in January 2025 and never met since: past one and a half times the 30 days.
    expect(later[0]?.byWarmth).toEqual({ ok: 0, due: 0, overdue: 2, none: 0 });
    expect(later.map((g) => [g.organisation, g.people.map((p) => p.name)])).toEqual([
      ['Firma 7', ['P0 Firma6', 'P1 Firma6']],
      ['Firma 8', ['P0 Firma7']],
    ]);
    expect(service.people({ relation: 'internal', organisations: ['Firma 7'] })).toEqual([]);
  });
});

describe('network map: white spots', () => {
  it("lists the user's departments and those of archived colleagues where no active contact is known", () => {
    const map = networkMap({
      contacts: [
        colleague('Anna', 'Einkauf'),
        colleague('Gerd', 'Recht', { archived: true }),
        // Gone from Einkauf, but Anna is still there.
        colleague('Gisela', 'Einkauf', { archived: true }),
        // Another firm's department is not a white spot of the own organisation.
        aContact({ firstName: 'Ex', organisation: 'Lumen Consulting', department: 'Marketing', relation: 'external', archived: true }),
      ],
      settings: { ownDepartments: ['Vorstand', 'Einkauf'] },
    });
    expect(map.whiteSpots).toEqual(['Recht', 'Vorstand']);
  });

  it('matches umlaut, ß and case variants as one department, in the spelling of the user\'s list', () => {
    const map = networkMap({
      contacts: [
        colleague('Anna', 'Geschaeftsfuehrung'),
        colleague('Bernd', 'PERSONAL'),
        colleague('Carla', 'Außendienst', { archived: true }),
        colleague('Dora', 'aussendienst', { archived: true }),
        colleague('Emil', 'Öffentlichkeitsarbeit', { archived: true }),
      ],
      settings: { ownDepartments: ['Geschäftsführung', 'Personal', 'Oeffentlichkeitsarbeit', '  Qualität '] },
    });
    expect(map.whiteSpots).toEqual(['Außendienst', 'Oeffentlichkeitsarbeit', 'Qualität']);
  });

  it('counts internal contacts without an organisation as colleagues', () => {
    const map = networkMap({
      contacts: [colleague('Anna', 'IT'), colleague('Ohne', 'Empfang', { organisation: '' })],
      settings: { ownDepartments: ['Empfang', 'IT', 'Poststelle'] },
    });
    expect(map.whiteSpots).toEqual(['Poststelle']);
  });
});

describe('network map: the year in encounters and favours', () => {
  const anna = colleague('Anna', 'IT');
  const on = (date: string, type: Interaction['type'] = 'coffee', fields: Partial<Interaction> = {}) =>
    anInteraction({ contactIds: [anna.id], date, type, ...fields });

  it('counts encounters per Monday week over the last 52 weeks, by type, the current week last', () => {
    const map = networkMap({
      contacts: [anna],
      interactions: [
        on('2025-11-30'), // the Sunday before the first week: left out
        on('2025-12-01'), // the first week's Monday
        on('2025-12-07', 'lunch'), // its Sunday
        on('2026-11-23', 'call'),
        on('2026-11-27', 'call'),
        on('2026-11-27', 'favourReceived', { pending: true }), // asked for, not happened: left out
        on('2026-11-28'), // tomorrow: left out
      ],
    });
    expect(map.encountersPerWeek).toHaveLength(52);
    expect(map.encountersPerWeek[0]).toEqual({ weekStart: '2025-12-01', counts: { coffee: 1, lunch: 1 } });
    expect(map.encountersPerWeek[1]).toEqual({ weekStart: '2025-12-08', counts: {} });
    expect(map.encountersPerWeek[51]).toEqual({ weekStart: '2026-11-23', counts: { call: 2 } });
    const total = map.encountersPerWeek.reduce((sum, week) => sum + Object.values(week.counts).reduce((a, b) => a + b, 0), 0);
    expect(total).toBe(4);
  });

  it('counts each encounter once, however many people were there', () => {
    const bernd = colleague('Bernd', 'IT');
    const map = networkMap({ contacts: [anna, bernd], interactions: [anInteraction({ contactIds: [anna.id, bernd.id], date: '2026-11-24', type: 'lunch' })] });
    expect(map.encountersPerWeek[51]?.counts).toEqual({ lunch: 1 });
  });

  it('counts favours given and received per month over twelve months, leaving out pending requests', () => {
    const map = networkMap({
      contacts: [anna],
      interactions: [
        on('2025-11-30', 'favourGiven'), // thirteen months back: left out
        on('2025-12-01', 'favourGiven'),
        on('2025-12-31', 'favourReceived'),
        on('2026-11-02', 'favourReceived'),
        on('2026-11-20', 'favourReceived', { pending: true }),
        on('2026-11-21', 'favourGiven'),
        on('2026-11-21', 'coffee'),
        on('2026-11-30', 'favourGiven'), // later this month, not yet: left out
      ],
    });
    expect(map.favoursPerMonth.map((m) => m.month)).toEqual([
      '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11',
    ]);
    expect(map.favoursPerMonth[0]).toEqual({ month: '2025-12', given: 1, received: 1 });
    expect(map.favoursPerMonth[11]).toEqual({ month: '2026-11', given: 1, received: 1 });
    expect(map.favoursPerMonth.slice(1, 11).every((m) => m.given === 0 && m.received === 0)).toBe(true);
  });

  it('gives an empty journal empty weeks and months', () => {
    const map = networkMap({});
    expect(map.groups).toEqual([]);
    expect(map.ownOrganisation).toBe('');
    expect(map.encountersPerWeek.every((week) => Object.keys(week.counts).length === 0)).toBe(true);
    expect(map.favoursPerMonth).toHaveLength(12);
    expect(map.totals).toEqual({ internal: 0, external: 0, byWarmth: { ok: 0, due: 0, overdue: 0, none: 0 } });
  });
});

describe('network map: kept for the day', () => {
  it('counts an encounter logged after the page was first read', async () => {
    const anna = colleague('Anna', 'Einkauf');
    const store = createMemoryStore({ contacts: [anna] });
    const writer = createJournalWriter({ store, log: silentLogger });
    const service = createNetworkMap({ store, clock: fixedClock(NOW), writer });
    const total = (map: ReturnType<typeof service.get>) => map.encountersPerWeek.reduce((sum, week) => sum + Object.values(week.counts).reduce((a, b) => a + b, 0), 0);
    expect(total(service.get())).toBe(0);
    const coffee = anInteraction({ contactIds: [anna.id], type: 'coffee', date: '2026-11-26' });
    await writer.write(() => ({ changes: [{ op: 'put', collection: 'interactions', value: coffee }], result: null }));
    expect(total(service.get())).toBe(1);
  });
});
