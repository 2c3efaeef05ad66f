// Run by crash.test.ts in a child process (bundled first): commits without pause and prints the id of every
// commit the store has acknowledged, until the parent kills it. Interactions spread over six years and some move
// from one year to another, so compactions rewrite several history files and the main file.
//
// Each run starts with a prologue that does one of everything the parent checks (commits, a move to another year, a
// deletion) and then prints `prologue`. A parent that waits for that line kills a child that has done the work its
// assertions need, however slow the machine is.
//
// With `encrypted` the folder is encrypted at the start of the first run and then switched off and on again every
// twenty bursts, so the kills also land in the middle of switches and among commits to an encrypted folder.
import { fixedClock } from '../../../../electron/main/services/clock';
import { openStoreEarly, StoreError } from '../../../../electron/main/store';
import { contactSchema, interactionSchema } from '../../../../shared/model';
import { CHEAP_SCRYPT, PASSPHRASE } from './encryption/support';

const [dir = '', run = '0', day = '2025-01-01', role = 'writer', mode = 'plain'] = process.argv.slice(2);
const stamp = `${day}T10:00:00.000Z`;
const encrypted = mode === 'encrypted';
const keys = encrypted ? { unlock: { passphrase: PASSPHRASE }, keyDerivation: CHEAP_SCRYPT } : {};

function say(line: string) {
  // Writes to a pipe are synchronous on Linux and macOS, so a printed ack is never lost before the kill.
  process.stdout.write(`${line}\n`);
}

if (role === 'second') {
  // A second writer on a folder whose writer is running: it must be refused, whatever state the lock is in.
  try {
    const stolen = await openStoreEarly({ dir, clock: fixedClock(stamp), ...keys });
    say('opened');
    await stolen.close();
  } catch (error) {
    say(error instanceof StoreError && error.code === 'locked' ? 'locked' : `failed ${String(error)}`);
  }
  process.exit(0);
}

// Opened as the app opens it: commits may arrive while the years are still being read, and wait for them.
const store = await openStoreEarly({ dir, clock: fixedClock(stamp), compactAfterEntries: 40, compactAfterIdleMs: 30, ...keys });
say('ready');

async function switchEncryption() {
  say('switching');
  if (store.encryption.on) await store.encryption.turnOff(PASSPHRASE);
  else await store.encryption.turnOn(PASSPHRASE);
  say(`switched ${store.encryption.on ? 'on' : 'off'}`);
}

/** Burst n's records lie in six consecutive years, so n and n + 1 never share a year. */
const dateIn = (n: number) => `${2019 + (n % 6)}${day.slice(4)}`;
const recordOf = (n: number, slot: number) => `r${run}-${n}-${slot}`;

/** Three commits at once, each with the counter contact, acknowledged one by one. */
async function burst(n: number) {
  await Promise.all(
    [0, 1, 2].map(async (slot) => {
      const id = recordOf(n, slot);
      await store.commit([
        {
          op: 'put',
          collection: 'interactions',
          value: interactionSchema.parse({ id, contactIds: ['counter'], type: 'coffee', date: dateIn(n + slot), note: `n ${n}`, createdAt: stamp, updatedAt: stamp }),
        },
        {
          op: 'put',
          collection: 'contacts',
          value: contactSchema.parse({ id: 'counter', firstName: 'Zähler', notes: `${run}:${n}`, createdAt: stamp, updatedAt: stamp }),
        },
      ]);
      say(`ack ${id}`);
    }),
  );
}

/** Moves burst n's first record (dated in `dateIn(n)`) into the following year. */
async function moveToNextYear(n: number) {
  const id = recordOf(n, 0);
  const date = dateIn(n + 1);
  await store.commit([
    {
      op: 'put',
      collection: 'interactions',
      value: interactionSchema.parse({ id, contactIds: ['counter'], type: 'coffee', date, note: 'moved', createdAt: stamp, updatedAt: stamp }),
    },
  ]);
  say(`moved ${id} ${date}`);
}

async function remove(n: number) {
  const id = recordOf(n, 2);
  say(`deleting ${id}`);
  await store.commit([{ op: 'delete', collection: 'interactions', id }]);
  say(`deleted ${id}`);
}

if (encrypted && !store.encryption.on && run === '0') await switchEncryption();
for (let n = 1; n <= 3; n += 1) await burst(n);
await moveToNextYear(1);
await remove(2);
say('prologue');

for (let n = 4; ; n += 1) {
  await burst(n);
  if (n % 50 === 0) await remove(n);
  if (n % 30 === 0) await moveToNextYear(n - 28);
  if (n % 70 === 0) await store.flush();
  if (encrypted && n % 20 === 0) await switchEncryption();
}
