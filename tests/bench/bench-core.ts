// The benchmark's measurements: a seeded journal in a temp folder, opened by the real store, searched and written by
// the real services, each figure next to its baseline (plain fuse.js over every record, one lowdb file rewritten per
// change, JSON.parse plus zod of one file) measured in the same run on the same data. Times are reported, never
// asserted: this machine's speed is not a test's business.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Fuse from 'fuse.js';
import { JSONFile } from 'lowdb/node';
import { Low } from 'lowdb';
import { createRouter } from '../../electron/main/ipc/router';
import { createServices } from '../../electron/main/services';
import { fixedClock } from '../../electron/main/services/clock';
import { createContactOverview } from '../../electron/main/services/contact-overview';
import { createInteractionIndex } from '../../electron/main/services/interaction-index';
import type { JournalWriter } from '../../electron/main/services/journal-writer';
import { createOccasionsAhead } from '../../electron/main/services/occasions-ahead';
import type { SearchDoc } from '../../electron/main/services/search';
import { fold } from '../../electron/main/services/search-text';
import { openStore, openStoreEarly } from '../../electron/main/store';
import { currentSchemaVersion, documentSchema } from '../../electron/main/store/document';
import type { JournalStore, Logger, Unlock } from '../../electron/main/store/types';
import { askNeeds, searchQueries, syntheticJournal, type SyntheticJournal } from './synthetic-journal';
import { timeCalendar, type CalendarFigures } from './calendar-figures';
import { PEER_WEIGHTS, foldedValues, miniSearchEngine, peerDocs, uFuzzyEngine, type PeerEngine } from './search-peers';
import { QUALITY_SEED, labeledQueries, missesOf, qualityFigures, rankAll, type Miss, type QualityFigures } from './search-quality';
import { HELP_JOURNAL_NOW, helpContacts, helpInteractions, rightPersonFirst } from '../support/help-journal';
import { createMemoryStore } from '../support/memory-store';

export const BENCH_NOW = '2026-11-27T09:30:00+01:00';

export interface BenchOptions {
  contacts: number;
  interactions: number;
  /** Interaction counts to repeat the search and save figures at; the full scale is always included. */
  growth?: number[];
  /** Keystrokes timed against the plain fuse.js baseline (each takes most of a second at full scale). */
  baselineKeystrokes?: number;
  saves?: number;
  /** How many times Today is read while the journal stands still. */
  todayCalls?: number;
  /** VEVENTs in the synthetic calendar (5,000 unless given). */
  calendarEvents?: number;
  log?: (line: string) => void;
}

export interface BenchResult {
  scale: { contacts: number; interactions: number };
  /** What the store held after opening the seeded journal (the save measurement adds to it afterwards). */
  loaded: { contacts: number; interactions: number };
  search: {
    p50: number;
    p95: number;
    baselineP95: number;
    keystrokes: number;
    /** Share of keystrokes of three letters or more that found something. */
    withHits: number;
    indexBuildMs: number;
    /** Recall@1 and @5 of Plausch and its peers on the labeled set (search-quality.ts). */
    quality: QualityFigures;
    /** The peers (search-peers.ts) over the same keystrokes, after one untimed pass. */
    peers: PeerFigures;
  };
  save: { p50: number; p95: number; baselineP95: number };
  today: TodayFigures;
  /**
   * `contacts:overview` as the contact list reads it (last contact, status, next occasion of every contact): while the
   * journal stands still, and its first call after an encounter is logged. `recomputeP95` is the list computed from
   * nothing (a fresh interaction index and every contact), as it would cost without being kept and followed.
   */
  contactOverview: { p50: number; p95: number; afterCommitP95: number; recomputeP95: number; calls: number };
  /**
   * `ms`: until the store hands over the main file (settings, contacts, coach), when the app starts its windows;
   * `historyMs`: until every interaction is in memory as well, which happens while the windows load.
   */
  load: { ms: number; historyMs: number; baselineMs: number };
  heapMB: number;
  /** Chromium's first contentful paint of the app's page, over a backend already open. */
  firstPaintMs?: number;
  /** Until the first screen is painted with its data, over a backend already open. */
  firstScreenMs?: number;
  /** From opening the data folder to the first screen painted with its data, the page loading meanwhile. */
  coldStartMs?: number;
  rendererKB?: number;
  growth: { interactions: number; searchP95: number; saveP95: number }[];
  ask: AskFigures;
  calendar: CalendarFigures;
}

