// Run by crash.test.ts in a child process (bundled first): commits without pause and prints the id of every
// commit the store has acknowledged, until the parent kills it.
import { fixedClock } from '../../../../electron/main/services/clock';
import { openStore } from '../../../../electron/main/store';
import { contactSchema, interactionSchema } from '../../../../shared/model';

const [dir = '', run = '0', day = '2025-01-01'] = process.argv.slice(2);
const stamp = `${day}T10:00:00.000Z`;

function say(line: string) {
  // Writes to a pipe are synchronous on Linux and macOS, so a printed ack is never lost before the kill.
  process.stdout.write(`${line}\n`);
}

const store = await openStore({ dir, clock: fixedClock(stamp), compactAfterEntries: 40, compactAfterIdleMs: 30 });
say('ready');
for (let n = 1; ; n += 1) {
  const id = `r${run}-${n}`;
  const burst = [0, 1, 2].map(async (slot) => {
    const itemId = `${id}-${slot}`;
    await store.commit([
      {
        op: 'put',
        collection: 'interactions',
        value: interactionSchema.parse({ id: itemId, contactIds: ['counter'], type: 'coffee', date: day, note: `n ${n}`, createdAt: stamp, updatedAt: stamp }),
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
  if (n % 70 === 0) await store.flush();
}
