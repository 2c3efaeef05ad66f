// Run by lock-race.test.ts in a child process (bundled first): one of several writers of one data folder. Each
// `go <round>` line from the parent is one try to open the store. A writer that gets the folder commits one record,
// prints `ack <id>` once the store has acknowledged it, then `holding <round>`, and keeps the folder until the parent
// kills it or sends `close` (answered by `closed`). A writer that does not get it prints `locked <round>`; anything
// else that goes wrong is `failed <round> <what>`, on one line.
import { createInterface } from 'node:readline';
import { fixedClock } from '../../../../electron/main/services/clock';
import { openStore, StoreError } from '../../../../electron/main/store';
import type { JournalStore } from '../../../../electron/main/store/types';
import { interactionSchema } from '../../../../shared/model';

const [dir = '', writer = 'w'] = process.argv.slice(2);
const stamp = '2025-06-02T10:00:00.000Z';
let store: JournalStore | undefined;

function say(line: string) {
  // Writes to a pipe are synchronous on Linux and macOS, so a printed ack is never lost before a kill.
  process.stdout.write(`${line.replace(/\s*\n\s*/g, ' | ')}\n`);
}

async function tryToWrite(round: string) {
  try {
    // Compacting after every commit rewrites the main file each time: two writers holding the folder at once would
    // overwrite each other's records, so a broken lock shows up as lost writes.
    store = await openStore({ dir, clock: fixedClock(stamp), compactAfterEntries: 1 });
  } catch (error) {
    if (error instanceof StoreError && error.code === 'locked') return say(`locked ${round}`);
    throw error;
  }
  const id = `${writer}-r${round}`;
  await store.commit([
    {
      op: 'put',
      collection: 'interactions',
      value: interactionSchema.parse({ id, contactIds: ['anyone'], type: 'coffee', date: '2025-06-02', note: `round ${round}`, createdAt: stamp, updatedAt: stamp }),
    },
  ]);
  say(`ack ${id}`);
  say(`holding ${round}`);
}

say('ready');
for await (const line of createInterface({ input: process.stdin })) {
  const [command = '', round = ''] = line.split(' ');
  try {
    if (command === 'go') {
      await tryToWrite(round);
    } else if (command === 'close') {
      await store?.close();
      store = undefined;
      say('closed');
    }
  } catch (error) {
    say(`failed ${round} ${error instanceof Error ? error.message : String(error)}`);
  }
}
