// Several writer processes race for one data folder, round after round, and most rounds begin with a stale lock:
// the previous round's holder was killed with SIGKILL while it held the folder. Some rounds also kill one of the
// racers at a random moment of its try, so that stale locks, takeovers and temporary files are left half done.
// Whatever the timing, at most one writer may hold the folder in a round, exactly one must get it in a round where
// nobody was killed early, and every write a writer acknowledged must be in the journal at the end.
//
// The verdict never depends on how fast the machine is: the parent waits for each writer's answer line, never for a
// time; the random moments only change where the early kills land. The kill plan (which rounds, which racer, how
// long into its try) comes from a printed seed, which PLAUSCH_LOCK_RACE_SEED repeats; PLAUSCH_LOCK_RACE_ROUNDS runs
// more rounds than the default, for a longer soak than `npm test` should take.
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../../../electron/main/store';
import { fixedClock } from '../../../../electron/main/services/clock';
import { bundleChildScript, type ChildScript } from '../../../support/child-script';
import { seededRandom } from '../../../support/seeded-random';

const rounds = Number(process.env.PLAUSCH_LOCK_RACE_ROUNDS ?? 200);
const writerCount = 4;
const racingAtLeast = 3;
/** A racer is killed early in about one round of four; every fifth holder closes cleanly, the others are killed. */
const earlyKillShare = 0.25;
const cleanCloseEvery = 5;

let child: ChildScript | undefined;
let childScript = '';

beforeAll(async () => {
  child = await bundleChildScript(resolve(__dirname, 'lock-race-child.ts'));
  childScript = child.file;
}, 60_000);

afterAll(async () => {
  await child?.remove();
});

/** Counts every line the parent hears from any writer, so that lines and kills can be put in order. */
let linesHeard = 0;

interface Heard {
  text: string;
  /** `linesHeard` when it arrived. */
  at: number;
}

/** One writer process, read line by line. */
class Writer {
  readonly child: ChildProcessByStdio<Writable, Readable, null>;
  readonly exited: Promise<unknown>;
  private readonly lines: Heard[] = [];
  private read = 0;
  private partial = '';
  private gone = false;
  private wake = () => {};
  /** Resolves once the writer says it is ready for its first try. */
  readonly started: Promise<void>;
  ready = false;
  killedByUs = false;
  /** `linesHeard` when the kill was sent: anything heard until then was written while this writer lived. */
  killedAt = Infinity;

  constructor(
    readonly name: string,
    dir: string,
  ) {
    this.child = spawn(process.execPath, [childScript, dir, name], { stdio: ['pipe', 'pipe', 'inherit'] });
    // A writer that died is reported by its missing answer, not by the pipe it left.
    this.child.stdin.on('error', () => undefined);
    this.child.stdout.setEncoding('utf8');
    this.child.stdout.on('data', (chunk: string) => {
      const parts = (this.partial + chunk).split('\n');
      this.partial = parts.pop() ?? '';
      for (const text of parts) this.lines.push({ text, at: (linesHeard += 1) });
      this.wake();
    });
    this.exited = once(this.child, 'exit').then(() => {
      this.gone = true;
      this.wake();
    });
    this.started = this.nextLine().then((line) => {
      if (line?.text !== 'ready') throw new Error(`writer ${name} did not start: ${line?.text}`);
      this.ready = true;
    });
    // Awaited where the test needs the writer; this keeps a failed start from also counting as unhandled.
    this.started.catch(() => undefined);
  }

  /** The next line it prints, or `undefined` once it has exited with nothing more to say. */
  async nextLine(): Promise<Heard | undefined> {
    while (this.read === this.lines.length && !this.gone) await new Promise<void>((resume) => (this.wake = resume));
    return this.read < this.lines.length ? this.lines[this.read++] : undefined;
  }

  send(line: string) {
    this.child.stdin.write(`${line}\n`);
  }

  async kill(): Promise<void> {
    this.killedByUs = true;
    this.killedAt = Math.min(this.killedAt, linesHeard);
    this.child.kill('SIGKILL');
    await this.exited;
  }
}

interface Try {
  writer: Writer;
  acked: string[];
  /** When its first acknowledgement was heard. */
  firstAckAt: number;
  outcome: 'holding' | 'locked' | 'killed' | 'failed' | 'exited';
  detail?: string;
}

async function answerTo(writer: Writer, round: number): Promise<Try> {
  const acked: string[] = [];
  let firstAckAt = Infinity;
  for (;;) {
    const heard = await writer.nextLine();
    const line = heard?.text;
    if (heard === undefined) return { writer, acked, firstAckAt, outcome: writer.killedByUs ? 'killed' : 'exited' };
    if (line?.startsWith('ack ')) {
      acked.push(heard.text.slice(4));
      firstAckAt = Math.min(firstAckAt, heard.at);
    } else if (line === `holding ${round}`) return { writer, acked, firstAckAt, outcome: 'holding' };
    else if (line === `locked ${round}`) return { writer, acked, firstAckAt, outcome: 'locked' };
    else if (line?.startsWith('failed ')) return { writer, acked, firstAckAt, outcome: 'failed', detail: line };
  }
}

