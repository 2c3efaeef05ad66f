// Every word the help profiles hold, once, with an index from letter pairs to words: a word of the need finds the
// journal's words within a typo of it, and the compounds it is a part of ("Raum" → "Raumbuchung", "Konferenzraum"),
// by counting shared letter pairs instead of comparing it with every word. Words are only ever added.
import { MIN_PART, editBudget, editDistance, isCompoundPart } from './need-words';

export interface WordMatch {
  word: number;
  /** How well the journal's word stands for the need's word: 1 is the same word. */
  quality: number;
}

/** A word of the journal within a typo of the need's word. */
const TYPO_QUALITY = [1, 0.8, 0.65];
/** The need's word is a part of the journal's compound ("Raum" in "Raumbuchung"). */
const PART_OF_JOURNAL_WORD = 0.8;
/** The journal's word is a part of the need's compound ("Konferenz" in "Videokonferenz"). */
const PART_OF_NEED_WORD = 0.7;

function pairsOf(word: string): string[] {
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < word.length; i += 1) pairs.add(word.slice(i, i + 2));
  return [...pairs];
}

export class HelpVocabulary {
  private readonly ids = new Map<string, number>();
  private readonly words: string[] = [];
  private readonly wordsByPair = new Map<string, number[]>();
  private counts = new Int32Array(1024);

  get size(): number {
    return this.words.length;
  }

  wordOf(id: number): string {
    return this.words[id] as string;
  }

  find(word: string): number | undefined {
    return this.ids.get(word);
  }

  idOf(word: string): number {
    let id = this.ids.get(word);
    if (id !== undefined) return id;
    id = this.words.length;
    this.ids.set(word, id);
    this.words.push(word);
    for (const pair of pairsOf(word)) {
      const list = this.wordsByPair.get(pair);
      if (list) list.push(id);
      else this.wordsByPair.set(pair, [id]);
    }
    return id;
  }

  /**
   * The journal's words that may stand for `word`: itself, those within its edit budget, the compounds it is part of,
   * and the words it is compounded of. Reads only the words sharing enough letter pairs with it.
   */
  matchesOf(word: string): WordMatch[] {
    const best = new Map<number, number>();
    const note = (id: number, quality: number) => {
      if ((best.get(id) ?? 0) < quality) best.set(id, quality);
    };
    const exact = this.ids.get(word);
    if (exact !== undefined) note(exact, 1);

    const budget = editBudget(word.length);
    const lookInside = word.length >= MIN_PART;
    if (budget > 0 || lookInside) {
      const pairs = pairsOf(word);
      // Each edit spoils at most two letter pairs; a compound holding the word holds all of them.
      const needed = Math.max(1, pairs.length - 2 * budget);
      if (this.counts.length < this.words.length) this.counts = new Int32Array(this.words.length * 2);
      const counts = this.counts;
      const touched: number[] = [];
      for (const pair of pairs) {
        for (const id of this.wordsByPair.get(pair) ?? []) {
          if (counts[id] === 0) touched.push(id);
          counts[id] = (counts[id] as number) + 1;
        }
      }
      for (const id of touched) {
        const shared = counts[id] as number;
        counts[id] = 0;
        if (shared < needed || id === exact) continue;
        const candidate = this.words[id] as string;
        if (lookInside && shared === pairs.length && isCompoundPart(word, candidate)) note(id, PART_OF_JOURNAL_WORD);
        if (budget > 0) {
          const distance = editDistance(word, candidate, budget);
          if (distance <= budget) note(id, TYPO_QUALITY[distance] as number);
        }
      }
    }

    // The parts the need's own compound is made of, where the journal knows them as words.
    for (let length = MIN_PART; length < word.length; length += 1) {
      for (const part of [word.slice(0, length), word.slice(word.length - length)]) {
        const id = this.ids.get(part);
        if (id !== undefined && isCompoundPart(part, word)) note(id, PART_OF_NEED_WORD);
      }
    }
    return [...best].map(([id, quality]) => ({ word: id, quality }));
  }
}
