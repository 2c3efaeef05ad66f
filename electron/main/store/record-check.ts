// The full validation of every record in memory, run once after opening. A data file whose checksum matches is read
// with its records' shape only (see `verifiedDocumentSchema`), which keeps the open within its budget; but a file
// edited by hand with its checksum recomputed would then carry invalid records into every backup and compaction.
// So they are checked here, in the background, before anything is written from memory.
import type { z } from 'zod';
import { coachRecordSchema, contactSchema, interactionSchema } from '../../../shared/model';
import type { Collection } from './types';

const schemas: Record<Collection, z.ZodType> = {
  contacts: contactSchema,
  interactions: interactionSchema,
  coach: coachRecordSchema,
};

/**
 * How long the check runs before it lets other work in. A save waits for a few turns of the event loop (write, sync),
 * each of which may fall behind one slice, so the slice is kept to a small part of the save's budget.
 */
const defaultSliceMs = 2;
/** Records checked between two looks at the clock (a few microseconds each). */
const recordsBetweenClockReads = 64;

/** How a record is named in the set of invalid ones: collection and id, as a change names what it touches. */
export function recordKey(collection: Collection, id: string): string {
  return `${collection}:${id}`;
}

type Records = Record<Collection, ReadonlyMap<string, unknown>>;

/**
 * Adds the key of every record that fails its schema to `invalid`. `pause` runs between slices so other work (commits,
 * searches) goes on meanwhile. The caller removes the keys of records its commits replace, in the same set, at any
 * time; a record already replaced or removed when the check reaches it is skipped, because the commit validated what
 * it wrote. The maps are read as they were when the check began, so no record is seen twice or missed.
 */
export async function collectInvalidRecords(
  records: Records,
  invalid: Set<string>,
  pause: () => Promise<void>,
  sliceMs = defaultSliceMs,
): Promise<void> {
  let sliceStart = performance.now();
  let sinceClockRead = 0;
  for (const collection of Object.keys(schemas) as Collection[]) {
    const map = records[collection];
    const schema = schemas[collection];
    for (const [id, record] of [...map]) {
      if (++sinceClockRead === recordsBetweenClockReads) {
        sinceClockRead = 0;
        if (performance.now() - sliceStart >= sliceMs) {
          await pause();
          sliceStart = performance.now();
        }
      }
      if (map.get(id) !== record) continue;
      if (!schema.safeParse(record).success) invalid.add(recordKey(collection, id));
    }
  }
}
