// `node measure-import.mjs FILE WORKER`: parses one import file as the app parses it, in the import worker, in a
// process of its own, so that its resident memory shows this parse and nothing before it. Prints the outcome, the time
// to the answer, the CPU time it took (the worker's, mostly) and the peak resident memory over what the process held
// with the file read, sampled every 2 ms, as one line of JSON.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { performance } from 'node:perf_hooks';
import { PlauschError } from '../../shared/errors';
import { parseInWorker } from '../../electron/main/services/transfer/parse-in-worker';

const [file = '', workerFile = ''] = process.argv.slice(2);
const bytes = readFileSync(file);
(globalThis as { gc?: () => void }).gc?.();
const before = process.memoryUsage.rss();
let peak = before;
const sampler = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage.rss());
}, 2);
const cpuBefore = process.cpuUsage();
const start = performance.now();
const outcome = await parseInWorker(workerFile)(bytes, basename(file)).then(
  ({ candidates }) => `${candidates.length} read`,
  (error: unknown) => (error instanceof PlauschError ? `refused: ${error.code}` : `failed: ${String(error)}`),
);
const ms = performance.now() - start;
const cpu = process.cpuUsage(cpuBefore);
clearInterval(sampler);
peak = Math.max(peak, process.memoryUsage.rss());
console.log(JSON.stringify({ outcome, ms: Math.round(ms), cpuMs: Math.round((cpu.user + cpu.system) / 1000), peakBytes: peak - before }));
