// Search as you type over contacts and interaction notes. fuse.js ranks contacts and notes together, so their scores
// compare; field weights make a name count more than a word in a note. fuse reads every record it is given, which
// at tens of thousands of notes takes far longer than a keystroke, so an inverted word index (search-index.ts) first
// picks the few hundred records fuse would rank highest and fuse scores only those, with the same options and so the
// same scores. The index proposes whole-word matches: a fuzzy match fuse would find only across a space ("Goethestrasse"
// in "Renate Straße") is not proposed, which spares the user such near misses. The index is built in slices after
// start and follows every commit.
import { performance } from 'node:perf_hooks';
import Fuse, { type FuseOptionKeyObject, type FuseResult, type FuseResultMatch } from 'fuse.js';
import { displayName, type Contact, type Interaction } from '../../../shared/model';
import type { SearchHit } from '../../../shared/views';
import type { Change, JournalStore } from '../store/types';
import { SearchWordIndex, type IndexedField } from './search-index';
import { fold, foldWithOrigin, snippetAround, wordsOf } from './search-text';

export type SearchDoc = { kind: 'contact'; id: string; contact: Contact } | { kind: 'interaction'; id: string; interaction: Interaction };

type FieldText = (doc: SearchDoc) => string | string[] | undefined;

/** The searchable fields with the original text each is folded from; the name is fuse's key. */
const contactFields: Record<string, (contact: Contact) => string | string[]> = {
  name: (c) => [`${c.firstName} ${c.lastName}`.trim(), `${c.lastName} ${c.firstName}`.trim()],
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

const weights: Record<string, number> = {
  name: 6,
  organisation: 3,
  department: 1,
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

/** A note hit must beat a contact hit by this much to rank above it. */
const INTERACTION_HANDICAP = 0.05;

function originalText(doc: SearchDoc, key: string): string | string[] | undefined {
  if (doc.kind === 'contact') return contactFields[key]?.(doc.contact);
  return interactionFields[key]?.(doc.interaction);
}

function foldedField(key: string): FieldText {
  return (doc) => {
    const text = originalText(doc, key);
    if (text === undefined) return undefined;
    return Array.isArray(text) ? text.filter(Boolean).map(fold) : text ? fold(text) : undefined;
  };
}

const keys: FuseOptionKeyObject<SearchDoc>[] = Object.keys(weights).map((name) => ({
  name,
  weight: weights[name],
  getFn: foldedField(name) as FuseOptionKeyObject<SearchDoc>['getFn'],
}));

/** fuse's options; the benchmark's plain fuse.js baseline uses the very same. */
export const fuseOptions = {
  keys,
  includeScore: true,
  includeMatches: true,
  ignoreLocation: true,
  threshold: 0.34,
  minMatchCharLength: 2,
};

const fieldNumbers = Object.keys(weights);
const totalWeight = Object.values(weights).reduce((sum, weight) => sum + weight, 0);
/** fuse divides each weight by their sum; the index estimates scores with the same numbers. */
const normalizedWeights = fieldNumbers.map((name) => (weights[name] as number) / totalWeight);
const NAME_FIELD = new Set([fieldNumbers.indexOf('name')]);

/** Records handed to fuse per keystroke: enough to hold every plausible top result, few enough to stay fast. */
const CANDIDATES = 150;
/**
 * Postings read per typed word, best-matching words first: contacts nearly in full, notes up to a budget, so a word
 * found in half of all notes stays cheap (fuse ranks a note well below a contact matching as well).
 */
const POSTINGS_PER_WORD = [100_000, 25_000];
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
/** A query this short is matched against the beginnings of names only; fuzzy matching two letters finds everything. */
const SHORT_QUERY = 2;

function indexedFields(doc: SearchDoc): IndexedField[] {
  const fields: IndexedField[] = [];
  fieldNumbers.forEach((key, field) => {
    const text = foldedField(key)(doc);
    if (text === undefined) return;
    const values = (Array.isArray(text) ? text : [text]).filter(Boolean);
    if (values.length > 0) fields.push({ field, values });
  });
  return fields;
}

const docKey = (collection: 'contacts' | 'interactions', id: string) => `${collection}:${id}`;

export function createSearch({ store }: { store: JournalStore }) {
  let index = new SearchWordIndex(normalizedWeights, fuseOptions.threshold, 2);
  let docs: (SearchDoc | undefined)[] = [];
  let slotOf = new Map<string, number>();
  /** Records still to index: the journal as it was at start, each checked against the store when its turn comes. */
  let backlog: SearchDoc[] = [];
  let building: NodeJS.Immediate | undefined;

  function addDoc(key: string, doc: SearchDoc): void {
    const slot = index.add(doc.kind === 'contact' ? CONTACT_GROUP : INTERACTION_GROUP, indexedFields(doc));
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
    index = new SearchWordIndex(normalizedWeights, fuseOptions.threshold, 2);
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

  function candidatesFor(folded: string): SearchDoc[] {
    const words = [...new Set(wordsOf(folded))];
    const significant = words.filter((word) => word.length > SHORT_QUERY);
    const slots =
      significant.length > 0
        ? index.candidates(
            significant.map((word) => ({ matches: index.matchesOf(word), length: word.length })),
            { limit: CANDIDATES, postingsPerWord: POSTINGS_PER_WORD },
          )
        : index.candidates(
            words.map((word) => ({ matches: index.wordsStartingWith(word), length: word.length })),
            { limit: CANDIDATES, postingsPerWord: POSTINGS_PER_WORD, fields: NAME_FIELD },
          );
    return slots.map((slot) => docs[slot]).filter((doc): doc is SearchDoc => doc !== undefined);
  }

  start();

  function snippet(doc: SearchDoc, matches: readonly FuseResultMatch[] | undefined): string | undefined {
    const match = matches?.find((m) => m.key !== 'name');
    if (!match?.key || (doc.kind === 'contact' && matches?.some((m) => m.key === 'name'))) return undefined;
    const text = originalText(doc, match.key);
    const original = Array.isArray(text) ? text.filter(Boolean)[match.refIndex ?? 0] : text;
    if (!original) return undefined;
    const longest = [...match.indices].sort((a, b) => b[1] - b[0] - (a[1] - a[0]))[0];
    return longest ? snippetAround(original, foldWithOrigin(original), longest[0], longest[1]) : original;
  }

  function toHit(result: FuseResult<SearchDoc>): SearchHit | undefined {
    const doc = result.item;
    const match = snippet(doc, result.matches);
    const score = (result.score ?? 1) + (doc.kind === 'interaction' ? INTERACTION_HANDICAP : 0);
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

  function rank(query: string, limit: number): SearchHit[] {
    // Interactions of archived contacts are dropped after ranking, so ask for some spare results.
    const candidates = candidatesFor(query);
    if (candidates.length === 0) return [];
    const results = new Fuse(candidates, fuseOptions).search(query, { limit: limit * 2 + 10 });
    const hits: SearchHit[] = [];
    for (const result of results) {
      const hit = toHit(result);
      if (hit) hits.push(hit);
    }
    hits.sort((a, b) => a.score - b.score || (a.kind === b.kind ? 0 : a.kind === 'contact' ? -1 : 1));
    return hits.slice(0, limit);
  }

  return {
    query({ text, limit = 20 }: { text: string; limit?: number }): SearchHit[] {
      const folded = fold(text).trim().replace(/\s+/g, ' ');
      if (folded.length === 0) return [];
      ready();
      return rank(folded, limit);
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
