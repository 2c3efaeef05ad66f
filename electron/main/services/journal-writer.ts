// The one way services change the journal: plans run one after another against the latest committed state, each
// plan's changes are committed in a single all-or-nothing step, and only then are listeners told.
import { PlauschError } from '../../../shared/errors';
import type { EventPayloads } from '../../../shared/contract';
import type { Change, JournalStore, Logger } from '../store/types';

export type DataChanged = EventPayloads['data:changed'];
export type ChangedCollection = DataChanged['collections'][number];

export interface Plan<T> {
  changes: Change[];
  result: T;
  /** Runs right after a successful commit, before anyone else can write. */
  afterCommit?: () => void;
}

export interface CommittedListener {
  (event: { changes: readonly Change[]; collections: ChangedCollection[] }): void;
}

export interface JournalWriter {
  /** Runs `plan` once every earlier write has settled, so it never computes from a state about to change. */
  write<T>(plan: () => Plan<T>): Promise<T>;
  onCommitted(listener: CommittedListener): () => void;
}

export function createJournalWriter({ store, log }: { store: JournalStore; log: Logger }): JournalWriter {
  const listeners = new Set<CommittedListener>();
  let queue: Promise<unknown> = Promise.resolve();

  async function run<T>(plan: () => Plan<T>): Promise<T> {
    const { changes, result, afterCommit } = plan();
    if (changes.length === 0) {
      afterCommit?.();
      return result;
    }
    try {
      await store.commit(changes);
    } catch (error) {
      if (error instanceof PlauschError) throw error;
      log.error('commit failed', error);
      throw new PlauschError('storageFailed');
    }
    afterCommit?.();
    const event = { changes, collections: collectionsOf(changes) };
    for (const listener of listeners) {
      try {
        listener(event);
      } catch (error) {
        log.error('data listener failed', error);
      }
    }
    return result;
  }

  return {
    write(plan) {
      const next = queue.then(() => run(plan));
      queue = next.catch(() => undefined);
      return next;
    },
    onCommitted(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function collectionsOf(changes: readonly Change[]): ChangedCollection[] {
  const collections = new Set<ChangedCollection>();
  for (const change of changes) collections.add(change.op === 'settings' ? 'settings' : change.collection);
  return [...collections].sort();
}
