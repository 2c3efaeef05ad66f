// A fuzzing session: the real router over the real services and a real store in a folder of its own, started from
// the same seed journal every time so that a fast-check seed replays a session exactly. Every call is checked for
// what the router promises whatever it is sent; `reopenAndCompare` checks that what was accepted survives a restart.
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readdir, readFile, rm, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { inspect } from 'node:util';
import { expect } from 'vitest';
import { createBackend, type Backend, type BackendOptions } from '../../electron/main/backend';
import { fixedClock } from '../../electron/main/services/clock';
import { openStoreEarly } from '../../electron/main/store';
import type { Logger } from '../../electron/main/store/types';
import { channelNames, contract, type ChannelName, type Envelope } from '../../shared/contract';
import { isPlauschErrorData } from '../../shared/errors';
import { accepts, applyChange, refusedAt, resolveTemplate, type Flavour, type FuzzCall } from './contract-arbitraries';
import { StringPool } from './string-pool';

/** The instant every session lives in; nothing the verdict rests on reads the machine's own clock. */
export const SESSION_NOW = '2025-06-02T10:00:00.000Z';

/** The ids the services hand out, made deterministic by the test file so that a session replays exactly. */
export interface IdCounter {
  next: number;
}

/** Logs what the services report as failures: a logged error is how an unexpected exception shows. */
function recordingLog(errors: unknown[][]): Logger {
  return { info() {}, warn() {}, error: (...details: unknown[]) => errors.push(details) };
}

/** Turning encryption on costs the real key derivation's 128 MiB each time; the fuzz turns it on many times. */
const cheapKeyDerivation = { N: 2 ** 10, r: 8, p: 1 };

function backendOptions(dataDir: string, errors: unknown[][], passphrase?: string): BackendOptions {
  return {
    dataDir,
    openStore: (options) => openStoreEarly({ ...options, keyDerivation: cheapKeyDerivation }),
    ...(passphrase === undefined ? {} : { passphrase }),
    clock: fixedClock(SESSION_NOW),
    log: recordingLog(errors),
    timeZone: 'Europe/Berlin',
    appInfo: { version: '0.0.0-fuzz', systemLanguage: 'de-DE' },
    // Reminders must not reach the desktop from a test.
    notifier: { notify: () => Promise.resolve('shown') },
  };
}

/** The journal as the store holds it in memory, keyed by id so that order does not matter. */
function journalOf(backend: Backend) {
  const { store } = backend;
  return {
    contacts: Object.fromEntries(store.contacts),
    interactions: Object.fromEntries(store.interactions),
    coach: Object.fromEntries(store.coach),
    settings: store.settings,
  };
}

/** Every file in the data folder with a digest of its content. */
async function filesOf(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files[relative(dir, path)] = createHash('sha256').update(await readFile(path)).digest('hex').slice(0, 16);
  }
  return files;
}

const briefly = (value: unknown) => inspect(value, { depth: 4, maxArrayLength: 8, maxStringLength: 120, breakLength: Number.POSITIVE_INFINITY });

function isEnvelope(value: unknown): value is Envelope<unknown> {
  if (value === null || typeof value !== 'object') return false;
  const envelope = value as { ok?: unknown; value?: unknown; error?: unknown };
  return (envelope.ok === true && 'value' in envelope) || (envelope.ok === false && isPlauschErrorData(envelope.error));
}

/**
 * The payload a channel answers without arguments, or with nothing but the language to write in. A channel taking a
 * language among other optional fields (`settings:update`) is a change, not a view, and has none.
 */
function argumentlessPayload(channel: ChannelName): { payload: unknown } | undefined {
  const { input } = contract[channel];
  if (accepts(input, undefined)) return { payload: undefined };
  const languageOnly = { language: 'de' };
  return !accepts(input, {}) && accepts(input, languageOnly) ? { payload: languageOnly } : undefined;
}

const prototypeShape = () => Object.getOwnPropertyNames(Object.prototype).join();

export interface SeedJournal {
  dir: string;
  /** Each answer of the seeding, with its channel, to start every session's pool of strings from. */
  answers: readonly [string, unknown][];
  idsIssued: number;
}

