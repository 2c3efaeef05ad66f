// Search as you type over contacts and interaction notes. One fuse.js index holds both, so their scores compare;
// field weights make a name count more than a word in a note. The index follows every commit instead of being
// rebuilt per keystroke. Fuzzy scoring walks every record; a cheap candidate pre-filter (e.g. folded n-grams) can go
// in front of `rank` when the journal grows large.
import Fuse, { type FuseOptionKeyObject, type FuseResult, type FuseResultMatch } from 'fuse.js';
import { displayName, type Contact, type Interaction } from '../../../shared/model';
import type { SearchHit } from '../../../shared/views';
import type { Change, JournalStore } from '../store/types';
import { fold, foldWithOrigin, snippetAround } from './search-text';

type SearchDoc = { kind: 'contact'; id: string; contact: Contact } | { kind: 'interaction'; id: string; interaction: Interaction };

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

function docsOf(store: JournalStore): SearchDoc[] {
  const docs: SearchDoc[] = [];
  for (const contact of store.contacts.values()) if (!contact.archived) docs.push({ kind: 'contact', id: contact.id, contact });
  for (const interaction of store.interactions.values()) docs.push({ kind: 'interaction', id: interaction.id, interaction });
  return docs;
}

export function createSearch({ store }: { store: JournalStore }) {
  const fuse = new Fuse<SearchDoc>(docsOf(store), {
    keys,
    includeScore: true,
    includeMatches: true,
    ignoreLocation: true,
    threshold: 0.34,
    minMatchCharLength: 2,
  });

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
    const results = fuse.search(query, { limit: limit * 2 + 10 });
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
      return rank(folded, limit);
    },

    /** Brings the index up to date with committed changes. */
    apply(changes: readonly Change[]): void {
      const stale = new Set<string>();
      const fresh = new Map<string, SearchDoc>();
      for (const change of changes) {
        if (change.op === 'settings' || change.collection === 'coach') continue;
        const id = change.op === 'delete' ? change.id : change.value.id;
        const docId = `${change.collection}:${id}`;
        stale.add(docId);
        fresh.delete(docId);
        if (change.op !== 'put') continue;
        if (change.collection === 'contacts') {
          if (!change.value.archived) fresh.set(docId, { kind: 'contact', id, contact: change.value });
        } else {
          fresh.set(docId, { kind: 'interaction', id, interaction: change.value });
        }
      }
      if (stale.size === 0) return;
      fuse.remove((doc) => stale.has(`${doc.kind === 'contact' ? 'contacts' : 'interactions'}:${doc.id}`));
      for (const doc of fresh.values()) fuse.add(doc);
    },
  };
}

export type SearchService = ReturnType<typeof createSearch>;
