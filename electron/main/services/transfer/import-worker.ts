// The entry of the import parser's worker thread (see parse-in-worker.ts): parses the one file it was started with,
// posts its candidates in batches as they are read, then the outcome, and ends. Each bundle builds it beside its own
// entry (import-worker-build.mjs).
import { parentPort, workerData } from 'node:worker_threads';
import type { Candidate } from './candidate';
import { decodeImportBytes } from './decode';
import { outcomeOf, type ParseRequest, type WorkerMessage } from './parse-in-worker';
import { readImportText } from './parse-import';

/** Candidates per message: small enough that neither side holds much of the file twice. */
const BATCH = 500;

const request = workerData as ParseRequest;
const post = (message: WorkerMessage) => parentPort?.postMessage(message);
const batch: Candidate[] = [];
const outcome = outcomeOf(() => {
  const { text } = decodeImportBytes(request.bytes);
  // Decoded, the bytes are spent: let them go before the parse builds its records.
  request.bytes = new Uint8Array();
  return readImportText(text, request.fileName, (candidate) => {
    if (batch.push(candidate) === BATCH) post({ candidates: batch.splice(0) });
  });
});
if (outcome.ok && batch.length > 0) post({ candidates: batch });
post(outcome);