/** The seeding calls: a journal small enough to copy per session, with something behind every kind of reference. */
const seedCalls: [ChannelName, (ids: Record<string, string>) => unknown, string?][] = [
  [
    'contacts:create',
    () => ({
      firstName: 'Sabine',
      lastName: 'Schmitt',
      organisation: 'Stadtwerke',
      tags: ['Einkauf'],
      canHelpWith: ['Raumbuchung'],
      birthday: '--06-05',
      emails: ['sabine@example.test'],
      family: [{ id: 'child-1', name: 'Mia', relation: 'child', schoolStart: '2025-08-14' }],
      anniversaries: [{ id: 'work-1', kind: 'work', date: '2015-06-10' }],
    }),
    'sabine',
  ],
  ['contacts:create', () => ({ firstName: 'Jan', lastName: 'Peters', relation: 'external', cadenceDays: 30, tags: ['Lieferant'] }), 'jan'],
  ['contacts:create', () => ({ firstName: 'Aylin', lastName: 'Demir', interests: ['Segeln'] }), 'aylin'],
  ['contacts:setArchived', (ids) => ({ id: ids.aylin, archived: true })],
  [
    'interactions:create',
    (ids) => ({ contactIds: [ids.sabine], type: 'lunch', date: '2025-05-30', note: 'Kantine', followUpOn: '2025-06-03', topics: ['Urlaub'] }),
    'lunch',
  ],
  ['interactions:create', (ids) => ({ contactIds: [ids.jan], type: 'favourGiven', date: '2025-04-01', note: 'Termin verschoben' })],
  ['help:logRequest', (ids) => ({ contactId: ids.sabine, need: 'Raum für die Videokonferenz' })],
  ['events:create', (ids) => ({ event: { title: 'Sommerfest', eventKind: 'internalEvent', date: '2025-06-20', expectedIds: [ids.sabine] }, language: 'de' }), 'event'],
  ['events:capture', (ids) => ({ eventId: ids.event, name: 'Petra Lang', organisation: 'Kanzlei Lang', detail: 'Radfahren' })],
  ['network:save', (ids) => ({ name: 'Assistenz-Stammtisch', memberIds: [ids.sabine, ids.jan], rule: { weekday: 4, week: 1 }, language: 'de' }), 'group'],
  ['network:addIdea', (ids) => ({ groupId: ids.group, text: 'Reisekosten-Tools', language: 'de' })],
  ['colleagues:mark', (ids) => ({ contactId: ids.jan, startDate: '2025-05-26' })],
  ['quickLog:save', () => ({ text: 'Kaffee mit Sabine über den Umzug', createUnknown: false })],
];

/** Builds the journal every session starts from, closed and with fixed file times, and the strings it holds. */
export async function createSeedJournal(ids: IdCounter): Promise<SeedJournal> {
  ids.next = 0;
  const dir = await mkdtemp(join(tmpdir(), 'plausch-fuzz-seed-'));
  try {
    return await seedJournalIn(dir, ids);
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}

async function seedJournalIn(dir: string, ids: IdCounter): Promise<SeedJournal> {
  const errors: unknown[][] = [];
  const backend = await createBackend(backendOptions(dir, errors));
  const answers: [string, unknown][] = [];
  const named: Record<string, string> = {};
  for (const [channel, payload, name] of seedCalls) {
    const answer = await backend.router.handle(channel, payload(named));
    if (!answer.ok) throw new Error(`seeding ${channel} failed: ${briefly(answer.error)}`);
    answers.push([channel, answer.value]);
    // Records come back as themselves, a network group inside its view.
    if (name) named[name] = (answer.value as { id?: string; group?: { id: string } }).id ?? (answer.value as { group: { id: string } }).group.id;
  }
  // Every channel that answers without arguments (or with a language only), so reminder ids, backup names, the
  // current challenge and the like are in the pool.
  for (const channel of channelNames) {
    const argumentless = argumentlessPayload(channel);
    if (!argumentless) continue;
    const answer = await backend.router.handle(channel, argumentless.payload);
    if (answer.ok) answers.push([channel, answer.value]);
  }
  // The journal's records as if listed by their domain's channel, so that they are filed under its name.
  const journal = journalOf(backend);
  answers.push(['contacts:', Object.values(journal.contacts)], ['interactions:', Object.values(journal.interactions)], ['coach:', Object.values(journal.coach)]);
  await backend.close();
  if (errors.length > 0) throw new Error(`seeding logged errors: ${briefly(errors)}`);
  // `backups:list` orders by file time: fixed times give every session the same listing.
  const fixedTime = new Date(SESSION_NOW);
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    await utimes(join(entry.parentPath, entry.name), fixedTime, fixedTime);
  }
  return { dir, answers, idsIssued: ids.next };
}

export interface CallRecord {
  channel: string;
  flavour: Flavour;
  /** `ok`, or the error code answered. */
  outcome: string;
}

