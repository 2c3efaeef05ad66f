// Run by crash.test.ts in a child process (bundled first): commits without pause and prints the id of every
// commit the store has acknowledged, until the parent kills it. Interactions spread over six years and some move
// from one year to another, so compactions rewrite several history files and the main file.
import { fixedClock } from '../../../../electron/main/services/clock';
import { openStoreEarly } from '../../../../electron/main/store';
import { contactSchema, interactionSchema } from '../../../../shared/model';

const [dir = '', run = '0', day = '2025-01-01'] = process.argv.slice(2);
const stamp = `${day}T10:00:00.000Z`;

function say(line: string) {
  // Writes to a pipe are synchronous on Linux and macOS, so a printed ack is never lost before the kill.
  process.stdout.write(`${line}\n`);
}

// Opened as the app opens it: commits may arrive while the years are still being read, and wait for them.
const store = await openStoreEarly({ dir, clock: fixedClock(stamp), compactAfterEntries: 40, compactAfterIdleMs: 30 });
say('ready');
const dateIn = (n: number) => `${2019 + (n % 6)}${day.slice(4)}`;
for (let n = 1; ; n += 1) {
  const id = `r${run}-${n}`;
  const burst = [0, 1, 2].map(async (slot) => {
    const itemId = `${id}-${slot}`;
    await store.commit([
      {
        op: 'put',
        collection: 'interactions',
        value: interactionSchema.parse({ id: itemId, contactIds: ['counter'], type: 'coffee', date: dateIn(n + slot), note: `n ${n}`, createdAt: stamp, updatedAt: stamp }),
      },
      {
        op: 'put',
        collection: 'contacts',
        value: contactSchema.parse({ id: 'counter', firstName: 'Zähler', notes: `${run}:${n}`, createdAt: stamp, updatedAt: stamp }),
      },
    ]);
    say(`ack ${itemId}`);
  });
  await Promise.all(burst);
  if (n % 50 === 0) {
    say(`deleting ${id}-2`);
    await store.commit([{ op: 'delete', collection: 'interactions', id: `${id}-2` }]);
    say(`deleted ${id}-2`);
  }
  if (n % 30 === 0) {
    // Moves an earlier record of this run into the next year.
    const moved = `r${run}-${n - 29}-0`;
    const date = dateIn(n + 1);
    await store.commit([
      {
        op: 'put',
        collection: 'interactions',
        value: interactionSchema.parse({ id: moved, contactIds: ['counter'], type: 'coffee', date, note: 'moved', createdAt: stamp, updatedAt: stamp }),
      },
    ]);
    say(`moved ${moved} ${date}`);
  }
  if (n % 70 === 0) await store.flush();
}
