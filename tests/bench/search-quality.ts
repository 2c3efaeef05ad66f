// The search's labeled quality set (issue 19): queries drawn with a fixed seed from the synthetic journal, each with the
// ids of the records that are right answers, and recall@1 and recall@5 of any engine over them. A query counts at @k
// when any of an engine's first k ids is one of its answers. Only records the search can find are answers:
// non-archived contacts, and interactions with at least one non-archived contact.
import type { Contact, Interaction } from '../../shared/model';
import { seededRandom } from '../support/seeded-random';
import type { SyntheticJournal } from './synthetic-journal';

/**
 * The kinds of query, with what is right for each:
 * - name-typo: "First Last" with one typo (a swapped pair, a dropped or a wrong letter, in turn) in a word of four
 *   letters or more; the contacts of exactly that name.
 * - last-name, first-name: one name alone; the contacts with it as last or first name, exactly ("Beck" is not
 *   "Becker"; "Frank" is either).
 * - reverse-name: "Last First"; the contacts of that name.
 * - umlaut: a name with ä, ö, ü or ß written with ae, oe, ue, ss or without the dots ("Mueller", "Schroder Petra"),
 *   alone or whole in either order; the contacts with that name.
 * - letters: a name with Turkish, Nordic or French letters as written or typed plainly ("Yilmaz", "Sondergaard").
 * - organisation-typo: an organisation with one typo; the contacts there.
 * - department, tag: one; the contacts who have it as department, tag or role (the lists share "Vorstand").
 * - topic: one; the encounters with that topic.
 * - note-word: a word of six letters or more in at most three encounters' notes; those encounters.
 */
export const QUERY_KINDS = [
  'name-typo',
  'last-name',
  'first-name',
  'reverse-name',
  'umlaut',
  'letters',
  'organisation-typo',
  'department',
  'tag',
  'topic',
  'note-word',
] as const;
export type QueryKind = (typeof QUERY_KINDS)[number];

export interface LabeledQuery {
  kind: QueryKind;
  text: string;
  /** Ids of the contacts and/or interactions that are right. */
  answers: ReadonlySet<string>;
}

/** The seed the bench draws its labeled set with. */
export const QUALITY_SEED = 19;
/**
 * Queries drawn per kind. Departments, tags and topics have fewer values than this (15, 10, 10) and give one query per
 * value, so 22 per kind makes at least 200 queries in total.
 */
export const QUERIES_PER_KIND = 22;

/** An engine as the quality set sees it: the ids it ranks for a query, best first. */
export type RankedIds = (text: string) => readonly string[];

export interface Recall {
  /** Share of queries (0 to 1) with a right answer first. */
  r1: number;
  /** Share of queries with a right answer among the first five. */
  r5: number;
  queries: number;
}

export interface QualityFigures {
  seed: number;
  queries: number;
  /** Recall per engine, overall and per kind, keyed by the engine's name. */
  overall: Record<string, Recall>;
  byKind: Partial<Record<QueryKind, Record<string, Recall>>>;
}

/** A query an engine did not answer right at @1, with what it put first; for tuning the ranking. */
export interface Miss {
  kind: QueryKind;
  text: string;
  answers: number;
  first?: string;
  rightAt?: number;
}

// ---- the labeled set ----

const UMLAUT = /[äöüßÄÖÜ]/;
/** Letters of Turkish, Nordic and French names (and Spanish ones, for 'García'); ä, ö, ü and ß are the umlaut kind's. */
const OTHER_LETTERS = /[ıİşŞğĞøØåÅæÆéÉèÈêÊëËçÇâÂîÎïÏôÔûÛáÁíÍóÓúÚñÑ]/;

/** ä as ae, ö as oe, ü as ue, ß as ss: how umlauts are written without the keys for them. */
function umlautsSpelledOut(text: string): string {
  const table: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', ß: 'ss' };
  return text.replace(/[äöüÄÖÜß]/g, (letter) => table[letter] as string);
}

