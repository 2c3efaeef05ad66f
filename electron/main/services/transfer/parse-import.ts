// An imported file's bytes to contact candidates: decoding, format detection, then the vCard or CSV parser. Pure and
// synchronous; the app runs it in a worker thread (parse-in-worker.ts), so that even the slowest file costs that
// thread and never the windows. Every pass is linear in the file, and every record is counted before any is parsed.
import { PlauschError } from '../../../../shared/errors';
import type { ImportFormat, ImportProblem } from '../../../../shared/transfer';
import type { Candidate } from './candidate';
import { parseCsv } from './csv-import';
import { decodeImportBytes } from './decode';
import { looksLikeVcard, parseVcards } from './vcard-import';

export interface ParsedImport {
  format: ImportFormat;
  candidates: Candidate[];
  problems: ImportProblem[];
}

/**
 * Told how many characters each pass over the text looked at (and how many it handed to ical.js or papaparse, which
 * each read their input a bounded number of times). The sum shows a test that the work grows in step with the file.
 */
export type WorkCounter = (characters: number) => void;

const uncounted: WorkCounter = () => undefined;

/** Parses a file somewhere: in this thread (tests) or in a worker (the app); see createImports. */
export type ImportParser = (bytes: Uint8Array, fileName: string) => Promise<ParsedImport>;

export const parseInThisThread: ImportParser = async (bytes, fileName) => parseImportFile(bytes, fileName);

const unknownFormat = () => new PlauschError('importUnknownFormat', { expected: ['vCard (.vcf)', 'CSV (.csv)'] });

export function parseImportFile(bytes: Uint8Array, fileName = '', countWork: WorkCounter = uncounted): ParsedImport {
  const candidates: Candidate[] = [];
  const { format, problems } = readImportText(decodeImportBytes(bytes).text, fileName, (candidate) => candidates.push(candidate), countWork);
  return { format, candidates, problems };
}

/**
 * `text`: the file's bytes decoded (decodeImportBytes). Each candidate goes to `take` as soon as it is read, so that a
 * worker can pass them on in batches rather than hold them all and then a copy of them all for the message.
 */
export function readImportText(
  text: string,
  fileName: string,
  take: (candidate: Candidate) => void,
  countWork: WorkCounter = uncounted,
): Omit<ParsedImport, 'candidates'> {
  const problems: ImportProblem[] = [];
  if (looksLikeVcard(text, countWork) || /\.vcf$/i.test(fileName)) {
    if (parseVcards(text, problems, take, countWork) === 0) throw unknownFormat();
    return { format: 'vcard', problems };
  }
  const headerLine = text.slice(0, text.search(/\r?\n|$/));
  if (/^\s*BEGIN:VCALENDAR/i.test(text) || !(/\.csv$/i.test(fileName) || /[,;\t]/.test(headerLine))) throw unknownFormat();
  return { format: parseCsv(text, problems, take, countWork), problems };
}
