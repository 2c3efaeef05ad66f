// What the privacy screens show: what forgetting a person removes, the people retention proposes for deletion, and
// the state of encryption and the app lock. Plain data shared by the main process and the renderer.

/** How many of each kind of record forgetting one person removes or changes. */
export interface ForgetCounts {
  /** Encounters with only this person: removed. */
  encountersRemoved: number;
  /** Encounters shared with others: kept, with this person taken out. */
  encountersKept: number;
  /** Favours and gifts given or received with this person. */
  favours: number;
  gifts: number;
  /** Campaigns, events, network groups and welcome plans the person is taken out of. */
  campaigns: number;
  events: number;
  groups: number;
  plans: number;
  /** Other contacts whose relations or introductions named this person. */
  mentions: number;
  photo: boolean;
}

/** What `privacy:forgetPreview` tells before the user confirms. */
export interface ForgetPreview {
  contactId: string;
  name: string;
  counts: ForgetCounts;
  /** Backups in the data folder that will be rewritten without the person. */
  backups: number;
}

/** What `privacy:forget` did. */
export interface ForgetReport {
  name: string;
  /** When it was done (ISO instant). */
  forgottenAt: string;
  counts: ForgetCounts;
  /** Backups rewritten without the person. */
  backupsRewritten: number;
  /**
   * Files in the data folder that could not be read to take the person out (a damaged backup or a file set aside);
   * the user is told their names so she can delete them herself.
   */
  unreadableFiles: string[];
}

/** An archived person retention proposes for deletion. */
export interface RetentionProposal {
  contactId: string;
  name: string;
  /** The last date anything in the journal touched this person (an encounter, a change), YYYY-MM-DD. */
  lastTouched: string;
}

/** Whether the data folder is encrypted, how it can be unlocked here, and whether the windows are locked now. */
export interface EncryptionState {
  on: boolean;
  /** The windows are locked (the app lock, or an encrypted journal not yet unlocked at start). */
  locked: boolean;
  /** The operating system's keychain can hold the key here (the desktop app); the browser shell always asks. */
  keychain: boolean;
}

/** The shortest passphrase Plausch accepts. */
export const MIN_PASSPHRASE_LENGTH = 10;
