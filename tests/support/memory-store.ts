// A JournalStore held in Maps, for tests of the services and router. It applies a commit all or nothing, like the
// real store, and can be told to fail commits so tests can check that a failed write changes nothing.
import { settingsSchema, type CoachRecord, type Contact, type Interaction, type Settings } from '../../shared/model';
import type { Notice } from '../../shared/views';
import { plainFileCodec, unchangeableEncryption, type BackupRewrite, type Change, type JournalStore } from '../../electron/main/store/types';
import type { JournalDocument } from '../../electron/main/store/document';

export interface MemoryStoreSeed {
  contacts?: Contact[];
  interactions?: Interaction[];
  coach?: CoachRecord[];
  settings?: Partial<Settings>;
  notices?: Notice[];
}

export interface MemoryStore extends JournalStore {
  /** Every commit that went through, in order. */
  readonly commits: Change[][];
  /** The reason of every backup asked for, in order. */
  readonly backups: string[];
  /** While set, commits reject with this error and change nothing. */
  failCommitsWith(error: Error | undefined): void;
  /** The documents `rewriteBackups` works on: a test puts backups here and reads what became of them. */
  readonly backupDocuments: Map<string, JournalDocument>;
}

export function createMemoryStore(seed: MemoryStoreSeed = {}): MemoryStore {
  let contacts = new Map((seed.contacts ?? []).map((c) => [c.id, structuredClone(c)]));
  let interactions = new Map((seed.interactions ?? []).map((i) => [i.id, structuredClone(i)]));
  let coach = new Map((seed.coach ?? []).map((r) => [r.id, structuredClone(r)]));
  let settings = settingsSchema.parse(seed.settings ?? {});
  let failure: Error | undefined;
  const commits: Change[][] = [];
  const backups: string[] = [];
  const backupDocuments = new Map<string, JournalDocument>();

  return {
    get contacts() {
      return contacts;
    },
    get interactions() {
      return interactions;
    },
    get coach() {
      return coach;
    },
    get settings() {
      return settings;
    },
    notices: seed.notices ?? [],
    onNotice: () => () => undefined,
    commits,
    failCommitsWith(error) {
      failure = error;
    },
    async commit(changes) {
      await Promise.resolve();
      if (failure) throw failure;
      const nextContacts = new Map(contacts);
      const nextInteractions = new Map(interactions);
      const nextCoach = new Map(coach);
      const byCollection = { contacts: nextContacts, interactions: nextInteractions, coach: nextCoach };
      let nextSettings = settings;
      for (const change of changes) {
        if (change.op === 'settings') nextSettings = structuredClone(change.value);
        else if (change.op === 'delete') byCollection[change.collection].delete(change.id);
        else if (change.collection === 'contacts') nextContacts.set(change.value.id, structuredClone(change.value));
        else if (change.collection === 'coach') nextCoach.set(change.value.id, structuredClone(change.value));
        else nextInteractions.set(change.value.id, structuredClone(change.value));
      }
      contacts = nextContacts;
      interactions = nextInteractions;
      coach = nextCoach;
      settings = nextSettings;
      commits.push(structuredClone(changes));
    },
    backups,
    async backupNow(reason) {
      await Promise.resolve();
      if (failure) throw failure;
      backups.push(reason);
      return `memory://backups/${reason}-${backups.length}.json`;
    },
    async flush() {},
    backupDocuments,
    async rewriteBackups(edit) {
      await Promise.resolve();
      const result: BackupRewrite = { rewritten: 0, unreadable: [] };
      for (const [name, document] of backupDocuments) {
        const edited = edit(structuredClone(document));
        if (edited === null) continue;
        backupDocuments.set(name, edited);
        result.rewritten += 1;
      }
      return result;
    },
    encryption: unchangeableEncryption(false),
    fileCodec: plainFileCodec,
    async close() {},
  };
}
