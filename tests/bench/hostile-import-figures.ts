// Issue 12's hostile import files (tests/fixtures/transfer/hostile-imports.ts) at the size limit, and the heaviest
// files Plausch takes, each parsed as the app parses it (measure-import.ts: in the import worker, built as the bundles
// build it, in a process of its own). Each is reported next to its budget: an answer within 2 s, and memory of at most
// five times the file's size. The memory is the peak of the process's resident memory over what it held with the file
// read; the budget applies to what grows with the file, over the worker's own start, which a tiny file shows.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MAX_IMPORT_BYTES, MAX_IMPORT_RECORDS } from '../../shared/transfer';
import { fullCards, fullRows, hostileImports } from '../fixtures/transfer/hostile-imports';

export const ANSWER_BUDGET_MS = 2_000;
export const MEMORY_BUDGET_FACTOR = 5;

export interface HostileImportFigure {
  name: string;
  bytes: number;
  /** What Plausch answered: how many contacts it read, or the error it refused the file with. */
  outcome: string;
  ms: number;
  /** CPU time of the whole process meanwhile: a time far above it is a busy machine, not a slow parse. */
  cpuMs: number;
  peakMB: number;
}

const MB = 1024 * 1024;
const round = (value: number) => Math.round(value * 10) / 10;

export async function hostileImportFigures(workerFile: string, log: (line: string) => void): Promise<HostileImportFigure[]> {
  const measure = fileURLToPath(new URL('./measure-import.mjs', import.meta.url));
  const atLimit = MAX_IMPORT_BYTES - 1024;
  const files = [
    { name: 'a tiny vCard (the worker itself)', fileName: 'eine.vcf', text: 'BEGIN:VCARD\r\nFN:Anna Berg\r\nEND:VCARD\r\n' },
    ...hostileImports.map(({ name, fileName, text }) => ({ name, fileName, text: text(atLimit) })),
    { name: `${MAX_IMPORT_RECORDS} full vCards`, fileName: 'kontakte.vcf', text: fullCards(MAX_IMPORT_RECORDS) },
    { name: `${MAX_IMPORT_RECORDS} full CSV rows`, fileName: 'kontakte.csv', text: fullRows(MAX_IMPORT_RECORDS) },
  ];
  const dir = await mkdtemp(join(tmpdir(), 'plausch-bench-imports-'));
  try {
    const figures: HostileImportFigure[] = [];
    for (const { name, fileName, text } of files) {
      log(`hostile import: ${name}`);
      const file = join(dir, fileName);
      await writeFile(file, text);
      const measured = JSON.parse(execFileSync(process.execPath, ['--expose-gc', measure, file, workerFile], { encoding: 'utf8' })) as {
        outcome: string;
        ms: number;
        cpuMs: number;
        peakBytes: number;
      };
      figures.push({ name, bytes: Buffer.byteLength(text), outcome: measured.outcome, ms: measured.ms, cpuMs: measured.cpuMs, peakMB: round(measured.peakBytes / MB) });
    }
    return figures;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export function hostileImportSection(figures: readonly HostileImportFigure[]): string[] {
  const width = Math.max(...figures.map((figure) => figure.name.length));
  const workerStartMB = figures[0]?.peakMB ?? 0;
  return [
    '',
    `hostile imports, each in the import worker in a process of its own (budget: an answer within ${ANSWER_BUDGET_MS} ms; memory over the worker's start at most ${MEMORY_BUDGET_FACTOR}× the file):`,
    ...figures.map(({ name, bytes, outcome, ms, cpuMs, peakMB }, index) => {
      const fileMB = bytes / MB;
      const overStart = index === 0 ? undefined : round(Math.max(0, peakMB - workerStartMB) / fileMB);
      const over = [ms > ANSWER_BUDGET_MS ? 'time' : '', overStart !== undefined && overStart > MEMORY_BUDGET_FACTOR ? 'memory' : ''].filter(Boolean).join(' and ');
      const memory = `${peakMB} MB${overStart === undefined ? ' (the worker\'s start)' : ` (${overStart}× over the start)`}`;
      return `  ${name.padEnd(width)}  ${`${round(fileMB)} MB`.padStart(7)}  ${outcome.padEnd(28)} ${String(ms).padStart(5)} ms (CPU ${String(cpuMs).padStart(5)} ms)  ${memory.padEnd(31)}${over ? ` over budget: ${over}` : ''}`;
    }),
  ];
}