/** Per peer engine: time per keystroke and how long building it over the journal took. */
export type PeerFigures = Record<string, { p50: number; p95: number; buildMs: number }>;

/** `--only search`: Plausch's time per keystroke, the labeled set's recall and the peers, and Plausch's misses. */
export interface SearchFigures {
  p50: number;
  p95: number;
  keystrokes: number;
  quality: QualityFigures;
  peers: PeerFigures;
  misses: (Miss & { firstTitle?: string })[];
}

/**
 * "Wer kann helfen?" (`help:ask` through the router): `p50`/`p95` over `needs` seeded needs (`seed`) after one untimed
 * pass, whose first call builds the help profiles (`buildMs`); `quality` is the right person first on the test journal
 * with known helpers (tests/support/help-journal.ts).
 */
export interface AskFigures {
  p50: number;
  p95: number;
  needs: number;
  seed: number;
  buildMs: number;
  /** What the help profiles add to the heap (measured when the garbage collector is exposed, as `npm run bench` does). */
  profilesMB?: number;
  quality: { right: number; total: number };
}

/**
 * `today:get` as the Today screen calls it: while the journal stands still (`p50`, `p95`, over `calls` reads), and the
 * first call after each of `commits` commits of every kind the day follows — an encounter logged, a contact archived
 * and brought back, a suggestion put off — (`afterCommitP50`, `afterCommitP95`). `recomputeP95` is the day computed
 * from nothing (`today.afresh()`), as every call after a commit did before the view was updated in place.
 */
export interface TodayFigures {
  p50: number;
  p95: number;
  afterCommitP50: number;
  afterCommitP95: number;
  recomputeP95: number;
  calls: number;
  commits: number;
}

const quiet: Logger = { info() {}, warn() {}, error() {} };

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

export const round = (value: number) => Math.round(value * 10) / 10;

/** Every prefix of every query, as they arrive while typing. */
export function keystrokesOf(queries: readonly string[]): string[] {
  return queries.flatMap((query) => Array.from({ length: query.length }, (_, i) => query.slice(0, i + 1)).filter((text) => text.trim()));
}

/** Writes the journal through the real store, so the files are exactly what the app itself leaves behind. */
export async function seedJournal(dir: string, journal: SyntheticJournal): Promise<void> {
  const store = await openStore({ dir, clock: fixedClock(BENCH_NOW), log: quiet });
  await store.commit([
    ...journal.contacts.map((value) => ({ op: 'put' as const, collection: 'contacts' as const, value })),
    ...journal.interactions.map((value) => ({ op: 'put' as const, collection: 'interactions' as const, value })),
  ]);
  await store.close();
}

/** Opens the journal as the app does, timing the open; `unlock` for an encrypted folder. */
export async function openServices(dir: string, unlock?: Unlock) {
  const clock = fixedClock(BENCH_NOW);
  const start = performance.now();
  const store = await openStoreEarly({ dir, clock, log: quiet, ...(unlock ? { unlock } : {}) });
  const loadMs = performance.now() - start;
  await store.complete;
  const historyMs = performance.now() - start;
  const services = createServices({
    store,
    clock,
    log: quiet,
    appInfo: { version: 'bench', dataDir: dir, systemLanguage: 'de-DE' },
    notifier: { notify: () => undefined } as never,
  });
  return { store, services, loadMs, historyMs };
}

type Services = Awaited<ReturnType<typeof openServices>>['services'];

function timeSearches(services: Services, keystrokes: readonly string[]): { times: number[]; firstHits: (string | undefined)[] } {
  const times: number[] = [];
  const firstHits: (string | undefined)[] = [];
  for (const text of keystrokes) {
    const start = performance.now();
    const hits = services.search.query({ text, limit: 20 });
    times.push(performance.now() - start);
    const first = hits[0];
    firstHits.push(first ? (first.kind === 'contact' ? first.contactId : first.interactionId) : undefined);
  }
  return { times, firstHits };
}

const hitId = (hit: ReturnType<Services['search']['query']>[number]) => (hit.kind === 'contact' ? hit.contactId : hit.interactionId);

