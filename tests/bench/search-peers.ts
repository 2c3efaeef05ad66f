// Two other engines over the same documents as Plausch's search, for the bench's side-by-side table (issue 19):
// MiniSearch (an inverted index with BM25 ranking, fuzzy and prefix matching) and uFuzzy (a regular-expression
// filter over one string per document). Both see what Plausch indexes, folded with Plausch's own `fold`, and are
// asked the query folded alike; each is an adapter from the typed text to ids ranked best first.
//
// Settings, as their READMEs recommend:
// - MiniSearch: `fuzzy: 0.2, prefix: true` (its README's search-as-you-type example), each field boosted by Plausch's
//   field weight; ranked results are capped at RESULTS.
// - uFuzzy: its default options over one folded string per document, with its integrated `search(haystack, needle)`
//   (terms in typed order, the default `outOfOrder = 0`), ranked by its `info`/`order` when at most 1,000 documents
//   match (its `infoThresh` default, the cut-off its README gives for ranking); more matches stay in haystack order,
//   as its README renders them. Capped at RESULTS.
import uFuzzy from '@leeoniya/ufuzzy';
import MiniSearch from 'minisearch';
import type { Contact, Interaction } from '../../shared/model';
import { foldedField, searchWeights, type SearchDoc } from '../../electron/main/services/search';
import { fold } from '../../electron/main/services/search-text';

/** What a peer engine answers: ids of contacts and interactions, best first. */
export type PeerEngine = (text: string) => string[];

/** As many results as the bench asks Plausch for. */
const RESULTS = 20;

/** Plausch's fields and weights, so the peers search the very same text with the same emphasis. */
export const PEER_WEIGHTS = searchWeights;

/** A record's folded text in one of Plausch's fields, one entry per list item; none where the field is empty. */
export function foldedValues(record: SearchDoc, field: string): string[] {
  const text = foldedField(field)(record);
  return text === undefined ? [] : Array.isArray(text) ? text : [text];
}

/** One searchable record: its id and each field's folded text (a list's entries joined by a space). */
export interface PeerDoc {
  id: string;
  fields: Record<string, string>;
}

function peerDoc(record: SearchDoc): PeerDoc {
  const fields: Record<string, string> = {};
  for (const name of Object.keys(PEER_WEIGHTS)) {
    const joined = foldedValues(record, name).join(' ').trim();
    if (joined) fields[name] = joined;
  }
  return { id: record.id, fields };
}

/** What Plausch searches: the non-archived contacts and every interaction (those of archived contacts only drop out of its hits). */
export function peerDocs(contacts: Iterable<Contact>, interactions: Iterable<Interaction>): PeerDoc[] {
  const docs: PeerDoc[] = [];
  for (const contact of contacts) if (!contact.archived) docs.push(peerDoc({ kind: 'contact', id: contact.id, contact }));
  for (const interaction of interactions) docs.push(peerDoc({ kind: 'interaction', id: interaction.id, interaction }));
  return docs;
}

/** The query as both peers are asked it: folded as Plausch folds it, spaces collapsed. */
const foldedQuery = (text: string) => fold(text).trim().replace(/\s+/g, ' ');

export const MINISEARCH_SETTINGS = { fuzzy: 0.2, prefix: true, boost: PEER_WEIGHTS };

export function miniSearchEngine(docs: readonly PeerDoc[]): PeerEngine {
  const index = new MiniSearch<PeerDoc>({
    fields: Object.keys(PEER_WEIGHTS),
    extractField: (doc, field) => (field === 'id' ? doc.id : (doc.fields[field] ?? '')),
    searchOptions: MINISEARCH_SETTINGS,
  });
  index.addAll(docs);
  return (text) => {
    const query = foldedQuery(text);
    if (!query) return [];
    return index
      .search(query)
      .slice(0, RESULTS)
      .map((result) => String(result.id));
  };
}

export function uFuzzyEngine(docs: readonly PeerDoc[]): PeerEngine {
  const ids = docs.map((doc) => doc.id);
  const haystack = docs.map((doc) => Object.values(doc.fields).join(' '));
  const uf = new uFuzzy();
  return (text) => {
    const query = foldedQuery(text);
    if (!query) return [];
    const [idxs, info, order] = uf.search(haystack, query);
    if (!idxs) return [];
    const ranked = info && order ? order.slice(0, RESULTS).map((at) => info.idx[at] as number) : idxs.slice(0, RESULTS);
    return ranked.map((at) => ids[at] as string);
  };
}

/** The peers' settings in one line, for the bench's note. */
export const PEER_SETTINGS_NOTE =
  "MiniSearch 7 with fuzzy 0.2, prefix, each field boosted by Plausch's weight; uFuzzy 1.0 with default options, search(haystack, needle) over one string per record, ranked when ≤ 1,000 match; both over Plausch's fields folded with Plausch's fold, first 20 results";
