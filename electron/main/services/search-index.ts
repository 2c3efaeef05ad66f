// The search's word index and ranking. An inverted index maps every folded word of the journal to the records and
// fields that hold it; letter pairs and first letters map to the words, so a typed word finds the words it may stand
// for without reading them all. Each such word gets a value by how it matches (the same word, its beginning, a part
// of a compound, a typo), which always outweighs where it matched: the same word in a note ranks above a typo in a
// name. A record's score is the sum over the typed words of its best match, plus a bonus when one field holds them
// all. Records are numbered slots; a changed or removed record's slot is only marked dead and skipped.
import { editDistances, typoBudget } from './search-distance';
import { wordsOf } from './search-text';

export interface IndexedField {
  field: number;
  /** The folded values of the field; a list field has several. */
  values: readonly string[];
}

export interface WordMatch {
  word: number;
  /** How well the journal's word stands for the typed one; see the values below. */
  value: number;
  /** The fields to look in, when not all. */
  fields?: ReadonlySet<number>;
}

/** The same word. */
const EXACT = 30;
/** The typed word begins the word, as while typing ("Zimmerman" for "Zimmermann"); a longer beginning counts more. */
const BEGINNING = 20;
/** The typed word is a part of a compound ("strasse" in "Goethestraße"), from four letters on. */
const PART = 15;
/** A typo: one edit; each further edit costs `EDIT_COST`. */
const TYPO = 12;
/** A typo in the beginning of a word still being typed. */
const TYPO_BEGINNING = 10;
const EDIT_COST = 3;
/** The shortest typed word looked for inside compounds. */
const MIN_PART = 4;
/** The shortest typed word taken, with a typo, for the beginning of a longer word: shorter ones begin too many. */
const MIN_TYPO_BEGINNING = 5;
/** Added, times the field's weight, when one field holds every typed word ("Board meeting" as a topic). */
const ONE_FIELD_BONUS = 2;

/** Marks a word already judged in `matchesOf`. */
const JUDGED = -1;

/**
 * A posting packs a slot, the number of words of the value it is in (up to 15) and a field (up to 16) into one small
 * integer, so a word's postings are one array.
 */
const FIELD_MASK = 0xf;
const WORDS_SHIFT = 4;
const SLOT_SHIFT = 8;
/** Added when the typed words are a whole value ("Messe" as a tag, not as a part of "Messe Frankfurt"). */
const WHOLE_VALUE_BONUS = 2;

const fieldMasks = new WeakMap<ReadonlySet<number>, number>();

/** A set of fields as one bit each, remembered: the same few sets come with every keystroke. */
function maskOf(fields: ReadonlySet<number>): number {
  let mask = fieldMasks.get(fields);
  if (mask === undefined) {
    mask = 0;
    for (const field of fields) mask |= 1 << field;
    fieldMasks.set(fields, mask);
  }
  return mask;
}

/** How well `word` of the journal stands for `typed`, or 0 when it does not. */
function matchValue(typed: string, word: string): number {
  if (typed === word) return EXACT;
  if (word.startsWith(typed)) return BEGINNING + (2 * typed.length) / word.length;
  let value = 0;
  if (typed.length >= MIN_PART && word.includes(typed)) value = PART + typed.length / word.length;
  const budget = typoBudget(typed.length);
  const wholeCanMatch = Math.abs(word.length - typed.length) <= budget;
  const beginningCanMatch = typed.length >= MIN_TYPO_BEGINNING && word.length > typed.length;
  if (budget === 0 || (!wholeCanMatch && !beginningCanMatch)) return value;
  const { whole, prefix } = editDistances(typed, word, budget);
  if (whole <= budget) value = Math.max(value, TYPO - EDIT_COST * (whole - 1));
  else if (prefix <= budget && beginningCanMatch) value = Math.max(value, TYPO_BEGINNING - EDIT_COST * (prefix - 1));
  return value;
}

function pairsOf(word: string): Set<string> {
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < word.length; i += 1) pairs.add(word.slice(i, i + 2));
  return pairs;
}

/** One typed word: the journal's words it may stand for. */
export interface TypedWord {
  matches: readonly WordMatch[];
  /** Adds to the score of records matching the other words, and is not needed to match. */
  optional?: boolean;
}

export interface Ranked {
  slot: number;
  score: number;
  /** The score with the slot's tie-break added: the order to show. */
  order: number;
}

export class SearchWordIndex {
  private readonly wordIds = new Map<string, number>();
  private readonly words: string[] = [];
  /** Per group, per word: the postings. */
  private readonly postings: number[][][];
  private readonly wordsByPair = new Map<string, number[]>();
  /** Words by their first letter and by their first two. */
  private readonly wordsByPrefix = new Map<string, number[]>();
  private seen = new Int32Array(1024);
  private wordBest = new Float64Array(1024);
  private wordField = new Int8Array(1024);
  /** The number of words of the value holding the typed word's best match. */
  private wordValueLength = new Int8Array(1024);
  private totals = new Float64Array(1024);
  private counts = new Int32Array(1024);
  private oneField = new Int8Array(1024);
  /** Whether every typed word so far had its best match in a value of exactly as many words. */
  private wholeValue = new Uint8Array(1024);
  private alive: boolean[] = [];
  private groupOf: number[] = [];
  private tieBreaks: number[] = [];
  /** Per group, the fields its records have, one bit each: a match limited to other fields skips the group. */
  private readonly groupFields: number[];
  private living = 0;

