// The shape of the data file and of each write-ahead log line, as zod schemas. Whatever is read from disk passes
// through these before a service sees it.
import { z } from 'zod';
import { coachRecordSchema, contactSchema, interactionSchema, settingsSchema } from '../../../shared/model';
import type { CoachRecord, Contact, Interaction, Settings } from '../../../shared/model';

/** Version 3 keeps the interactions out of the main file, in one history file per year (see history-files.ts). */
export const currentSchemaVersion = 3;

/**
 * The highest sequence number a log line may carry: a thousand writes a second would take 35,000 years to reach it,
 * and one more stays a safe integer. A line beyond it can only come from damage or tampering, and is treated so,
 * rather than carried into the snapshot where it would make the next open reject the whole file.
 */
export const maxSequence = 2 ** 50;

export const documentSchema = z.object({
  schemaVersion: z.literal(currentSchemaVersion),
  contacts: z.array(contactSchema),
  interactions: z.array(interactionSchema),
  /** Added after version 2 shipped; a file without it simply has no coach records yet. */
  coach: z.array(coachRecordSchema).default([]),
  settings: settingsSchema,
  /** The last log sequence number already contained in this snapshot. */
  walSeq: z.number().int().min(0).max(maxSequence),
});

export const isRecordList = (value: unknown): boolean =>
  Array.isArray(value) && value.every((record) => typeof record === 'object' && record !== null && typeof (record as { id?: unknown }).id === 'string');

/**
 * A current document whose checksum shows our own compaction wrote it: its records were validated when committed,
 * so only the shape is checked here, which at tens of thousands of records saves most of the time spent opening.
 */
export const verifiedDocumentSchema = documentSchema.extend({
  contacts: z.custom<Contact[]>(isRecordList),
  interactions: z.custom<Interaction[]>(isRecordList),
  coach: z.custom<CoachRecord[]>(isRecordList).default([]),
});

export interface JournalDocument {
  schemaVersion: number;
  contacts: Contact[];
  interactions: Interaction[];
  coach: CoachRecord[];
  settings: Settings;
  walSeq: number;
}

/**
 * The main data file at the current version: the document without its interactions, plus the years that have a
 * history file. It is validated as the whole document once the years are added; backups and exports stay whole
 * documents, readable on their own.
 */
export type JournalHead = Omit<JournalDocument, 'interactions'> & { historyYears: number[] };

export function emptyDocument(): JournalDocument {
  return {
    schemaVersion: currentSchemaVersion,
    contacts: [],
    interactions: [],
    coach: [],
    settings: settingsSchema.parse({}),
    walSeq: 0,
  };
}

const putSchema = z.discriminatedUnion('collection', [
  z.object({ op: z.literal('put'), collection: z.literal('contacts'), value: contactSchema }),
  z.object({ op: z.literal('put'), collection: z.literal('interactions'), value: interactionSchema }),
  z.object({ op: z.literal('put'), collection: z.literal('coach'), value: coachRecordSchema }),
]);

/** One change at the current schema version, as `commit` accepts it and a log line carries it. */
export const changeSchema = z.discriminatedUnion('op', [
  putSchema,
  // Any id: a delete removes a record already in memory and stores nothing of it, and the records it must be able to
  // remove include those of a hand-edited data file whose ids break the pattern, which a restore replaces. The ids of
  // what the user deletes are checked where they come in (the contract).
  z.object({ op: z.literal('delete'), collection: z.enum(['contacts', 'interactions', 'coach']), id: z.string().min(1) }),
  z.object({ op: z.literal('settings'), value: settingsSchema }),
]);

/**
 * A log line as written by any schema version: only the framing is checked here, because the records inside are
 * validated against the schema of the version that wrote them (after migration, or one by one at the current one).
 */
export const rawLogEntrySchema = z.object({
  seq: z.number().int().min(1).max(maxSequence),
  changes: z.array(
    z.union([
      z.object({ op: z.literal('put'), collection: z.string(), value: z.object({ id: z.string() }).loose() }),
      z.object({ op: z.literal('delete'), collection: z.string(), id: z.string() }),
      z.object({ op: z.literal('settings'), value: z.object({}).loose() }),
    ]),
  ),
});

export type RawLogEntry = z.output<typeof rawLogEntrySchema>;
