// A JournalStore held in Maps, for tests of the services and router. It applies a commit all or nothing, like the
// real store, and can be told to fail commits so tests can check that a failed write changes nothing.
import { settingsSchema, type Contact, type Interaction, type Settings } from '../../shared/model';
import type { Notice } from '../../shared/views';
import type { Change, JournalStore } from '../../electron/main/store/types';

export interface MemoryStoreSeed {
  contacts?: Contact[];
  interactions?: Interaction[];
  settings?: Partial<Settings>;
  notices?: Notice[];
}

export interface MemoryStore extends JournalStore {
  /** Every commit that went through, in order. */
  readonly commits: Change[][];
  /** While set, commits reject with this error and change nothing. */
  failCommitsWith(error: Error | undefined): void;
}

export function createMemoryStore(seed: MemoryStoreSeed = {}): MemoryStore {
  let contacts = new Map((seed.contacts ?? []).map((c) => [c.id, structuredClone(c)]));
  let interactions = new Map((seed.interactions ?? []).map((i) => [i.id, structuredClone(i)]));
  let settings = settingsSchema.parse(seed.settings ?? {});
  let failure: Error | undefined;
  const commits: Change[][] = [];

  return {
    get contacts() {
      return contacts;
    },
    get interactions() {
      return interactions;
    },
    get settings() {
      return settings;
    },
    notices: seed.notices ?? [],
    commits,
    failCommitsWith(error) {
      failure = error;
    },
    async commit(changes) {
      await Promise.resolve();
      if (failure) throw failure;
      const nextContacts = new Map(contacts);
      const nextInteractions = new Map(interactions);
      let nextSettings = settings;
      for (const change of changes) {
        if (change.op === 'settings') nextSettings = structuredClone(change.value);
        else if (change.op === 'delete') (change.collection === 'contacts' ? nextContacts : nextInteractions).delete(change.id);
        else if (change.collection === 'contacts') nextContacts.set(change.value.id, structuredClone(change.value));
        else nextInteractions.set(change.value.id, structuredClone(change.value));
      }
      contacts = nextContacts;
      interactions = nextInteractions;
      settings = nextSettings;
      commits.push(structuredClone(changes));
    },
    async flush() {},
    async close() {},
  };
}