/** Time per keystroke of a peer engine: one untimed pass, as Plausch gets, then one timed. */
function timePeer(engine: PeerEngine, keystrokes: readonly string[]): number[] {
  for (const text of keystrokes) engine(text);
  return keystrokes.map((text) => {
    const start = performance.now();
    engine(text);
    return performance.now() - start;
  });
}

/** A record as a person reads it in the misses' log: a contact's name, an encounter's date and note. */
function describe(store: JournalStore, id: string): string {
  const contact = store.contacts.get(id);
  if (contact) return `${contact.firstName} ${contact.lastName}`;
  const interaction = store.interactions.get(id);
  return interaction ? `encounter ${interaction.date} "${interaction.note.slice(0, 50)}"` : id;
}

/**
 * The labeled set (drawn from what the store holds, as searched) answered by Plausch, MiniSearch and uFuzzy, and the
 * peers timed over `keystrokes`. The peers are built one after the other and dropped, so only one index is held.
 */
function searchQualityAndPeers(services: Services, store: JournalStore, keystrokes: readonly string[], log: (line: string) => void) {
  const journal = { contacts: [...store.contacts.values()], interactions: [...store.interactions.values()] };
  const queries = labeledQueries(journal, QUALITY_SEED);
  log(`search quality: ${queries.length} labeled queries, seed ${QUALITY_SEED}`);
  const rankings: Record<string, string[][]> = { Plausch: rankAll(queries, (text) => services.search.query({ text, limit: 20 }).map(hitId)) };
  const peers: PeerFigures = {};
  const docs = peerDocs(journal.contacts, journal.interactions);
  const builders: [string, (docs: ReturnType<typeof peerDocs>) => PeerEngine][] = [
    ['MiniSearch', miniSearchEngine],
    ['uFuzzy', uFuzzyEngine],
  ];
  for (const [name, build] of builders) {
    log(`peer: ${name} over ${docs.length} records, ${keystrokes.length} keystrokes`);
    const start = performance.now();
    const engine = build(docs);
    const buildMs = performance.now() - start;
    const times = timePeer(engine, keystrokes);
    peers[name] = { p50: round(percentile(times, 50)), p95: round(percentile(times, 95)), buildMs: round(buildMs) };
    rankings[name] = rankAll(queries, engine);
  }
  const misses = missesOf(queries, rankings.Plausch ?? []).map((miss) => ({ ...miss, ...(miss.first ? { firstTitle: describe(store, miss.first) } : {}) }));
  return { quality: qualityFigures(QUALITY_SEED, queries, rankings), peers, misses };
}

export async function timeSaves(services: Services, store: JournalStore, count: number): Promise<number[]> {
  const people = [...store.contacts.values()].filter((c) => !c.archived).slice(0, 50);
  const times: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const person = people[i % people.length];
    if (!person) break;
    const start = performance.now();
    await services.quickLog.save(`Kaffee mit ${person.firstName} ${person.lastName}: Abstimmung Sommerfest`, { createUnknown: false });
    times.push(performance.now() - start);
  }
  return times;
}

/**
 * Today read `calls` times in a row, then once after each of `commits` commits of the kinds Today follows, then
 * computed from nothing a few times. Reads go through the router, as the window's do, so validation and the
 * reminders (read on every call) are in the figure.
 */
