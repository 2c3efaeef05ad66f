// Search as you type over contacts and encounters, ranked together so their scores compare. A word index
// (search-index.ts) finds, for each typed word, the journal's words it may stand for — the same word, its beginning, a
// part of a compound, a typo with swapped letters counted as one edit — and scores each record by how its best
// matches were found and in which field: how a word matched always counts before where, so an exact word in a note
// ranks above a typo in a name, and a name above a note that holds the same word. The index is built in slices after
// start and follows every commit.
import { performance } from 'node:perf_hooks';
import { displayName, type Contact, type Interaction } from '../../../shared/model';
import type { SearchHit } from '../../../shared/views';
import type { Change, JournalStore } from '../store/types';
import { SearchWordIndex, type IndexedField, type TypedWord, type WordMatch } from './search-index';
import { fold, foldKeepingE, foldWithOrigin, snippetAround, wordsOf } from './search-text';

export type SearchDoc = { kind: 'contact'; id: string; contact: Contact } | { kind: 'interaction'; id: string; interaction: Interaction };

type FieldText = (doc: SearchDoc) => string | string[] | undefined;

/** The searchable fields with the original text each is folded from. */
const contactFields: Record<string, (contact: Contact) => string | string[]> = {
  // Both orders, and the whole name as one word, so that a name typed in full is told from one sharing a part of it
  // ("Günther Günther" from "Felix Günther").
  name: (c) => [`${c.firstName} ${c.lastName}`.trim(), `${c.lastName} ${c.firstName}`.trim(), `${c.firstName}${c.lastName}`, `${c.lastName}${c.firstName}`],
  organisation: (c) => c.organisation,
  department: (c) => c.department,
  role: (c) => c.role,
  emails: (c) => c.emails,
  tags: (c) => c.tags,
  interests: (c) => c.interests,
  commonGround: (c) => c.commonGround,
  canHelpWith: (c) => c.canHelpWith,
  family: (c) => c.family.map((member) => member.name),
  notes: (c) => c.notes,
};

const interactionFields: Record<string, (interaction: Interaction) => string | string[]> = {
  note: (i) => i.note,
  topics: (i) => i.topics,
  place: (i) => i.place,
};

/**
 * What a match in each field adds to how the word matched: a name most, then the organisation; a department a little
 * more than a role that mentions it; a note in an encounter the same as a note on a person.
 */
export const searchWeights: Record<string, number> = {
  name: 6,
  organisation: 3,
  department: 1.2,
  role: 1,
  emails: 1,
  tags: 1.5,
  interests: 1,
  commonGround: 1,
  canHelpWith: 1,
  family: 1.5,
  notes: 0.8,
  note: 0.8,
  topics: 1,
  place: 0.8,
};

function originalText(doc: SearchDoc, key: string): string | string[] | undefined {
  if (doc.kind === 'contact') return contactFields[key]?.(doc.contact);
  return interactionFields[key]?.(doc.interaction);
}

/** A field's text as the index holds it: folded, one value or a list. */
export function foldedField(key: string): FieldText {
  return (doc) => {
    const text = originalText(doc, key);
    if (text === undefined) return undefined;
    return Array.isArray(text) ? text.filter(Boolean).map(fold) : text ? fold(text) : undefined;
  };
}

const fieldNames = Object.keys(searchWeights);
const fieldWeights = fieldNames.map((name) => searchWeights[name] as number);
const NAME = fieldNames.indexOf('name');
const NAME_ONLY = new Set([NAME]);
/** Fields in the order a snippet is taken from: the heaviest that holds a match. */
const snippetFields = [...fieldNames].filter((name) => name !== 'name').sort((a, b) => (searchWeights[b] as number) - (searchWeights[a] as number));

/** Results ranked per group and keystroke: more than a page, so archived people's encounters can be dropped. */
const RANKED_PER_GROUP = 60;
/** Places kept for the other group when one group would fill the whole list, so both are seen at once. */
const OTHER_GROUP_PLACES = 3;
/**
 * Postings read per typed word, best-matching words first: contacts in full, encounters up to a budget, the newest
 * first, so that a word found in half of all notes stays cheap.
 */