describe('the lock under racing writers and stale locks', () => {
  it(`loses no acknowledged write in ${rounds} rounds of ${racingAtLeast}+ writers racing for a folder`, async () => {
    const seed = Number(process.env.PLAUSCH_LOCK_RACE_SEED ?? Date.now() % 1_000_000); // clock-ok: a fresh seed each run, printed below
    console.log(`lock race seed ${seed} (PLAUSCH_LOCK_RACE_SEED=${seed} repeats the kill plan)`);
    const random = seededRandom(seed);
    const dir = await mkdtemp(join(tmpdir(), 'plausch-lock-race-'));
    let spawned = 0;
    const spawnWriter = () => new Writer(`w${(spawned += 1)}`, dir);
    let writers = Array.from({ length: writerCount }, spawnWriter);
    const acknowledged = new Set<string>();
    const twoHolders: string[] = [];
    const noHolder: number[] = [];
    const failures: string[] = [];
    let staleStarts = 0;
    let earlyKills = 0;
    let cleanCloses = 0;
    let startsStale = false;
    try {
      await Promise.all(writers.map((writer) => writer.started));
      for (let round = 0; round < rounds; round += 1) {
        while (writers.filter((writer) => writer.ready).length < racingAtLeast) {
          await Promise.race(writers.filter((writer) => !writer.ready).map((writer) => writer.started));
        }
        const racers = writers.filter((writer) => writer.ready);
        if (startsStale) staleStarts += 1;
        for (const racer of racers) racer.send(`go ${round}`);

        let early: Promise<void> = Promise.resolve();
        const victim = random() < earlyKillShare ? racers[Math.floor(random() * racers.length)] : undefined;
        if (victim) {
          earlyKills += 1;
          const delayMs = Math.floor(random() * 40);
          early = new Promise<void>((done) => setTimeout(done, delayMs)).then(() => victim.kill());
        }
        const tries = await Promise.all(racers.map((racer) => answerTo(racer, round)));
        await early;

        for (const attempt of tries) for (const id of attempt.acked) acknowledged.add(id);
        // Two writers that acknowledged in one round held the folder at the same time, unless one of them is the
        // racer killed early and the other was heard only after that kill: then it took over the lock of the dead.
        const holders = tries.filter((attempt) => attempt.acked.length > 0);
        const survivors = holders.filter((holder) => holder.writer !== victim);
        const victimHeld = survivors.length < holders.length;
        if (survivors.length > 1 || (victimHeld && survivors.some((holder) => holder.firstAckAt <= (victim?.killedAt ?? Infinity)))) {
          const killedEarly = victimHeld ? ` (${victim?.name} killed early)` : '';
          twoHolders.push(`round ${round}: ${holders.map((holder) => holder.writer.name).join(' and ')}${killedEarly}`);
        }
        if (!victim && holders.length !== 1) noHolder.push(round);
        for (const attempt of tries) {
          if (attempt.outcome === 'failed' || attempt.outcome === 'exited') failures.push(`round ${round}, ${attempt.writer.name}: ${attempt.detail ?? 'exited'}`);
        }

        // The holder is killed while it holds the folder, so the next round starts with its stale lock.
        startsStale = false;
        for (const holder of tries.filter((attempt) => attempt.outcome === 'holding' && !attempt.writer.killedByUs)) {
          if (round % cleanCloseEvery === cleanCloseEvery - 1) {
            holder.writer.send('close');
            const answer = await holder.writer.nextLine();
            if (answer?.text !== 'closed') failures.push(`round ${round}, ${holder.writer.name} on close: ${answer?.text}`);
            cleanCloses += 1;
          } else {
            await holder.writer.kill();
            startsStale = true;
          }
        }
        if (victim?.killedByUs && holders.some((holder) => holder.writer === victim)) startsStale = true;
        writers = writers.map((writer) => (writer.killedByUs ? spawnWriter() : writer));
      }
    } finally {
      await Promise.all(writers.map((writer) => writer.kill()));
    }

    const store = await openStore({ dir, clock: fixedClock('2025-06-02T12:00:00.000Z') });
    const lost = [...acknowledged].filter((id) => !store.interactions.has(id));
    await store.close();
    const leftovers = (await readdir(dir)).filter((name) => name.startsWith('plausch.lock') || name.endsWith('.tmp'));
    await rm(dir, { recursive: true, force: true });

    console.log(
      `lock race: ${rounds} rounds, ${spawned} writer processes (${writerCount} at a time, at least ${racingAtLeast} racing each round), ` +
        `${staleStarts} rounds began with a stale lock of a killed holder, ${earlyKills} racers killed early, ${cleanCloses} clean closes; ` +
        `${acknowledged.size} acknowledged writes, ${lost.length} lost, ${twoHolders.length} rounds with two holders`,
    );
    expect({ twoHolders, noHolder, failures, lost, leftovers }).toEqual({ twoHolders: [], noHolder: [], failures: [], lost: [], leftovers: [] });
    // The checks above only prove something if many rounds raced for a stale lock.
    expect(staleStarts).toBeGreaterThanOrEqual(rounds / 3);
  }, 900_000);
});