async function timeToday(services: Services, store: JournalStore, calls: number, commits: number): Promise<TodayFigures> {
  // Rhythms for the tags most contacts carry, as a user sets them up, so that thousands of contacts are drifting and
  // Today's lists are as long as in a journal of years.
  await services.settings.update({ tagCadences: { Kunde: 90, Vorstand: 60, 'Assistenz-Netzwerk': 30, Partner: 120, Lieferant: 180 } });
  const router = createRouter(services, quiet);
  const read = async () => {
    const start = performance.now();
    const answer = await router.handle('today:get', undefined);
    const ms = performance.now() - start;
    if (!answer.ok) throw new Error(`today:get failed: ${answer.error.code}`);
    return ms;
  };
  await read();
  const reads: number[] = [];
  for (let i = 0; i < calls; i += 1) reads.push(await read());
  const people = [...store.contacts.values()].filter((c) => !c.archived);
  const commitKinds = [
    (person: (typeof people)[number]) => services.quickLog.save(`Mittagessen mit ${person.firstName} ${person.lastName}`, { createUnknown: false }),
    (person: (typeof people)[number]) => services.contacts.setArchived(person.id, true),
    (person: (typeof people)[number]) => services.contacts.setArchived(person.id, false),
    (person: (typeof people)[number]) => services.today.snoozeSuggestion(person.id),
  ];
  const afterCommit: number[] = [];
  for (let i = 0; i < commits; i += 1) {
    // The same person for each round of kinds, so that an archived contact is brought back.
    const person = people[(Math.floor(i / commitKinds.length) * 7919) % people.length] as (typeof people)[number];
    await (commitKinds[i % commitKinds.length] as (typeof commitKinds)[number])(person);
    afterCommit.push(await read());
  }
  const recompute: number[] = [];
  for (let i = 0; i < 10; i += 1) {
    const start = performance.now();
    services.today.afresh();
    recompute.push(performance.now() - start);
  }
  return {
    p50: round(percentile(reads, 50)),
    p95: round(percentile(reads, 95)),
    afterCommitP50: round(percentile(afterCommit, 50)),
    afterCommitP95: round(percentile(afterCommit, 95)),
    recomputeP95: round(percentile(recompute, 95)),
    calls: reads.length,
    commits: afterCommit.length,
  };
}

/** The contact list's overview read `calls` times in a row, then once after each of `commits` quick-log saves. */
async function timeContactOverview(services: Services, store: JournalStore, calls: number, commits: number): Promise<BenchResult['contactOverview']> {
  const router = createRouter(services, quiet);
  const read = async () => {
    const start = performance.now();
    const answer = await router.handle('contacts:overview', {});
    const ms = performance.now() - start;
    if (!answer.ok) throw new Error(`contacts:overview failed: ${answer.error.code}`);
    return ms;
  };
  await read();
  const reads: number[] = [];
  for (let i = 0; i < calls; i += 1) reads.push(await read());
  const people = [...store.contacts.values()].filter((c) => !c.archived);
  const afterCommit: number[] = [];
  for (let i = 0; i < commits; i += 1) {
    const person = people[(i * 104_729) % people.length] as (typeof people)[number];
    await services.quickLog.save(`Kaffee mit ${person.firstName} ${person.lastName}`, { createUnknown: false });
    afterCommit.push(await read());
  }
  const recompute: number[] = [];
  const idle: JournalWriter = { onCommitted: () => () => undefined, write: () => Promise.reject(new Error('read only')) };
  for (let i = 0; i < 3; i += 1) {
    const start = performance.now();
    const fresh = createContactOverview({
      store,
      clock: fixedClock(BENCH_NOW),
      writer: idle,
      index: createInteractionIndex({ store, writer: idle }),
      occasionsAhead: createOccasionsAhead({ store, writer: idle }),
    });
    structuredClone(fresh.list());
    recompute.push(performance.now() - start);
  }
  return {
    p50: round(percentile(reads, 50)),
    p95: round(percentile(reads, 95)),
    afterCommitP95: round(percentile(afterCommit, 95)),
    recomputeP95: round(percentile(recompute, 95)),
    calls: reads.length,
  };
}

/**
 * The options the search had when it was fuse.js (kept here since the search no longer uses fuse): Plausch's fields
 * and weights, folded as Plausch folds them.
 */
const plainFuseOptions = {
  keys: Object.entries(PEER_WEIGHTS).map(([name, weight]) => ({ name, weight, getFn: (doc: SearchDoc) => foldedValues(doc, name) })),
  includeScore: true,
  includeMatches: true,
  ignoreLocation: true,
  threshold: 0.34,
  minMatchCharLength: 2,
};

/** The search as it was: one fuse.js index over every record, read in full on every keystroke. */
function plainFuse(store: JournalStore): (text: string) => void {
  const docs: SearchDoc[] = [];
  for (const contact of store.contacts.values()) if (!contact.archived) docs.push({ kind: 'contact', id: contact.id, contact });
  for (const interaction of store.interactions.values()) docs.push({ kind: 'interaction', id: interaction.id, interaction });
  const fuse = new Fuse(docs, plainFuseOptions);
  return (text) => fuse.search(fold(text).trim().replace(/\s+/g, ' '), { limit: 50 });
}

