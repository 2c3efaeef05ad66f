// How far a typed word is from a word of the journal, counted as people mistype: a letter left out, one too many, a
// wrong one, or two neighbours swapped ("Lras" for "Lars"), each one edit (the optimal-string-alignment distance).

export interface EditDistances {
  /** Edits that turn the typed word into the whole word. */
  whole: number;
  /** Edits that turn the typed word into the beginning of the word, for a word still being typed. */
  prefix: number;
}

let rows: Int32Array[] = [new Int32Array(32), new Int32Array(32), new Int32Array(32)];

/** Both distances, each `limit + 1` once it must exceed `limit`. */
export function editDistances(typed: string, word: string, limit: number): EditDistances {
  const m = typed.length;
  const n = word.length;
  const over = limit + 1;
  if ((rows[0] as Int32Array).length <= n) rows = [new Int32Array(n * 2), new Int32Array(n * 2), new Int32Array(n * 2)];
  // Rows over the typed word's letters, columns over the word's: beforePrevious, previous and current.
  let [beforePrevious, previous, current] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= n; j += 1) previous[j] = j;
  for (let i = 1; i <= m; i += 1) {
    const letter = typed.charCodeAt(i - 1);
    current[0] = i;
    let rowBest = i;
    for (let j = 1; j <= n; j += 1) {
      const other = word.charCodeAt(j - 1);
      let value = Math.min((previous[j - 1] as number) + (letter === other ? 0 : 1), (previous[j] as number) + 1, (current[j - 1] as number) + 1);
      if (i > 1 && j > 1 && letter === word.charCodeAt(j - 2) && typed.charCodeAt(i - 2) === other) {
        value = Math.min(value, (beforePrevious[j - 2] as number) + 1);
      }
      current[j] = value;
      if (value < rowBest) rowBest = value;
    }
    // Every later row is at least this row's best: nothing within the limit can follow.
    if (rowBest > limit) return { whole: over, prefix: over };
    [beforePrevious, previous, current] = [previous, current, beforePrevious];
  }
  let prefix = over;
  for (let j = 0; j <= n; j += 1) if ((previous[j] as number) < prefix) prefix = previous[j] as number;
  const whole = previous[n] as number;
  return { whole: Math.min(whole, over), prefix: Math.min(prefix, over) };
}

/** Edits a typed word of this length may hold: none for short words, where one edit makes another word. */
export function typoBudget(length: number): number {
  if (length < 4) return 0;
  if (length < 8) return 1;
  return 2;
}