/** Argumentless channels that are no view of the journal, left out of the read-back after a reopen. */
function isJournalView(channel: ChannelName): boolean {
  // Taking a backup is a write, and so are adding and removing the sample data; the desktop's answers come from the
  // headless stand-in, which keeps them in memory.
  const writes: ChannelName[] = ['backups:create', 'sampleData:add', 'sampleData:remove'];
  return !writes.includes(channel) && !channel.startsWith('desktop:');
}

export class RouterSession {
  private readonly pool: StringPool;

  private constructor(
    private readonly dir: string,
    private backend: Backend,
    private readonly errors: unknown[][],
    seed: SeedJournal,
  ) {
    this.pool = new StringPool([dir, seed.dir]);
    for (const [channel, value] of seed.answers) this.pool.harvest(value, channel);
  }

  static async open(seed: SeedJournal, ids: IdCounter): Promise<RouterSession> {
    const dir = await mkdtemp(join(tmpdir(), 'plausch-fuzz-'));
    await cp(seed.dir, dir, { recursive: true, preserveTimestamps: true });
    ids.next = seed.idsIssued;
    const errors: unknown[][] = [];
    const session = new RouterSession(dir, await createBackend(backendOptions(dir, errors)), errors, seed);
    await session.prepareWhatLivesInMemory();
    return session;
  }

  /**
   * An undo token and an import preview live only in the services' memory, so no seed folder can carry them: each
   * session makes its own, so that `undo:apply` and `transfer:confirm` have something to act on. An export puts a
   * file `transfer:preview` can read into the pool.
   */
  private async prepareWhatLivesInMemory(): Promise<void> {
    const prepare = async <T>(channel: ChannelName, payload: unknown): Promise<T> => {
      const answer = await this.backend.router.handle(channel, payload);
      if (!answer.ok) throw new Error(`preparing the session, ${channel} failed: ${briefly(answer.error)}`);
      this.pool.harvest(answer.value, channel);
      return answer.value as T;
    };
    const { id } = await prepare<{ id: string }>('contacts:create', { firstName: 'Dora', lastName: 'Gelöscht' });
    await prepare('contacts:delete', { id });
    const card = 'BEGIN:VCARD\r\nVERSION:3.0\r\nN:Neumann;Olga;;;\r\nFN:Olga Neumann\r\nORG:Stadtwerke\r\nEND:VCARD\r\n';
    await prepare('transfer:preview', { fileName: 'olga.vcf', content: card, encoding: 'text' });
    await prepare('transfer:export', { format: 'vcard' });
  }

  /** The channels the router has a handler for. */
  routerChannels(): readonly string[] {
    return this.backend.router.channels;
  }

  /** Makes one call and checks what the router promises for any payload; throws a description of what broke. */
  async call(call: FuzzCall): Promise<CallRecord> {
    const pool = this.pool.snapshot();
    const schema = contract[call.channel as ChannelName].input;
    let payload = resolveTemplate(call.template, pool);
    // A name from the pool can break a rule across fields (an end before a start): then the generated names hold.
    if (!accepts(schema, payload)) payload = resolveTemplate(call.template, undefined);
    if (call.change) payload = applyChange(payload, call.change, pool);
    const mustRefuseAt = call.change ? refusedAt(schema, call.change, payload) : undefined;
    const context = () =>
      `${call.channel} (${call.flavour}${call.change ? `, ${call.change.kind} at '${call.change.path.join('.')}'` : ''})\n  payload: ${briefly(payload)}`;

    // A pending compaction would rewrite the files at a moment set by the machine's speed; done now, it cannot.
    await this.backend.store.flush();
    const filesBefore = await filesOf(this.dir);
    const journalBefore = JSON.stringify(journalOf(this.backend));
    const prototypeBefore = prototypeShape();
    const errorsBefore = this.errors.length;

    let answer: unknown;
    try {
      answer = await this.backend.router.handle(call.channel, payload);
    } catch (error) {
      throw new Error(`the router threw on ${context()}\n  error: ${briefly(error)}`);
    }
    const fail = (what: string) => new Error(`${what} on ${context()}\n  answer: ${briefly(answer)}`);

    if (!isEnvelope(answer)) throw fail('the router answered without an envelope');
    if (prototypeShape() !== prototypeBefore || ({} as { polluted?: unknown }).polluted !== undefined) throw fail('Object.prototype was changed');
    if (!answer.ok && answer.error.code === 'internal') throw fail(`'internal' answered where a clear error belongs`);
    if (this.errors.length > errorsBefore) throw fail(`the services logged an error (${briefly(this.errors.slice(errorsBefore))})`);
    if (!accepts(schema, payload) && (answer.ok || answer.error.code !== 'invalidInput')) throw fail('a payload the contract refuses was not answered invalidInput');
    const issues = answer.ok ? [] : (answer.error.details?.issues ?? []);
    // The renderer marks the fields named; a refusal that names none leaves the user guessing.
    if (!answer.ok && answer.error.code === 'invalidInput' && issues.length === 0) throw fail('invalidInput was answered without naming an issue');
    if (mustRefuseAt !== undefined) {
      const named = issues.some(({ path }) => mustRefuseAt === '' || path === mustRefuseAt || path.startsWith(`${mustRefuseAt}.`));
      if (answer.ok || answer.error.code !== 'invalidInput' || !named) throw fail(`the refusal does not name '${mustRefuseAt}'`);
    }
    if (!answer.ok) {
      const filesAfter = await filesOf(this.dir);
      const changed = [...new Set([...Object.keys(filesBefore), ...Object.keys(filesAfter)])].filter((file) => filesBefore[file] !== filesAfter[file]);
      if (changed.length > 0) throw fail(`${changed.join(', ')} changed although the call was refused`);
      if (JSON.stringify(journalOf(this.backend)) !== journalBefore) throw fail('the journal in memory changed although the call was refused');
    } else {
      // The browser shell carries answers as JSON: an answer must hold nothing JSON would drop or change.
      const notJson = nonJsonValueIn(answer.value);
      if (notJson) throw fail(`the answer holds ${notJson}, which JSON cannot carry`);
      this.pool.harvest(answer.value, call.channel);
      this.notePassphrase(call.channel, payload);
    }
    return { channel: call.channel, flavour: call.flavour, outcome: answer.ok ? 'ok' : answer.error.code };
  }