async function baselineSaves(dir: string, journal: SyntheticJournal, count: number): Promise<number[]> {
  const db = new Low(new JSONFile<{ contacts: unknown[]; interactions: unknown[] }>(join(dir, 'lowdb-baseline.json')), { contacts: [], interactions: [] });
  db.data = { contacts: [...journal.contacts], interactions: [...journal.interactions] };
  await db.write();
  const times: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const start = performance.now();
    db.data.interactions.push({ ...journal.interactions[0], id: `baseline-${i}` });
    await db.write();
    times.push(performance.now() - start);
  }
  return times;
}

/** The journal as one lowdb file, as it was before the history files: the baseline for opening it. */
function baselineFile(dir: string): string {
  return join(dir, 'single-file-baseline.json');
}

async function writeBaselineFile(dir: string, journal: SyntheticJournal): Promise<void> {
  const settings = { language: 'de' };
  const document = { schemaVersion: currentSchemaVersion, contacts: journal.contacts, interactions: journal.interactions, coach: [], settings, walSeq: 0 };
  await writeFile(baselineFile(dir), JSON.stringify(document));
}

async function baselineLoad(dir: string): Promise<number> {
  const start = performance.now();
  const text = await readFile(baselineFile(dir), 'utf8');
  documentSchema.parse(JSON.parse(text));
  const ms = performance.now() - start;
  await rm(baselineFile(dir));
  return ms;
}