const POSTINGS_PER_WORD = [100_000, 10_000];
/** Of those, the postings of parts of compounds and of typos: fewer, as they rank below every same word or beginning. */
const LOOSE_POSTINGS_PER_WORD = [100_000, 3_000];
const CONTACT_GROUP = 0;
const INTERACTION_GROUP = 1;
/** A journal up to this many records is indexed at once; a larger one in the background. */
const INDEX_AT_ONCE = 2_000;
/**
 * Milliseconds of indexing per background slice: short, so that calls from the window (and the window's own start)
 * are answered in between rather than after a slice of tens of milliseconds.
 */
const SLICE_MS = 8;
/** Records indexed between two looks at the clock. */
const RECORDS_PER_CHECK = 100;
/** A typed word this short is matched as itself anywhere, and as a beginning of names only. */
const SHORT_WORD = 2;

/** Two lists of matches as one, each word with the better value, best first. */
function bestOfBoth(one: readonly WordMatch[], other: readonly WordMatch[]): WordMatch[] {
  const best = new Map<number, WordMatch>();
  for (const match of [...one, ...other]) if ((best.get(match.word)?.value ?? 0) < match.value) best.set(match.word, match);
  return [...best.values()].sort((a, b) => b.value - a.value);
}

const DAY_MS = 86_400_000;

/**
 * Orders records that match alike: an encounter before a person (the word is what the encounter is about), and the
 * newer encounter first. Far below a thousandth, the smallest difference of scores.
 */
function tieBreakOf(doc: SearchDoc): number {
  if (doc.kind === 'contact') return 0;
  const days = Date.parse(doc.interaction.date) / DAY_MS;
  return 0.0005 + (Number.isFinite(days) ? Math.max(0, days) / 1e8 : 0);
}

function indexedFields(doc: SearchDoc): IndexedField[] {
  const fields: IndexedField[] = [];
  fieldNames.forEach((key, field) => {
    const text = foldedField(key)(doc);
    if (text === undefined) return;
    const values = (Array.isArray(text) ? text : [text]).filter(Boolean);
    if (values.length > 0) fields.push({ field, values });
  });
  return fields;
}

const docKey = (collection: 'contacts' | 'interactions', id: string) => `${collection}:${id}`;