/** ä as a, ö as o, ü as u (ß as ss: it has no dots to leave off). */
function umlautsUndotted(text: string): string {
  return text.replace(/ß/g, 'ss').normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

/** Every letter written with the plain Latin letters of a German keyboard: ø as o, ı as i, é as e. */
function plainlyTyped(text: string): string {
  const special: Record<string, string> = { ı: 'i', İ: 'I', ø: 'o', Ø: 'O', æ: 'ae', Æ: 'Ae', ß: 'ss' };
  return text
    .replace(/[ıİøØæÆß]/g, (letter) => special[letter] as string)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .normalize('NFC');
}

/** Lower case without marks, to tell whether a typo happens to spell another word of the journal. */
const plain = (text: string) => umlautsUndotted(plainlyTyped(text)).toLowerCase();

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
type Typo = 'swap' | 'drop' | 'wrong';
const TYPOS: readonly Typo[] = ['swap', 'drop', 'wrong'];

/** `word` with one typo of the given kind, never in its first letter (which people rarely get wrong). */
function withTypo(random: () => number, word: string, typo: Typo): string {
  const letters = Array.from(word);
  if (typo === 'swap') {
    const at = 1 + Math.floor(random() * (letters.length - 2));
    const [a, b] = [letters[at] as string, letters[at + 1] as string];
    letters[at] = b;
    letters[at + 1] = a;
  } else if (typo === 'drop') {
    letters.splice(1 + Math.floor(random() * (letters.length - 1)), 1);
  } else {
    const at = 1 + Math.floor(random() * (letters.length - 1));
    const others = LETTERS.replace((letters[at] as string).toLowerCase(), '');
    letters[at] = others[Math.floor(random() * others.length)] as string;
  }
  return letters.join('');
}

function shuffled<T>(random: () => number, list: readonly T[]): T[] {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

function groupBy<T>(items: Iterable<T>, keysOf: (item: T) => readonly string[], idOf: (item: T) => string): Map<string, Set<string>> {
  const groups = new Map<string, Set<string>>();
  for (const item of items) {
    for (const key of keysOf(item)) {
      if (!key) continue;
      let ids = groups.get(key);
      if (!ids) groups.set(key, (ids = new Set()));
      ids.add(idOf(item));
    }
  }
  return groups;
}

const union = (...sets: (ReadonlySet<string> | undefined)[]) => new Set(sets.flatMap((set) => (set ? [...set] : [])));
const fullName = (c: Contact) => `${c.firstName}\u0000${c.lastName}`;
/** A note's words as the note-word kind compares them: whole words, lower case. */
const noteWords = (note: string) => new Set(note.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/** Words a distinctive note word must not be: it must find its encounters, not a name, firm or common note word. */
const DISTINCTIVE_NOTES_AT_MOST = 3;
const DISTINCTIVE_MIN_LENGTH = 6;

/**
 * At least 200 labeled queries of the kinds in `QUERY_KINDS`, `perKind` of each (fewer where the journal has fewer
 * values), drawn from `journal` with `seed`. Queries whose answers would be empty are left out.
 */
export function labeledQueries(journal: SyntheticJournal, seed: number, perKind = QUERIES_PER_KIND): LabeledQuery[] {
  const random = seededRandom(seed);
  const live = journal.contacts.filter((c) => !c.archived);
  const liveIds = new Set(live.map((c) => c.id));
  const findable = journal.interactions.filter((i) => i.contactIds.some((id) => liveIds.has(id)));
  const byName = groupBy(live, (c) => [fullName(c)], (c) => c.id);
  const byLast = groupBy(live, (c) => [c.lastName], (c) => c.id);
  const byFirst = groupBy(live, (c) => [c.firstName], (c) => c.id);
  const byOrganisation = groupBy(live, (c) => [c.organisation], (c) => c.id);
  const byDepartment = groupBy(live, (c) => [c.department], (c) => c.id);
  const byTag = groupBy(live, (c) => c.tags, (c) => c.id);
  const byRole = groupBy(live, (c) => [c.role], (c) => c.id);
  const byTopic = groupBy(findable, (i: Interaction) => i.topics, (i) => i.id);
  // A typo that spells another name or firm is no typo to the search ("Meier" for "Meyer"); such draws are redrawn.
  const knownWords = new Set(live.flatMap((c) => [c.firstName, c.lastName, ...c.organisation.split(/\s+/)]).map(plain));

  const queries: LabeledQuery[] = [];
  const add = (kind: QueryKind, text: string, answers: ReadonlySet<string> | undefined) => {
    if (!answers || answers.size === 0) return false;
    if (queries.some((q) => q.kind === kind && q.text === text)) return false;
    queries.push({ kind, text, answers });
    return true;
  };
  /** Draws up to `perKind` queries of `kind` from `draw`, which may decline a draw by returning false. */
  const drawKind = (draw: (n: number) => boolean, attempts = perKind * 20) => {
    let made = 0;
    for (let attempt = 0; attempt < attempts && made < perKind; attempt += 1) if (draw(made)) made += 1;
  };
  const someone = (from: readonly Contact[] = live) => from[Math.floor(random() * from.length)] as Contact;

  /**
   * `text` with a typo in one of its words of four letters or more ("Booking.com": in "Booking", not in the dot), or
   * nothing where it has no such word or the typo spells another word of the journal.
   */
  const typoIn = (text: string, typo: Typo): string | undefined => {
    const parts = text.split(/([^\p{L}]+)/u);
    const long = parts.map((part, i) => ({ part, i })).filter(({ part, i }) => i % 2 === 0 && Array.from(part).length >= 4);
    if (long.length === 0) return undefined;
    const { part, i } = long[Math.floor(random() * long.length)] as { part: string; i: number };
    const wrong = withTypo(random, part, typo);
    if (plain(wrong) === plain(part) || knownWords.has(plain(wrong))) return undefined;
    return parts.map((p, j) => (j === i ? wrong : p)).join('');
  };
  /** A single name is right as anyone's first or last name: "Frank" and "Günther" are both. */
  const namedSo = (word: string) => union(byFirst.get(word), byLast.get(word));

  drawKind((n) => {
    const c = someone();
    const text = typoIn(`${c.firstName} ${c.lastName}`, TYPOS[n % TYPOS.length] as Typo);
    return text !== undefined && add('name-typo', text, byName.get(fullName(c)));
  });
  for (const last of shuffled(random, [...byLast.keys()]).slice(0, perKind)) add('last-name', last, namedSo(last));
  for (const first of shuffled(random, [...byFirst.keys()]).slice(0, perKind)) add('first-name', first, namedSo(first));
  drawKind(() => {
    const c = someone();
    return add('reverse-name', `${c.lastName} ${c.firstName}`, byName.get(fullName(c)));
  });

  // "Mueller", "Muller", "Schroeder Petra", "Weiss": the word with the umlaut alone, or the whole name either way round.
  const withUmlaut = live.filter((c) => UMLAUT.test(c.firstName) || UMLAUT.test(c.lastName));
  drawKind((n) => {
    if (withUmlaut.length === 0) return false;
    const c = someone(withUmlaut);
    const write = n % 2 === 0 ? umlautsSpelledOut : umlautsUndotted;
    const form = Math.floor(n / 2) % 3;
    if (form === 0) {
      const word = UMLAUT.test(c.lastName) ? c.lastName : c.firstName;
      return add('umlaut', write(word), namedSo(word));
    }
    const text = form === 1 ? `${c.firstName} ${c.lastName}` : `${c.lastName} ${c.firstName}`;
    return add('umlaut', write(text), byName.get(fullName(c)));
  });

  // "Yilmaz", "Søndergaard", "Lefevre", "Chloe": as written and as typed plainly, the name alone or whole.
  const withLetters = live.filter((c) => OTHER_LETTERS.test(c.firstName) || OTHER_LETTERS.test(c.lastName));
  drawKind((n) => {
    if (withLetters.length === 0) return false;
    const c = someone(withLetters);
    const write = n % 2 === 0 ? (text: string) => text : plainlyTyped;
    if (Math.floor(n / 2) % 2 === 0) {
      const word = OTHER_LETTERS.test(c.lastName) ? c.lastName : c.firstName;
      return add('letters', write(word), namedSo(word));
    }
    return add('letters', write(`${c.firstName} ${c.lastName}`), byName.get(fullName(c)));
  });

  // An organisation without a word long enough for a typo ("SAP") is left out.
  const organisations = shuffled(random, [...byOrganisation.keys()].filter((o) => (o.match(/\p{L}+/gu) ?? []).some((w) => w.length >= 4)));
  drawKind((n) => {
    if (organisations.length === 0) return false;
    const organisation = organisations[n % organisations.length] as string;
    const text = typoIn(organisation, TYPOS[n % TYPOS.length] as Typo);
    return text !== undefined && add('organisation-typo', text, byOrganisation.get(organisation));
  });

  // A value that is a department, a tag or a role alike ("Vorstand", "Reisestelle") finds all who have it as any.
  for (const department of shuffled(random, [...byDepartment.keys()]).slice(0, perKind)) {
    add('department', department, union(byDepartment.get(department), byTag.get(department), byRole.get(department)));
  }
  for (const tag of shuffled(random, [...byTag.keys()]).slice(0, perKind)) {
    add('tag', tag, union(byTag.get(tag), byDepartment.get(tag), byRole.get(tag)));
  }
  for (const topic of shuffled(random, [...byTopic.keys()]).slice(0, perKind)) add('topic', topic, byTopic.get(topic));

  // Words of at least six letters in at most three notes: what a user recalls of one encounter ("Schachturnier").
  const notesWith = new Map<string, { written: string; ids: Set<string> }>();
  for (const interaction of findable) {
    for (const word of noteWords(interaction.note)) {
      if (word.length < DISTINCTIVE_MIN_LENGTH) continue;
      let entry = notesWith.get(word);
      if (!entry) notesWith.set(word, (entry = { written: writtenAs(interaction.note, word), ids: new Set() }));
      entry.ids.add(interaction.id);
    }
  }
  const distinctive = [...notesWith.entries()]
    .filter(([word, { ids }]) => ids.size <= DISTINCTIVE_NOTES_AT_MOST && !knownWords.has(plain(word)))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [, { written, ids }] of shuffled(random, distinctive).slice(0, perKind)) add('note-word', written, ids);

  return queries;
}

/** `word` (lower case) as the note writes it, capitals and all. */
function writtenAs(note: string, word: string): string {
  return (note.match(/[\p{L}\p{N}]+/gu) ?? []).find((w) => w.toLowerCase() === word) ?? word;
}

// ---- scoring ----

function recallOf(queries: readonly LabeledQuery[], ranked: readonly (readonly string[])[]): Recall {
  let r1 = 0;
  let r5 = 0;
  queries.forEach((query, i) => {
    const ids = ranked[i] ?? [];
    if (ids.slice(0, 1).some((id) => query.answers.has(id))) r1 += 1;
    if (ids.slice(0, 5).some((id) => query.answers.has(id))) r5 += 1;
  });
  const share = (count: number) => (queries.length === 0 ? 0 : Math.round((count / queries.length) * 1000) / 1000);
  return { r1: share(r1), r5: share(r5), queries: queries.length };
}

/** Each engine's answers to every query, best first. */
export function rankAll(queries: readonly LabeledQuery[], engine: RankedIds): string[][] {
  return queries.map((query) => [...engine(query.text)]);
}

/** Recall@1 and @5 of each engine (already run over `queries` by `rankAll`), overall and per kind. */
export function qualityFigures(seed: number, queries: readonly LabeledQuery[], rankings: Record<string, readonly (readonly string[])[]>): QualityFigures {
  const overall: Record<string, Recall> = {};
  const byKind: QualityFigures['byKind'] = {};
  for (const [engine, ranked] of Object.entries(rankings)) {
    overall[engine] = recallOf(queries, ranked);
    for (const kind of QUERY_KINDS) {
      const at = queries.map((q, i) => (q.kind === kind ? i : -1)).filter((i) => i >= 0);
      if (at.length === 0) continue;
      (byKind[kind] ??= {})[engine] = recallOf(
        at.map((i) => queries[i] as LabeledQuery),
        at.map((i) => ranked[i] ?? []),
      );
    }
  }
  return { seed, queries: queries.length, overall, byKind };
}

/** The queries `ranked` did not answer right at @1, with where (within its list) a right answer came, if at all. */
export function missesOf(queries: readonly LabeledQuery[], ranked: readonly (readonly string[])[]): Miss[] {
  const misses: Miss[] = [];
  queries.forEach((query, i) => {
    const ids = ranked[i] ?? [];
    if (ids[0] !== undefined && query.answers.has(ids[0])) return;
    const at = ids.findIndex((id) => query.answers.has(id));
    misses.push({ kind: query.kind, text: query.text, answers: query.answers.size, ...(ids[0] ? { first: ids[0] } : {}), ...(at >= 0 ? { rightAt: at + 1 } : {}) });
  });
  return misses;
}