/** Search and save at one size, for the growth table. */
async function growthPoint(interactions: number, queries: readonly string[], saves: number) {
  const dir = await mkdtemp(join(tmpdir(), 'plausch-bench-growth-'));
  try {
    const journal = syntheticJournal({ contacts: Math.max(100, Math.round(interactions / 10)), interactions });
    await seedJournal(dir, journal);
    const { store, services } = await openServices(dir);
    await services.search.whenReady();
    timeSearches(services, keystrokesOf(queries));
    const { times } = timeSearches(services, keystrokesOf(queries));
    const saveTimes = await timeSaves(services, store, saves);
    await store.close();
    return { interactions, searchP95: round(percentile(times, 95)), saveP95: round(percentile(saveTimes, 95)) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The seed of the needs the ask figure is timed over. */
export const ASK_SEED = 23;

/** The right person first on the journal with known helpers, over the real services. */
function askQuality(): AskFigures['quality'] {
  const store = createMemoryStore({ contacts: helpContacts, interactions: helpInteractions });
  const services = createServices({
    store,
    clock: fixedClock(HELP_JOURNAL_NOW),
    log: quiet,
    appInfo: { version: 'bench', dataDir: '', systemLanguage: 'de-DE' },
    notifier: { notify: () => undefined } as never,
  });
  const { right, total } = rightPersonFirst((need) => services.help.ask({ text: need, limit: 10 }));
  return { right, total };
}

/** `help:ask` over the seeded needs: one untimed pass (the first call builds the profiles), then one timed. */
async function timeAsk(services: Services, store: JournalStore, log: (line: string) => void): Promise<AskFigures> {
  const router = createRouter(services, quiet);
  const needs = askNeeds([...store.contacts.values()], ASK_SEED);
  log(`ask: ${needs.length} needs, seed ${ASK_SEED}`);
  const ask = async (text: string) => {
    const start = performance.now();
    const answer = await router.handle('help:ask', { text, limit: 10 });
    const ms = performance.now() - start;
    if (!answer.ok) throw new Error(`help:ask failed: ${answer.error.code}`);
    return ms;
  };
  const globalGc = (globalThis as { gc?: () => void }).gc;
  globalGc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const buildMs = await ask(needs[0] as string);
  globalGc?.();
  const profilesMB = globalGc ? round((process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024) : undefined;
  for (const need of needs) await ask(need);
  const times: number[] = [];
  for (const need of needs) times.push(await ask(need));
  return {
    p50: round(percentile(times, 50)),
    p95: round(percentile(times, 95)),
    needs: needs.length,
    seed: ASK_SEED,
    buildMs: round(buildMs),
    ...(profilesMB === undefined ? {} : { profilesMB }),
    quality: askQuality(),
  };
}

/** `--only ask`: the seeded journal, opened by the real store, and the ask figures alone. */
export async function runAskBench(options: Pick<BenchOptions, 'contacts' | 'interactions' | 'log'>): Promise<{ scale: BenchResult['scale']; ask: AskFigures }> {
  const log = options.log ?? (() => undefined);
  const dir = await mkdtemp(join(tmpdir(), 'plausch-bench-ask-'));
  try {
    log(`generating ${options.contacts} contacts and ${options.interactions} interactions`);
    await seedJournal(dir, syntheticJournal(options));
    const { store, services } = await openServices(dir);
    // The search indexes in the background after opening; its slices and their garbage would land in the timings.
    await services.search.whenReady();
    const ask = await timeAsk(services, store, log);
    await store.close();
    return { scale: { contacts: options.contacts, interactions: options.interactions }, ask };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** `--only calendar`: the seeded journal, opened by the real store, and the calendar figure alone. */
export async function runCalendarBench(options: Pick<BenchOptions, 'contacts' | 'interactions' | 'calendarEvents' | 'log'>): Promise<{ scale: BenchResult['scale']; calendar: CalendarFigures }> {
  const log = options.log ?? (() => undefined);
  const dir = await mkdtemp(join(tmpdir(), 'plausch-bench-calendar-'));
  try {
    log(`generating ${options.contacts} contacts and ${options.interactions} interactions`);
    await seedJournal(dir, syntheticJournal(options));
    const { store, services } = await openServices(dir);
    await services.search.whenReady();
    const calendar = await timeCalendar(services, log, options.calendarEvents);
    await store.close();
    return { scale: { contacts: options.contacts, interactions: options.interactions }, calendar };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * `--only search`: the seeded journal, opened by the real store; Plausch's time per keystroke, the labeled set's
 * recall for Plausch and its peers, and the peers' time per keystroke. What to run while tuning the ranking.
 */
export async function runSearchBench(options: Pick<BenchOptions, 'contacts' | 'interactions' | 'log'>): Promise<{ scale: BenchResult['scale']; search: SearchFigures }> {
  const log = options.log ?? (() => undefined);
  const dir = await mkdtemp(join(tmpdir(), 'plausch-bench-search-'));
  try {
    log(`generating ${options.contacts} contacts and ${options.interactions} interactions`);
    const queries = await (async () => {
      const journal = syntheticJournal(options);
      await seedJournal(dir, journal);
      return searchQueries(journal);
    })();
    const { store, services } = await openServices(dir);
    await services.search.whenReady();
    log('searching');
    const keystrokes = keystrokesOf(queries);
    timeSearches(services, keystrokes);
    const { times } = timeSearches(services, keystrokes);
    const { quality, peers, misses } = searchQualityAndPeers(services, store, keystrokes, log);
    await store.close();
    return {
      scale: { contacts: options.contacts, interactions: options.interactions },
      search: { p50: round(percentile(times, 50)), p95: round(percentile(times, 95)), keystrokes: keystrokes.length, quality, peers, misses },
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Commits timed for Today: 25 rounds of its four kinds, enough for a p95 that is not just the second-worst call. */
const TODAY_COMMITS = 100;

/** `--only today`: the seeded journal, opened by the real store, and Today's figures alone. */
export async function runTodayBench(options: Pick<BenchOptions, 'contacts' | 'interactions' | 'todayCalls' | 'log'>): Promise<{ scale: BenchResult['scale']; today: TodayFigures }> {
  const log = options.log ?? (() => undefined);
  const dir = await mkdtemp(join(tmpdir(), 'plausch-bench-today-'));
  try {
    log(`generating ${options.contacts} contacts and ${options.interactions} interactions`);
    await seedJournal(dir, syntheticJournal(options));
    const { store, services } = await openServices(dir);
    log('today:get');
    const today = await timeToday(services, store, options.todayCalls ?? 200, TODAY_COMMITS);
    await store.close();
    return { scale: { contacts: options.contacts, interactions: options.interactions }, today };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Runs every measurement but the renderer's. `keepDir` leaves the seeded journal in place for the first-paint
 * measurement, which opens it again; the caller removes it.
 */
export async function runBench(options: BenchOptions & { keepDir?: boolean }): Promise<BenchResult & { dir: string }> {
  const log = options.log ?? (() => undefined);
  const saves = options.saves ?? 100;
  const dir = await mkdtemp(join(tmpdir(), 'plausch-bench-'));
  log(`generating ${options.contacts} contacts and ${options.interactions} interactions`);
  const queries = await (async () => {
    // The generated records go out of scope once written, so the heap figure holds only what the app holds.
    const journal = syntheticJournal(options);
    await seedJournal(dir, journal);
    await writeBaselineFile(dir, journal);
    return searchQueries(journal);
  })();

  log('loading');
  const baselineMs = await baselineLoad(dir);
  const { store, services, loadMs, historyMs } = await openServices(dir);
  const loaded = { contacts: store.contacts.size, interactions: store.interactions.size };
  const buildStart = performance.now();
  await services.search.whenReady();
  const indexBuildMs = performance.now() - buildStart;

  log('searching');
  const keystrokes = keystrokesOf(queries);
  // One untimed pass first: the search keeps no results between keystrokes, so the timed pass reads as much as the
  // first, but it runs compiled code, as it does after a minute of use rather than in the first second.
  timeSearches(services, keystrokes);
  const { times, firstHits } = timeSearches(services, keystrokes);
  const answerable = keystrokes.map((text, i) => ({ text, hit: firstHits[i] })).filter(({ text }) => text.trim().length > 2);
  const withHits = answerable.filter(({ hit }) => hit !== undefined).length / Math.max(1, answerable.length);
  const globalGc = (globalThis as { gc?: () => void }).gc;
  globalGc?.();
  const heapMB = process.memoryUsage().heapUsed / 1024 / 1024;

  log('baseline search (plain fuse.js over every record)');
  const baseline = plainFuse(store);
  const sampleEvery = Math.max(1, Math.floor(keystrokes.length / (options.baselineKeystrokes ?? 12)));
  const baselineTimes: number[] = [];
  for (let i = 0; i < keystrokes.length; i += sampleEvery) {
    const start = performance.now();
    baseline(keystrokes[i] as string);
    baselineTimes.push(performance.now() - start);
  }

  // Before saving: the labeled set is drawn from the journal as generated, without the bench's own quick-log entries.
  log('search quality and peers');
  const { quality, peers } = searchQualityAndPeers(services, store, keystrokes, log);
  // The peers' indexes are garbage now; collected here rather than in the middle of the save timings.
  globalGc?.();

  log('saving');
  const saveTimes = await timeSaves(services, store, saves);

  log('today:get');
  const today = await timeToday(services, store, options.todayCalls ?? 200, TODAY_COMMITS);
  log('contacts:overview');
  const contactOverview = await timeContactOverview(services, store, 100, 10);
  log('help:ask');
  const ask = await timeAsk(services, store, log);
  log('calendar');
  const calendar = await timeCalendar(services, log, options.calendarEvents);
  const records = { contacts: [...store.contacts.values()], interactions: [...store.interactions.values()] };
  await store.close();
  const baselineSaveTimes = await baselineSaves(dir, records, Math.min(10, saves));

  const growth = [];
  for (const size of options.growth ?? []) {
    if (size >= options.interactions) continue;
    log(`growth: ${size} interactions`);
    growth.push(await growthPoint(size, queries, Math.min(50, saves)));
  }
  growth.push({ interactions: options.interactions, searchP95: round(percentile(times, 95)), saveP95: round(percentile(saveTimes, 95)) });

  if (!options.keepDir) await rm(dir, { recursive: true, force: true });
  return {
    dir,
    scale: { contacts: options.contacts, interactions: options.interactions },
    loaded,
    search: {
      p50: round(percentile(times, 50)),
      p95: round(percentile(times, 95)),
      baselineP95: round(percentile(baselineTimes, 95)),
      keystrokes: keystrokes.length,
      withHits: round(withHits * 100) / 100,
      indexBuildMs: round(indexBuildMs),
      quality,
      peers,
    },
    save: { p50: round(percentile(saveTimes, 50)), p95: round(percentile(saveTimes, 95)), baselineP95: round(percentile(baselineSaveTimes, 95)) },
    today,
    contactOverview,
    load: { ms: round(loadMs), historyMs: round(historyMs), baselineMs: round(baselineMs) },
    heapMB: round(heapMB),
    growth,
    ask,
    calendar,
  };
}