export function createSearch({ store }: { store: JournalStore }) {
  let index = new SearchWordIndex(fieldWeights, 2);
  let docs: (SearchDoc | undefined)[] = [];
  let slotOf = new Map<string, number>();
  /** Records still to index: the journal as it was at start, each checked against the store when its turn comes. */
  let backlog: SearchDoc[] = [];
  let building: NodeJS.Immediate | undefined;

  function addDoc(key: string, doc: SearchDoc): void {
    const slot = index.add(doc.kind === 'contact' ? CONTACT_GROUP : INTERACTION_GROUP, indexedFields(doc), tieBreakOf(doc));
    docs[slot] = doc;
    slotOf.set(key, slot);
  }

  function removeDoc(key: string): void {
    const slot = slotOf.get(key);
    if (slot === undefined) return;
    index.remove(slot);
    docs[slot] = undefined;
    slotOf.delete(key);
  }

  function indexFromBacklog(count: number): void {
    const end = Math.max(0, backlog.length - count);
    // The backlog is consumed from its end; it was filled in reverse so records keep their journal order.
    while (backlog.length > end) {
      const doc = backlog.pop() as SearchDoc;
      const key = docKey(doc.kind === 'contact' ? 'contacts' : 'interactions', doc.id);
      if (slotOf.has(key)) continue;
      const current = doc.kind === 'contact' ? store.contacts.get(doc.id) : store.interactions.get(doc.id);
      // A record changed since start was indexed by `apply` already, and one removed since must not return.
      if (current !== (doc.kind === 'contact' ? doc.contact : doc.interaction)) continue;
      addDoc(key, doc);
    }
  }

  function buildSlice(): void {
    building = undefined;
    const until = performance.now() + SLICE_MS;
    while (backlog.length > 0 && performance.now() < until) indexFromBacklog(RECORDS_PER_CHECK);
    if (backlog.length > 0) building = setImmediate(buildSlice);
    else settleWaiters();
  }

  function start(): void {
    index = new SearchWordIndex(fieldWeights, 2);
    docs = [];
    slotOf = new Map();
    const all: SearchDoc[] = [];
    for (const contact of store.contacts.values()) if (!contact.archived) all.push({ kind: 'contact', id: contact.id, contact });
    for (const interaction of store.interactions.values()) all.push({ kind: 'interaction', id: interaction.id, interaction });
    backlog = all.reverse();
    if (building) clearImmediate(building);
    building = undefined;
    // A small journal is indexed at once; a large one in slices, so opening the window is not held up by it.
    if (backlog.length <= INDEX_AT_ONCE) indexFromBacklog(backlog.length);
    else building = setImmediate(buildSlice);
  }

  let readyWaiters: (() => void)[] = [];

  function settleWaiters(): void {
    if (backlog.length > 0) return;
    for (const resolve of readyWaiters) resolve();
    readyWaiters = [];
  }

  /** A search before the background build is done finishes the build first, so it never misses a record. */
  function ready(): void {
    if (backlog.length === 0) return;
    if (building) clearImmediate(building);
    building = undefined;
    indexFromBacklog(backlog.length);
    settleWaiters();
  }

  start();

  /**
   * Each typed word with the journal's words it may stand for; a word of one or two letters is itself or begins a
   * name. A word folded with an "ae", "oe" or "ue" is also tried with the e kept, in case that pair is a typo.
   */
  function typedWords(text: string, words: readonly string[]): TypedWord[] {
    const plain = wordsOf(foldKeepingE(text));
    const typed = new Map<string, TypedWord>();
    words.forEach((word, i) => {
      if (typed.has(word)) return;
      if (word.length <= SHORT_WORD) {
        typed.set(word, { matches: index.shortMatchesOf(word, NAME_ONLY) });
        return;
      }
      const matches = index.matchesOf(word);
      const other = plain[i];
      typed.set(word, { matches: other && other !== word ? bestOfBoth(matches, index.matchesOf(other)) : matches });
    });
    const whole = words.length > 1 ? index.exactMatchOf(words.join(''), NAME_ONLY) : undefined;
    return whole ? [...typed.values(), { matches: [whole], optional: true }] : [...typed.values()];
  }

  /** The piece of the heaviest field holding a matched word, unless a contact matched by name. */
  function snippet(doc: SearchDoc, matches: (word: string) => boolean): string | undefined {
    if (doc.kind === 'contact' && (foldedField('name')(doc) as string[]).some((name) => wordsOf(name).some(matches))) return undefined;
    for (const key of snippetFields) {
      const text = originalText(doc, key);
      for (const original of (Array.isArray(text) ? text : [text]).filter((value): value is string => Boolean(value))) {
        const folded = foldWithOrigin(original);
        for (const found of folded.text.matchAll(/[\p{L}\p{N}]+/gu)) {
          if (matches(found[0])) return snippetAround(original, folded, found.index, found.index + found[0].length - 1);
        }
      }
    }
    return undefined;
  }

  function toHit(doc: SearchDoc, score: number, matches: (word: string) => boolean): SearchHit | undefined {
    const match = snippet(doc, matches);
    if (doc.kind === 'contact') {
      const { contact } = doc;
      const subtitle = [contact.role, contact.organisation].filter(Boolean).join(' · ');
      return { kind: 'contact', contactId: contact.id, title: displayName(contact), subtitle, ...(match ? { match } : {}), score };
    }
    const { interaction } = doc;
    const people = interaction.contactIds.map((id) => store.contacts.get(id)).filter((c): c is Contact => c !== undefined && !c.archived);
    const first = people[0];
    if (!first) return undefined;
    return {
      kind: 'interaction',
      interactionId: interaction.id,
      contactId: first.id,
      title: people.map(displayName).join(', '),
      subtitle: interaction.date,
      ...(match ? { match } : {}),
      score,
    };
  }

  /** The first `limit` hits, with a few places kept for encounters below a page of people (and the other way round). */
  function withBothGroups(hits: readonly SearchHit[], limit: number): SearchHit[] {
    const page = hits.slice(0, limit);
    for (const kind of ['contact', 'interaction'] as const) {
      const shown = page.filter((hit) => hit.kind === kind).length;
      const more = hits.slice(limit).filter((hit) => hit.kind === kind).slice(0, Math.max(0, OTHER_GROUP_PLACES - shown));
      for (const hit of more) {
        // The lowest of the other group makes room; what comes in scores below everything left, so the order holds.
        let last = page.length - 1;
        while (last >= 0 && page[last]?.kind === kind) last -= 1;
        if (last < 0) break;
        page.splice(last, 1);
        page.push(hit);
      }
    }
    return page;
  }

  /** Whether a word of the journal stands for one of the typed words, remembered for the keystroke. */
  function matcherOf(typed: readonly TypedWord[]): (word: string) => boolean {
    let ids: Set<number> | undefined;
    return (word) => {
      const id = index.idOfWord(word);
      if (id === undefined) return false;
      ids ??= new Set(typed.flatMap(({ matches }) => matches.map((match) => match.word)));
      return ids.has(id);
    };
  }

  /** `words` are the folded words of `text`. */
  function rank(text: string, words: readonly string[], limit: number): SearchHit[] {
    const typed = typedWords(text, words);
    const ranked = index
      .rank(typed, { limit: Math.max(limit, RANKED_PER_GROUP), postingsPerWord: POSTINGS_PER_WORD, loosePostingsPerWord: LOOSE_POSTINGS_PER_WORD })
      .sort((a, b) => b.order - a.order || a.slot - b.slot);
    const matches = matcherOf(typed);
    // Hits are made (and their snippets cut) only until the page and the places kept for each group are filled.
    const hits: SearchHit[] = [];
    const counts = { contact: 0, interaction: 0 };
    for (const { slot, score } of ranked) {
      const doc = docs[slot];
      if (!doc || (hits.length >= limit && counts[doc.kind] >= OTHER_GROUP_PLACES)) continue;
      const hit = toHit(doc, Math.round(score * 1000) / 1000, matches);
      if (!hit) continue;
      hits.push(hit);
      counts[hit.kind] += 1;
      if (hits.length >= limit && counts.contact >= OTHER_GROUP_PLACES && counts.interaction >= OTHER_GROUP_PLACES) break;
    }
    return withBothGroups(hits, limit);
  }

  return {
    query({ text, limit = 20 }: { text: string; limit?: number }): SearchHit[] {
      const words = wordsOf(fold(text));
      if (words.length === 0) return [];
      ready();
      return rank(text, words, limit);
    },

    /** Resolves once the background build has indexed the whole journal. */
    whenReady(): Promise<void> {
      if (backlog.length === 0) return Promise.resolve();
      return new Promise((resolve) => readyWaiters.push(resolve));
    },

    /** Brings the index up to date with committed changes. */
    apply(changes: readonly Change[]): void {
      for (const change of changes) {
        if (change.op === 'settings' || change.collection === 'coach') continue;
        const id = change.op === 'delete' ? change.id : change.value.id;
        const key = docKey(change.collection, id);
        removeDoc(key);
        if (change.op !== 'put') continue;
        if (change.collection === 'contacts') {
          if (!change.value.archived) addDoc(key, { kind: 'contact', id, contact: change.value });
        } else {
          addDoc(key, { kind: 'interaction', id, interaction: change.value });
        }
      }
      // Dead slots cost memory and reading time; once they outnumber the living the index starts afresh.
      if (index.deadSlots > 1000 && index.deadSlots > index.slots / 2) start();
    },
  };
}

export type SearchService = ReturnType<typeof createSearch>;
