// The search's candidate filter: an inverted index from folded words to the records and fields that hold them, and
// from letter pairs to the words, so a typed word finds the words within fuse's error budget without fuse reading
// every record. Each candidate gets fuse's own score formula, estimated from its best-matching words, so the few
// hundred handed on to fuse are the ones fuse would rank highest. Records are numbered slots; a changed or removed
// record's slot is only marked dead and skipped, and the index is rebuilt when the dead outnumber the living.
// Postings are kept per group (contacts, interactions): a word found in half of all notes is read only up to a budget,
// best-matching words first, while the far fewer contacts are read in full.
import { wordsOf } from './search-text';

/** How fuse counts the words of a field for its length norm: runs of anything but whitespace. */
export function fuseWordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    const separator = (code >= 9 && code <= 13) || code === 32 || code === 160;
    if (!separator && !inWord) count += 1;
    inWord = !separator;
  }
  return Math.max(count, 1);
}

/** A posting packs slot, field and the field's word count into one number, so a word's postings are one array. */
const WORD_COUNT_SPAN = 1024;
const FIELD_SPAN = 16 * WORD_COUNT_SPAN;

/** fuse's field-length norm by word count, rounded as fuse rounds it. */
const NORMS = Array.from({ length: WORD_COUNT_SPAN }, (_, count) => Math.round(1000 / Math.sqrt(Math.max(count, 1))) / 1000);

/** fuse never scores a match better than this; a perfect one is clamped to it. */
const BEST_FUSE_SCORE = 0.001;

export interface IndexedField {
  field: number;
  /** The folded values of the field; a list field has several. */
  values: readonly string[];
}

export interface WordMatch {
  word: number;
  errors: number;
}

/**
 * The least number of edits that turn `pattern` into some piece of `text`, or `limit + 1` once it must exceed
 * `limit` (Sellers' algorithm: fuse's bitap counts errors the same way).
 */
export function substringDistance(pattern: string, text: string, limit: number): number {
  const m = pattern.length;
  let previous = new Array<number>(m + 1);
  let current = new Array<number>(m + 1);
  for (let i = 0; i <= m; i += 1) previous[i] = i;
  let best = m;
  for (let j = 0; j < text.length; j += 1) {
    current[0] = 0;
    const letter = text.charCodeAt(j);
    for (let i = 1; i <= m; i += 1) {
      const substitute = (previous[i - 1] as number) + (pattern.charCodeAt(i - 1) === letter ? 0 : 1);
      const value = Math.min(substitute, (previous[i] as number) + 1, (current[i - 1] as number) + 1);
      current[i] = value;
    }
    if ((current[m] as number) < best) best = current[m] as number;
    [previous, current] = [current, previous];
  }
  return best <= limit ? best : limit + 1;
}

function pairsOf(word: string): Set<string> {
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < word.length; i += 1) pairs.add(word.slice(i, i + 2));
  return pairs;
}

export class SearchWordIndex {
  private readonly wordIds = new Map<string, number>();
  private readonly words: string[] = [];
  /** Per group, per word: the postings. */
  private readonly postings: number[][][];
  private readonly wordsByPair = new Map<string, number[]>();
  private readonly wordsByPrefix = new Map<string, number[]>();
  private pairCounts = new Int32Array(1024);
  private scores = new Float64Array(1024);
  private masks = new Int32Array(1024);
  private alive: boolean[] = [];
  private living = 0;

  constructor(
    /** fuse's normalized weight of each field, by field number. */
    private readonly fieldWeights: readonly number[],
    /** fuse's threshold: the share of a word's letters that may be wrong. */
    private readonly threshold: number,
    groups: number,
  ) {
    this.postings = Array.from({ length: groups }, () => []);
  }

  get slots(): number {
    return this.alive.length;
  }

  get deadSlots(): number {
    return this.alive.length - this.living;
  }

  /** Indexes one record of `group` in a new slot and returns it. */
  add(group: number, fields: readonly IndexedField[]): number {
    const postings = this.postings[group] as number[][];
    const slot = this.alive.length;
    this.alive.push(true);
    this.living += 1;
    for (const { field, values } of fields) {
      const seen = new Set<string>();
      for (const value of values) {
        const wordCount = Math.min(fuseWordCount(value), WORD_COUNT_SPAN - 1);
        for (const word of wordsOf(value)) {
          if (seen.has(word)) continue;
          seen.add(word);
          const id = this.idOf(word);
          (postings[id] ??= []).push(slot * FIELD_SPAN + field * WORD_COUNT_SPAN + wordCount);
        }
      }
    }
    return slot;
  }

  remove(slot: number): void {
    if (!this.alive[slot]) return;
    this.alive[slot] = false;
    this.living -= 1;
  }

