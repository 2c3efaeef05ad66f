// The interactions live beside the main data file, one history file per year of their date
// (`history/interactions-2024.json`). A compaction rewrites only the years that changed, so a journal of many years
// costs the current year's file rather than the whole journal; and a journal whose files all carry a matching
// checksum can be opened with the main file alone, the years following in the background.
import { join } from 'node:path';
import type { Interaction } from '../../../shared/model';
import { currentSchemaVersion, isRecordList } from './document';
import type { FolderCodec } from './encryption/codec';
import { ensureDir, isMissing, type StoreFileSystem } from './files';
import { parseObject, readChecksummed, writeChecksummed } from './snapshot-file';

const fileNamePattern = /^interactions-(\d{4})\.json$/;

export function historyDir(dir: string): string {
  return join(dir, 'history');
}

export function historyFile(dir: string, year: number): string {
  return join(historyDir(dir), `interactions-${year}.json`);
}

export function yearOf(interaction: Pick<Interaction, 'date'>): number {
  return Number(interaction.date.slice(0, 4));
}

export interface HistoryYear {
  year: number;
  file: string;
  bytes: Buffer;
  /** The file's checksum matches: our own compaction wrote it and nobody changed it since. */
  verified: boolean;
  /** The file claims a checksum that does not match: it was changed behind our back, which is damage. */
  tampered: boolean;
}

/** Reads the listed years' files; `undefined` when one of them is missing, which makes the journal damaged. */
export async function readHistory(fs: StoreFileSystem, dir: string, years: readonly number[], codec?: FolderCodec): Promise<HistoryYear[] | undefined> {
  const read: HistoryYear[] = [];
  for (const year of years) {
    const file = historyFile(dir, year);
    const content = await readChecksummed(fs, file, codec);
    if (content === null) return undefined;
    read.push({ year, file, ...content });
  }
  return read;
}

/**
 * The records of one year's file, or `undefined` when it does not read as that year's history. Records of a file
 * that is not vouched for by its checksum are only framed here; the loader validates them with the document.
 */
export function parseHistoryYear({ year, file, bytes, verified, tampered }: HistoryYear): Record<string, unknown>[] | undefined {
  if (tampered) return undefined;
  let data: Record<string, unknown>;
  try {
    data = parseObject(bytes, file);
  } catch {
    return undefined;
  }
  const records = data['interactions'];
  if (data['schemaVersion'] !== currentSchemaVersion || data['year'] !== year || !Array.isArray(records)) return undefined;
  if (verified && !isRecordList(records)) return undefined;
  return records as Record<string, unknown>[];
}

export async function writeHistoryYear(
  fs: StoreFileSystem,
  dir: string,
  year: number,
  interactions: readonly Interaction[],
  codec?: FolderCodec,
): Promise<void> {
  await ensureDir(fs, historyDir(dir));
  await writeChecksummed(fs, historyFile(dir, year), { schemaVersion: currentSchemaVersion, year, interactions }, codec);
}

/**
 * Removes the files of years the main file does not list: a year whose last interaction is gone, or a file a crash
 * left between writing it and writing the main file (its records are still in the log).
 */
export async function removeUnlistedYears(fs: StoreFileSystem, dir: string, listed: ReadonlySet<number>): Promise<void> {
  let names: string[];
  try {
    names = await fs.readdir(historyDir(dir));
  } catch (error) {
    if (isMissing(error)) return;
    throw error;
  }
  for (const name of names) {
    const year = fileNamePattern.exec(name)?.[1];
    if (year !== undefined && !listed.has(Number(year))) await fs.unlink(join(historyDir(dir), name));
  }
}

/** Groups the interactions by the year of their date. */
export function interactionsByYear(interactions: Iterable<Interaction>): Map<number, Interaction[]> {
  const byYear = new Map<number, Interaction[]>();
  for (const interaction of interactions) {
    const year = yearOf(interaction);
    const list = byYear.get(year);
    if (list) list.push(interaction);
    else byYear.set(year, [interaction]);
  }
  return byYear;
}