  constructor(
    /** Each field's weight, by field number; a weight is added to a match's value. */
    private readonly fieldWeights: readonly number[],
    groups: number,
  ) {
    this.postings = Array.from({ length: groups }, () => []);
    this.groupFields = Array.from({ length: groups }, () => 0);
  }

  get slots(): number {
    return this.alive.length;
  }

  get deadSlots(): number {
    return this.alive.length - this.living;
  }

  /**
   * Indexes one record of `group` in a new slot and returns it. `tieBreak`, far below any difference of scores, orders
   * records that match alike.
   */
  add(group: number, fields: readonly IndexedField[], tieBreak = 0): number {
    const postings = this.postings[group] as number[][];
    const slot = this.alive.length;
    this.alive.push(true);
    this.groupOf.push(group);
    this.tieBreaks.push(tieBreak);
    this.living += 1;
    for (const { field, values } of fields) {
      this.groupFields[group] = (this.groupFields[group] as number) | (1 << field);
      const seen = new Set<string>();
      for (const value of values) {
        const words = wordsOf(value);
        const packed = (slot << SLOT_SHIFT) | (Math.min(words.length, 15) << WORDS_SHIFT) | field;
        for (const word of words) {
          if (seen.has(word)) continue;
          seen.add(word);
          (postings[this.idOf(word)] ??= []).push(packed);
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

  idOfWord(word: string): number | undefined {
    return this.wordIds.get(word);
  }

  /** The words of the journal that `typed` (three letters or more) may stand for, best first. */
  matchesOf(typed: string): WordMatch[] {
    if (this.seen.length < this.words.length) this.seen = new Int32Array(this.words.length * 2);
    const seen = this.seen;
    const touched: number[] = [];
    // Words sharing enough of the typed word's letter pairs: a wrong, missing or extra letter spoils at most two of
    // them, and a compound holding the word holds them all.
    const pairs = pairsOf(typed);
    for (const pair of pairs) {
      for (const id of this.wordsByPair.get(pair) ?? []) {
        if (seen[id] === 0) touched.push(id);
        seen[id] = (seen[id] as number) + 1;
      }
    }
    const budget = typoBudget(typed.length);
    const needed = Math.max(1, pairs.size - 2 * budget);
    const matches: WordMatch[] = [];
    const judge = (id: number) => {
      if (seen[id] === JUDGED) return;
      if (seen[id] === 0) touched.push(id);
      seen[id] = JUDGED;
      const value = matchValue(typed, this.words[id] as string);
      if (value > 0) matches.push({ word: id, value });
    };
    for (const id of touched.slice()) if ((seen[id] as number) >= needed) judge(id);
    // Two swapped neighbours ("Lras" for "Lars") spoil three pairs, more than the filter allows: each swap of the
    // typed word is looked up as a word and as a beginning.
    if (budget > 0) {
      for (let i = 0; i + 1 < typed.length; i += 1) {
        const swapped = `${typed.slice(0, i)}${typed[i + 1]}${typed[i]}${typed.slice(i + 2)}`;
        const exact = this.wordIds.get(swapped);
        if (exact !== undefined) judge(exact);
        if (typed.length < MIN_TYPO_BEGINNING) continue;
        for (const id of this.wordsByPrefix.get(swapped.slice(0, 2)) ?? []) if ((this.words[id] as string).startsWith(swapped)) judge(id);
      }
    }
    for (const id of touched) seen[id] = 0;
    return matches.sort((a, b) => b.value - a.value);
  }

  /** The same word, in `fields`, where the journal holds it. */
  exactMatchOf(typed: string, fields: ReadonlySet<number>): WordMatch | undefined {
    const word = this.wordIds.get(typed);
    return word === undefined ? undefined : { word, value: EXACT, fields };
  }

  /**
   * For a word of one or two letters: the same word anywhere ("IT" as a department), and the words beginning with it
   * in `beginningsIn` only, since two letters begin too many words.
   */
  shortMatchesOf(typed: string, beginningsIn: ReadonlySet<number>): WordMatch[] {
    const exact = this.wordIds.get(typed);
    const beginnings = (this.wordsByPrefix.get(typed) ?? []).filter((word) => word !== exact).map((word) => ({ word, value: matchValue(typed, this.words[word] as string), fields: beginningsIn }));
    return exact === undefined ? beginnings : [{ word: exact, value: EXACT }, ...beginnings];
  }

  /**
   * The slots that score best for the typed words, up to `limit` per group, unordered. `postingsPerWord` caps the
   * postings read per typed word and group, best matches first, so that a word in half of all notes stays cheap;
   * `loosePostingsPerWord` caps, within that, those of parts and typos, which rank below every same word or beginning.
   */
  rank(
    typed: readonly TypedWord[],
    { limit, postingsPerWord, loosePostingsPerWord }: { limit: number; postingsPerWord: readonly number[]; loosePostingsPerWord: readonly number[] },
  ): Ranked[] {
    this.ensureScratch();
    const { wordBest, wordField, wordValueLength, totals, counts, oneField, wholeValue, alive, fieldWeights } = this;
    const touched: number[] = [];
    const required = typed.filter((word) => !word.optional).length;
    typed.forEach(({ matches, optional }, index) => {
      const touchedByWord: number[] = [];
      this.postings.forEach((group, groupIndex) => {
        let budget = postingsPerWord[groupIndex] as number;
        let looseBudget = loosePostingsPerWord[groupIndex] as number;
        const inGroup = this.groupFields[groupIndex] as number;
        for (const { word, value, fields } of matches) {
          const loose = value < BEGINNING;
          if (budget <= 0 || (loose && looseBudget <= 0)) break;
          if (fields && (maskOf(fields) & inGroup) === 0) continue;
          const postings = group[word];
          if (!postings) continue;
          const count = Math.min(postings.length, loose ? Math.min(budget, looseBudget) : budget);
          budget -= count;
          if (loose) looseBudget -= count;
          // From the end: the newest records were added last, and a budget should leave out the oldest.
          for (let i = postings.length - 1; i >= postings.length - count; i -= 1) {
            const posting = postings[i] as number;
            const slot = posting >>> SLOT_SHIFT;
            const field = posting & FIELD_MASK;
            if (!alive[slot] || (fields && !fields.has(field))) continue;
            const score = value + (fieldWeights[field] as number);
            const best = wordBest[slot] as number;
            if (best === 0) touchedByWord.push(slot);
            if (score > best) {
              wordBest[slot] = score;
              wordField[slot] = field;
              wordValueLength[slot] = (posting >>> WORDS_SHIFT) & FIELD_MASK;
            }
          }
        }
      });
      for (const slot of touchedByWord) {
        if (optional) {
          if (counts[slot] !== 0) totals[slot] = (totals[slot] as number) + (wordBest[slot] as number);
          wordBest[slot] = 0;
          continue;
        }
        const whole = wordValueLength[slot] === required ? 1 : 0;
        if (counts[slot] === 0) {
          touched.push(slot);
          oneField[slot] = index === 0 ? (wordField[slot] as number) : -1;
          wholeValue[slot] = whole;
        } else {
          if (oneField[slot] !== wordField[slot]) oneField[slot] = -1;
          wholeValue[slot] = (wholeValue[slot] as number) & whole;
        }
        totals[slot] = (totals[slot] as number) + (wordBest[slot] as number);
        counts[slot] = (counts[slot] as number) + 1;
        wordBest[slot] = 0;
      }
    });
    // Only the records matching as many of the typed words as any record does: "Kaffee mit Anna" shows the coffee
    // with Anna, not everyone named Anna.
    let mostWords = 0;
    for (const slot of touched) mostWords = Math.max(mostWords, counts[slot] as number);
    const best = this.postings.map(() => new BestRanked(limit));
    for (const slot of touched) {
      if (counts[slot] !== mostWords) {
        totals[slot] = 0;
        counts[slot] = 0;
        continue;
      }
      const field = oneField[slot] as number;
      const inOneField = counts[slot] === required && field >= 0;
      const bonus =
        (inOneField && required > 1 ? ONE_FIELD_BONUS * (fieldWeights[field] as number) : 0) +
        (inOneField && wholeValue[slot] === 1 ? WHOLE_VALUE_BONUS : 0);
      const score = (totals[slot] as number) + bonus;
      best[this.groupOf[slot] as number]?.offer(slot, score, score + (this.tieBreaks[slot] as number));
      totals[slot] = 0;
      counts[slot] = 0;
    }
    return best.flatMap((group) => group.entries);
  }

  private ensureScratch(): void {
    if (this.totals.length >= this.alive.length) return;
    const size = this.alive.length * 2;
    this.wordBest = new Float64Array(size);
    this.wordField = new Int8Array(size);
    this.wordValueLength = new Int8Array(size);
    this.totals = new Float64Array(size);
    this.counts = new Int32Array(size);
    this.oneField = new Int8Array(size);
    this.wholeValue = new Uint8Array(size);
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

/** The `limit` best of many offered, by their order, kept lowest first; one must beat the lowest to enter. */
class BestRanked {
  readonly entries: Ranked[] = [];

  constructor(private readonly limit: number) {}

  offer(slot: number, score: number, order: number): void {
    const { entries, limit } = this;
    if (entries.length === limit) {
      if (limit === 0 || order <= (entries[0] as Ranked).order) return;
      entries.shift();
    }
    let i = entries.length;
    while (i > 0 && (entries[i - 1] as Ranked).order > order) i -= 1;
    entries.splice(i, 0, { slot, score, order });
  }
}
