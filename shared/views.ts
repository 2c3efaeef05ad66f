// Shapes the services compute from the journal and send to the renderer (never stored).
import type { Contact, Interaction } from './model';

export type DriftStatus = 'ok' | 'due' | 'overdue';

export interface KeepInTouch {
  /** Cadence in days, from the contact or its tags; absent when none applies. */
  cadenceDays?: number;
  /** Where the cadence comes from: the contact itself or the named tag. */
  cadenceSource?: { kind: 'contact' } | { kind: 'tag'; tag: string };
  /** Date of the last encounter (or when the contact was met or created, if there was none). */
  lastContactOn: string;
  nextDueOn?: string;
  status: DriftStatus;
}

export interface DriftingEntry extends KeepInTouch {
  contactId: string;
  name: string;
  organisation: string;
  status: 'due' | 'overdue';
  nextDueOn: string;
  /** Days past `nextDueOn`; 0 on the day it falls due. */
  daysOverdue: number;
}

export interface OpenFavour {
  contactId: string;
  name: string;
  /** The favour-received interaction not yet returned. */
  interaction: Interaction;
}

export interface Reciprocity {
  given: number;
  received: number;
  /** given - received: positive means the user has done more for this person than the other way round. */
  balance: number;
  /** Favours received from this person that no later favour given has returned yet, oldest first. */
  open: Interaction[];
}

export interface ContactDetail {
  contact: Contact;
  /** Every interaction involving the contact, newest first. */
  timeline: Interaction[];
  keepInTouch: KeepInTouch;
  reciprocity: Reciprocity;
  /** Names of the other contacts mentioned in the timeline and `introducedById`, by id. */
  names: Record<string, string>;
}

export interface JournalPage {
  items: Interaction[];
  /** Names of every contact in `items`, by id. */
  names: Record<string, string>;
  /** Pass as `cursor` to get the next page; absent at the end. */
  nextCursor?: string;
  total: number;
}

export type SearchHit =
  | { kind: 'contact'; contactId: string; title: string; subtitle: string; match?: string; score: number }
  | {
      kind: 'interaction';
      interactionId: string;
      contactId: string;
      title: string;
      subtitle: string;
      match?: string;
      score: number;
    };

/** Something the main process wants the user to know at start (e.g. a damaged data file was set aside). */
export type Notice =
  | { kind: 'restoredFromBackup'; damagedFile: string; backupFile: string }
  | { kind: 'startedEmptyAfterDamage'; damagedFile: string }
  | { kind: 'migrated'; fromVersion: number; toVersion: number; backupFile: string };

export interface AppStatus {
  version: string;
  dataDir: string;
  /** The language the operating system asks for, used when settings say `system`. */
  systemLanguage: string;
  notices: Notice[];
}

export interface UndoReceipt {
  /** Hand to `undo.apply` to revert the change. */
  undoToken: string;
}
