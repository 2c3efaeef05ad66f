// The import parser in a worker thread: the main process hands the file's bytes to a fresh worker and collects its
// answer, so its event loop (and with it every window) goes on while even the slowest file is read. A worker per
// file: it starts in a few tens of milliseconds, and nothing of one file's parse outlives it.
import { Worker } from 'node:worker_threads';
import { PlauschError, type PlauschErrorData } from '../../../../shared/errors';
import { MAX_IMPORT_BYTES } from '../../../../shared/transfer';
import type { Candidate } from './candidate';
import type { ImportParser, ParsedImport } from './parse-import';

export interface ParseRequest {
  bytes: Uint8Array;
  fileName: string;
}

/** How the parse ended. A PlauschError travels as its data: a cloned Error would lose its code and details. */
export type ParseOutcome =
  | ({ ok: true } & Omit<ParsedImport, 'candidates'>)
  | { ok: false; refused: PlauschErrorData }
  | { ok: false; failed: { message: string; stack?: string } };

/** What the worker posts: batches of candidates as it reads them, then the outcome. */
export type WorkerMessage = { candidates: Candidate[] } | ParseOutcome;

/** Runs in the worker. */
export function outcomeOf(read: () => Omit<ParsedImport, 'candidates'>): ParseOutcome {
  try {
    return { ok: true, ...read() };
  } catch (error) {
    if (error instanceof PlauschError) return { ok: false, refused: error.toData() };
    const { message, stack } = error instanceof Error ? error : new Error(String(error));
    return { ok: false, failed: { message, ...(stack ? { stack } : {}) } };
  }
}

function errorOf(outcome: Exclude<ParseOutcome, { ok: true }>): Error {
  if ('refused' in outcome) return new PlauschError(outcome.refused.code, outcome.refused.details);
  return Object.assign(new Error(outcome.failed.message), outcome.failed.stack ? { stack: outcome.failed.stack } : {});
}

/**
 * Young generation kept small: the parse makes much short-lived garbage, and a worker left to V8's defaults grows its
 * nursery first and collects later, a third more memory at the peak for no gain in time. The old generation is capped
 * as a last guard: no file may take the worker past this (a parse needs about five times the file at most).
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: Math.ceil((8 * MAX_IMPORT_BYTES) / 1024 / 1024) };

/** `workerFile`: the built import-worker script (see import-worker-build.mjs). */
export function parseInWorker(workerFile: string): ImportParser {
  return (bytes, fileName) =>
    new Promise<ParsedImport>((resolve, reject) => {
      // A copy of its own goes to the worker, moved rather than cloned: a clone is copied twice on the way.
      const own = bytes.slice();
      const request: ParseRequest = { bytes: own, fileName };
      const worker = new Worker(workerFile, { workerData: request, transferList: [own.buffer], resourceLimits: WORKER_LIMITS });
      const candidates: Candidate[] = [];
      worker.on('message', (message: WorkerMessage) => {
        if ('candidates' in message) candidates.push(...message.candidates);
        else if (message.ok) resolve({ format: message.format, candidates, problems: message.problems });
        else reject(errorOf(message));
      });
      worker.once('error', reject);
      // Only an answer, or the error above, settles the promise; after either this does nothing.
      worker.once('exit', (code) => reject(new Error(`the import parser stopped without an answer (exit code ${code})`)));
    });
}
