// Shapes the services compute from the journal and send to the renderer (never stored).
import type { DiskProblem } from './errors';
import type {
  CampaignKind,
  CampaignRecipient,
  Contact,
  ContactInput,
  Interaction,
  IntegrationStepKind,
  InteractionType,
  ReminderKind,
} from './model';
import type { Occasion } from './occasions';
import type { DueIntegrationStep } from './coach-views';
import type { EventSummary } from './events-views';

export type DriftStatus = 'ok' | 'due' | 'overdue';

export interface KeepInTouch {
  /** Cadence in days, from the contact or its tags; absent when none applies. */
  cadenceDays?: number;
  /** Where the cadence comes from: the contact itself, the named tag, or the default rhythm in Settings. */
  cadenceSource?: { kind: 'contact' } | { kind: 'tag'; tag: string } | { kind: 'default' };
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

/**
 * A contact's keep-in-touch state as the contact list shows it. `none`: no rhythm applies (and no colour is shown);
 * `ok`: `dueInDays` until the next contact falls due; `due`/`overdue`: `daysOverdue` since it fell due (0 on the day).
 */
export type ContactListStatus =
  | { status: 'none' }
  | { status: 'ok'; cadenceDays: number; nextDueOn: string; dueInDays: number }
  | { status: 'due' | 'overdue'; cadenceDays: number; nextDueOn: string; daysOverdue: number };

/** What the contact list shows of each contact beside its record (`contacts:overview`). */
export interface ContactOverview {
  contactId: string;
  /** The newest encounter's day, else the day they met; absent when neither is known. */
  lastContactOn?: string;
  /** Whole days from `lastContactOn` to today. */
  daysSinceLastContact?: number;
  keepInTouch: ContactListStatus;
  /** The contact's soonest occasion within the reminders' lookahead; absent when none falls in it. */
  nextOccasion?: Pick<Occasion, 'kind' | 'date' | 'detail' | 'relation' | 'anniversaryKind' | 'years' | 'round'> & {
    /** Days from today; 0 is today. */
    inDays: number;
  };
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
  /**
   * The journal did not read and was restored from a backup: `backupDate` (YYYY-MM-DD, from the backup's name) says
   * from when, `damagedFile` where the set-aside files are.
   */
  | { kind: 'restoredFromBackup'; damagedFile: string; backupFile: string; backupDate?: string }
  | { kind: 'startedEmptyAfterDamage'; damagedFile: string }
  | { kind: 'migrated'; fromVersion: number; toVersion: number; backupFile: string }
  /** Part of the change log did not read: everything intact was kept, the file was set aside as it was. */
  | { kind: 'logDamaged'; damagedFile: string }
  /** The browser shell the page talks to has quit: nothing can be saved until Plausch is started again. */
  | { kind: 'shellStopped' }
  /**
   * Every change is saved, but tidying the data file up (`compaction`: folding the change log into it) or the day's
   * backup failed; `problem` says why when it is known. Sent once per problem until that step succeeds again.
   */
  | { kind: 'storageProblem'; what: 'compaction' | 'backup'; problem?: DiskProblem }
  /**
   * `count` records of the data file fail validation (it was changed outside Plausch). They are kept and new changes
   * are saved, but no backup or rewrite of the data file is made from them until they are replaced (e.g. by a restore).
   */
  | { kind: 'recordsInvalid'; count: number };

export interface AppStatus {
  version: string;
  dataDir: string;
  /** The language the operating system asks for, used when settings say `system`. */
  systemLanguage: string;
  notices: Notice[];
  /** Contacts in the journal, archived ones included: whether there is anyone yet, without fetching them all. */
  contactCount: number;
  /**
   * Where Plausch runs: the desktop app (tray, global shortcut, start at login, extra windows) or the browser shell,
   * which serves the same pages to a browser where Electron cannot run.
   */
  shell: ShellKind;
}

export type ShellKind = 'desktop' | 'browser';

export interface UndoReceipt {
  /** Hand to `undo.apply` to revert the change. */
  undoToken: string;
}

/** A reminder as the scheduler computes it from the journal; `id` is the same every time it is computed. */
export interface Reminder {
  id: string;
  kind: ReminderKind;
  contactId: string;
  name: string;
  /** The family member's name, the anniversary's label or the follow-up's note. */
  detail?: string;
  /** The day of the occasion or follow-up. */
  occursOn: string;
  /** Days ahead of `occursOn` the reminder falls due. */
  leadDays: number;
  years?: number;
  round: boolean;
  /** For follow-ups: the interaction to follow up. */
  interactionId?: string;
  /** For a new colleague's plan: the step due. */
  step?: IntegrationStepKind;
}

export type ReminderState = 'pending' | 'fired' | 'snoozed' | 'done';

export interface ReminderEntry extends Reminder {
  status: ReminderState;
  firedAt?: string;
  snoozedUntil?: string;
}

export interface RemindersOverview {
  /** Due or coming up in the next two weeks and not yet fired, and snoozed ones, soonest first. */
  pending: ReminderEntry[];
  /** Fired reminders, newest first. */
  history: ReminderEntry[];
  pausedUntil?: string;
}

export interface FollowUpDue {
  interaction: Interaction;
  /** Names of the interaction's contacts, by id. */
  names: Record<string, string>;
}

export interface TodayView {
  date: string;
  /** The contacts' and their families' birthdays today and in the next 7 days; round ones from 14 days ahead. */
  birthdays: Occasion[];
  /** Anniversaries in the next 7 days; round ones from 14 days ahead. */
  anniversaries: Occasion[];
  schoolStarts: Occasion[];
  followUps: FollowUpDue[];
  /** The first of the contacts drifting away, in the keep-in-touch order; `driftingCount` says how many in all. */
  drifting: DriftingEntry[];
  driftingCount: number;
  /** Whether any drifting contact is overdue, not only due. */
  driftingOverdue: boolean;
  /** The first of the open favours, in the favours page's order; `openFavourCount` says how many in all. */
  openFavours: OpenFavour[];
  openFavourCount: number;
  /** New colleagues' integration steps due today or overdue. */
  colleagueSteps: DueIntegrationStep[];
  /** Events taking place today, for event mode. */
  events: EventSummary[];
  /** What asks for action today, for the tray: occasions today, follow-ups and new colleagues' steps due. */
  dueCount: number;
  /**
   * The pending reminders about things no other section shows (an occasion further ahead, one snoozed past its day),
   * one per thing: a birthday or follow-up that has its own section is not repeated here.
   */
  reminders: ReminderEntry[];
  /**
   * Today and the next days as one list, one row per thing (an occasion, a follow-up, a reminder about something
   * else, a new colleague's step, an event), grouped by day; overdue follow-ups sit on today. Settled or snoozed
   * things are left out.
   */
  agenda: AgendaDay[];
  /** "Who to reach out to this week": a few people not on the agenda, each with why, in a fixed order. */
  suggestions: TodaySuggestion[];
}

/** One row of Today's agenda. `key` is the thing's key (kind, record, date), unique in the agenda. */
export type AgendaItem =
  /** `reminderId`: the reminder to snooze or settle the occasion with. */
  | { kind: 'occasion'; key: string; date: string; occasion: Occasion; reminderId: string }
  /** `date` is the follow-up's day, or today when it is overdue. */
  | { kind: 'followUp'; key: string; date: string; followUp: FollowUpDue; reminderId: string }
  | { kind: 'colleagueStep'; key: string; date: string; step: DueIntegrationStep }
  | { kind: 'event'; key: string; date: string; event: EventSummary }
  /** A due reminder about something none of the other rows shows, e.g. a birthday snoozed past its day. */
  | { kind: 'reminder'; key: string; date: string; reminder: ReminderEntry };

export interface AgendaDay {
  date: string;
  items: AgendaItem[];
}

/** Why Today suggests reaching out to someone this week. */
export type SuggestionReason =
  /** Their keep-in-touch rhythm has run out. */
  | { kind: 'drifting'; lastContactOn: string; status: 'due' | 'overdue' }
  /** An occasion after the agenda's days, early enough to get in touch first. */
  | { kind: 'occasion'; occasion: Occasion }
  /** They did the user a favour the user has not returned yet (`favour` is the oldest such). */
  | { kind: 'youOwe'; favour: Interaction }
  /** The user did them a favour long ago and nothing has come back since (`favour` is the oldest such). */
  | { kind: 'theyOwe'; favour: Interaction };

export interface TodaySuggestion {
  contactId: string;
  name: string;
  reason: SuggestionReason;
}

export interface UnknownName {
  /** The words as typed, e.g. "Anna aus Finance". */
  text: string;
  /** The contact that would be created for it. */
  contact: Pick<ContactInput, 'firstName' | 'lastName' | 'department'>;
}

export interface QuickLogDraft {
  type: InteractionType;
  /** False when no type word was found and `type` is the default. */
  typeFound: boolean;
  contactIds: string[];
  /** Names of `contactIds`, by id. */
  names: Record<string, string>;
  unknownNames: UnknownName[];
  note: string;
  date: string;
}

export interface QuickLogReceipt extends UndoReceipt {
  interaction: Interaction;
  createdContacts: Contact[];
}

export interface CampaignCandidate {
  contactId: string;
  name: string;
  organisation: string;
  /** Interactions in the year before the campaign's list was made. */
  interactionCount: number;
}

export interface CampaignView {
  id: string;
  kind: CampaignKind;
  occursOn: string;
  /** Those the user has picked, with how far each gift has got. */
  recipients: (CampaignRecipient & { name: string; giftIdeas: string[] })[];
  /** People the user works with most and has not picked yet, most frequent first (seasonal campaigns only). */
  proposals: CampaignCandidate[];
  /** For flowers: the occasion they are for. */
  occasion?: Occasion;
}


export interface ShortcutStatus {
  /** Electron accelerator syntax, e.g. `CommandOrControl+Alt+L`. */
  accelerator: string;
  /** False when another application holds the combination. */
  registered: boolean;
  /** Free alternatives to offer when `registered` is false. */
  suggestions: string[];
}

export interface StartAtLogin {
  enabled: boolean;
  /** False where the platform offers no way (then the option is hidden). */
  supported: boolean;
}