  /** The vocabulary words within fuse's error budget of the typed `word`, best first. */
  matchesOf(word: string): WordMatch[] {
    const limit = Math.floor(word.length * this.threshold);
    const pairs = pairsOf(word);
    // Every edit spoils at most two letter pairs, so a word within `limit` edits shares the rest.
    const needed = Math.max(1, pairs.size - 2 * limit);
    if (this.pairCounts.length < this.words.length) this.pairCounts = new Int32Array(this.words.length * 2);
    const counts = this.pairCounts;
    const touched: number[] = [];
    for (const pair of pairs) {
      for (const id of this.wordsByPair.get(pair) ?? []) {
        if (counts[id] === 0) touched.push(id);
        counts[id] = (counts[id] as number) + 1;
      }
    }
    const matches: WordMatch[] = [];
    for (const id of touched) {
      if ((counts[id] as number) >= needed) {
        const errors = substringDistance(word, this.words[id] as string, limit);
        if (errors <= limit) matches.push({ word: id, errors });
      }
      counts[id] = 0;
    }
    return matches.sort((a, b) => a.errors - b.errors);
  }

  /** Words starting with a one- or two-letter `prefix`. */
  wordsStartingWith(prefix: string): WordMatch[] {
    return (this.wordsByPrefix.get(prefix) ?? []).map((word) => ({ word, errors: 0 }));
  }

  /**
   * The slots fuse would most likely rank first: those holding a match for every typed word (or for as many as any
   * slot holds), ordered by fuse's score estimated from the matching words. `fields` limits the fields searched.
   */
  candidates(
    wordMatches: readonly { matches: readonly WordMatch[]; length: number }[],
    { limit, postingsPerWord, fields }: { limit: number; postingsPerWord: readonly number[]; fields?: ReadonlySet<number> },
  ): number[] {
    this.ensureScratch();
    const { scores, masks, alive } = this;
    const touched: number[] = [];
    wordMatches.forEach(({ matches, length }, bit) => {
      this.postings.forEach((group, groupIndex) => {
        let budget = postingsPerWord[groupIndex] as number;
        for (const { word, errors } of matches) {
          if (budget <= 0) break;
          const postings = group[word];
          if (!postings) continue;
          const logScore = Math.log(Math.max(BEST_FUSE_SCORE, errors / length));
          const end = Math.min(postings.length, budget);
          budget -= end;
          for (let i = 0; i < end; i += 1) {
            const posting = postings[i] as number;
            const slot = Math.floor(posting / FIELD_SPAN);
            const field = Math.floor(posting / WORD_COUNT_SPAN) % 16;
            if (!alive[slot] || (fields && !fields.has(field))) continue;
            if (masks[slot] === 0) touched.push(slot);
            masks[slot] = (masks[slot] as number) | (1 << bit);
            scores[slot] = (scores[slot] as number) + logScore * (this.fieldWeights[field] as number) * (NORMS[posting % WORD_COUNT_SPAN] as number);
          }
        }
      });
    });
    const bitsOf = (slot: number) => {
      let bits = 0;
      for (let mask = masks[slot] as number; mask; mask &= mask - 1) bits += 1;
      return bits;
    };
    let mostWords = 0;
    for (const slot of touched) mostWords = Math.max(mostWords, bitsOf(slot));
    let chosen = touched.filter((slot) => bitsOf(slot) === mostWords);
    if (chosen.length > limit) {
      const sorted = Float64Array.from(chosen, (slot) => scores[slot] as number).sort();
      const cut = sorted[limit - 1] as number;
      chosen = chosen.filter((slot) => (scores[slot] as number) <= cut).slice(0, limit * 2);
    }
    for (const slot of touched) {
      scores[slot] = 0;
      masks[slot] = 0;
    }
    // fuse breaks ties by position, so candidates keep the order of the records.
    return chosen.sort((a, b) => a - b);
  }

  private ensureScratch(): void {
    if (this.scores.length >= this.alive.length) return;
    const size = this.alive.length * 2;
    this.scores = new Float64Array(size);
    this.masks = new Int32Array(size);
  }

  private idOf(word: string): number {
    let id = this.wordIds.get(word);
    if (id !== undefined) return id;
    id = this.words.length;
    this.wordIds.set(word, id);
    this.words.push(word);
    for (const pair of pairsOf(word)) {
      const list = this.wordsByPair.get(pair);
      if (list) list.push(id);
      else this.wordsByPair.set(pair, [id]);
    }
    for (const prefix of new Set([word.slice(0, 1), word.slice(0, 2)])) {
      const list = this.wordsByPrefix.get(prefix);
      if (list) list.push(id);
      else this.wordsByPrefix.set(prefix, [id]);
    }
    return id;
  }
}