  /** What every journal view answers now: the channels that take no arguments, or only a language. */
  private async journalViews(): Promise<Record<string, unknown>> {
    const views: Record<string, unknown> = {};
    for (const channel of channelNames) {
      const argumentless = argumentlessPayload(channel);
      if (argumentless && isJournalView(channel)) views[channel] = await this.backend.router.handle(channel, argumentless.payload);
    }
    return views;
  }

  /** The passphrase of the folder's encryption as the accepted calls left it, to reopen an encrypted folder with. */
  private passphrase: string | undefined;

  private notePassphrase(channel: string, payload: unknown): void {
    const given = payload as { passphrase?: string; next?: string };
    if (channel === 'privacy:encryptionOn') this.passphrase = given.passphrase;
    else if (channel === 'privacy:changePassphrase' || channel === 'privacy:resetPassphrase') this.passphrase = given.next;
    else if (channel === 'privacy:encryptionOff') this.passphrase = undefined;
  }

  /** Closes the store, opens it again from disk and checks the journal and every view of it came back unchanged. */
  async reopenAndCompare(): Promise<void> {
    // A reopened app starts unlocked (the passphrase is given); so must the views it is compared with.
    if (this.passphrase !== undefined) await this.backend.router.handle('privacy:unlock', { passphrase: this.passphrase });
    // As JSON, which is what the data file holds: a -0 that went in comes back as 0, and that is no loss.
    const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
    const views = asJson(await this.journalViews());
    const journal = asJson(journalOf(this.backend));
    await this.backend.close();
    this.backend = await createBackend(backendOptions(this.dir, this.errors, this.passphrase));
    expect(asJson(journalOf(this.backend)), 'the journal after a reopen').toEqual(journal);
    expect(asJson(await this.journalViews()), 'the views after a reopen').toEqual(views);
  }

  async dispose(): Promise<void> {
    await this.backend.close().catch(() => undefined);
    await rm(this.dir, { recursive: true, force: true });
  }
}

/** Where `value` holds something JSON would drop or turn into something else, described; undefined if nowhere. */
function nonJsonValueIn(value: unknown, path = 'the value'): string | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : `${String(value)} at ${path}`;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) {
      const found = value[index] === undefined ? `a hole or undefined at ${path}[${index}]` : nonJsonValueIn(value[index], `${path}[${index}]`);
      if (found) return found;
    }
    return undefined;
  }
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [key, inner] of Object.entries(value)) {
      const found = inner === undefined ? undefined : nonJsonValueIn(inner, `${path}.${key}`);
      if (found) return found;
    }
    return undefined;
  }
  return `a ${typeof value === 'object' ? (value.constructor?.name ?? 'null-prototype object') : typeof value} at ${path}`;
}
