// How many cases and from which seed. `npm test` runs a fixed seed, so its verdict is the same on every run and every
// machine; `npm run fuzz` (PLAUSCH_FUZZ=1) draws a new seed and runs many more cases. Either prints how to replay.
import type { Parameters } from 'fast-check';

/** The seed of `npm test`: any fixed number would do. */
const NPM_TEST_SEED = 20_261_202;

const fuzzing = process.env.PLAUSCH_FUZZ === '1';
/** Every property's runs are multiplied by this: 1 in `npm test`, 20 in `npm run fuzz` unless PLAUSCH_FUZZ_SCALE says. */
const scale = Number(process.env.PLAUSCH_FUZZ_SCALE ?? (fuzzing ? 20 : 1));
const seed = process.env.PLAUSCH_FUZZ_SEED ? Number(process.env.PLAUSCH_FUZZ_SEED) : fuzzing ? Math.floor(Math.random() * 2 ** 31) : NPM_TEST_SEED;
/** The path fast-check prints with a failure: with the same seed, it replays just the shrunk counterexample. */
const path = process.env.PLAUSCH_FUZZ_PATH;

if (!Number.isFinite(scale) || scale <= 0 || !Number.isSafeInteger(seed)) throw new Error('PLAUSCH_FUZZ_SCALE and PLAUSCH_FUZZ_SEED must be numbers');

/** One line for the log: the seed, the scale and how to run the same cases again. */
export function fuzzRunDescription(): string {
  return (
    `[fuzz] seed ${seed}, runs ×${scale}. Replay: PLAUSCH_FUZZ_SEED=${seed} PLAUSCH_FUZZ_SCALE=${scale} npm run fuzz` +
    ` (add PLAUSCH_FUZZ_PATH=<path> from a failure's report to run just its counterexample)`
  );
}

export function fuzzParameters<T>(runs: number): Parameters<T> {
  return { seed, numRuns: Math.max(1, Math.round(runs * scale)), ...(path ? { path, endOnFailure: true } : {}) };
}
