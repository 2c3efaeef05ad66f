// Builds the domain services over one store. Everything the IPC channels need is here, in plain Node.
import type { AppStatus, ShellKind } from '../../../shared/views';
import type { JournalStore, KeyProtector, Logger } from '../store/types';
import { createAppLock } from './app-lock';
import { createCampaigns } from './campaigns';
import type { Clock } from './clock';
import { createCoach } from './coach';
import { createContactOverview } from './contact-overview';
import { createContacts } from './contacts';
import { createEvents } from './events';
import { createInteractionIndex } from './interaction-index';
import { createInteractions } from './interactions';
import { createHeadlessDesktop, type DesktopPort } from './desktop';
import { createJournalWriter, type DataChanged } from './journal-writer';
import { createKeepInTouch } from './keep-in-touch';
import { createEncryption } from './encryption';
import { redactWhileLocked } from './locked-notifier';
import { createNodeNotifier, type Notifier } from './notifier';
import { createOccasionsAhead } from './occasions-ahead';
import { createOpenFollowUps } from './today-follow-ups';
import { createPhotos } from './photos';
import { createQuickLog } from './quick-log';
import { createReciprocity } from './reciprocity';
import { announceRecovery } from './recovery-announcement';
import { createReminderScheduler, type ReminderTarget } from './reminders/scheduler';
import { createSampleData } from './sample-data';
import { createSearch } from './search';
import { createSettings } from './settings';
import { createToday } from './today';
import { createHelp } from './help';
import { createNetworkMap } from './network-map';
import { createCalendar } from './calendar';
import { createPrivacy, photoOnDisk } from './privacy';
// Transfer
import { createTransfer } from './transfer';
import { createUndoLedger, type UndoOptions } from './undo';

export interface AppInfo {
  version: string;
  dataDir: string;
  systemLanguage: string;
  /** The desktop app unless the browser shell says otherwise. */
  shell?: ShellKind;
}

export interface ServicesDeps {
  store: JournalStore;
  clock: Clock;
  log: Logger;
  appInfo: AppInfo;
  undo?: Omit<UndoOptions, 'clock'>;
  /** Desktop notifications for reminders; node-notifier unless given. */
  notifier?: Notifier;
  /** Called when the user clicks a reminder's notification. */
  onReminderActivated?: (target: ReminderTarget) => void;
  /** The user's time zone for quiet hours and the digest; the system's unless given. */
  timeZone?: string;
  /** Windows, shortcut and login item; a headless stand-in unless the shell provides them. */
  desktop?: DesktopPort;
  /** The operating system's keychain for the data key (the desktop app's); the passphrase alone unless given. */
  keyProtector?: KeyProtector;
}

export function createServices({
  store,
  clock,
  log,
  appInfo,
  undo: undoOptions,
  notifier: systemNotifier = createNodeNotifier({ log }),
  onReminderActivated,
  timeZone,
  desktop = createHeadlessDesktop(),
  keyProtector,
}: ServicesDeps) {
  const appLock = createAppLock({ encryption: store.encryption, settings: () => store.settings, clock });
  const encryption = createEncryption({ encryption: store.encryption, appLock, ...(keyProtector ? { keyProtector } : {}) });
  // Every notification goes through here, so none shows a name while the windows are locked.
  const notifier = redactWhileLocked({
    notifier: systemNotifier,
    isLocked: () => appLock.locked,
    settings: () => store.settings,
    systemLanguage: appInfo.systemLanguage,
  });
  const writer = createJournalWriter({ store, log });
  const undo = createUndoLedger({ clock, ...undoOptions });
  const keepInTouch = createKeepInTouch({ store, clock });
  const reciprocity = createReciprocity({ store });
  const search = createSearch({ store });
  writer.onCommitted(({ changes }) => search.apply(changes));
  const interactionIndex = createInteractionIndex({ store, writer });
  const coach = createCoach({ store, clock, writer });
  const events = createEvents({ store, clock, writer, undo, coach, ...(timeZone ? { timeZone } : {}) });

  const occasionsAhead = createOccasionsAhead({ store, writer });
  const openFollowUps = createOpenFollowUps({ store, writer });
  const photos = createPhotos({ dataDir: appInfo.dataDir, store, writer, clock, log });
  const calendar = createCalendar({ store, clock, writer, undo, log, events, ...(timeZone ? { timeZone } : {}) });
  const reminders = createReminderScheduler({
    store,
    writer,
    occasionsAhead,
    openFollowUps: openFollowUps.list,
    clock,
    notifier,
    log,
    systemLanguage: appInfo.systemLanguage,
    ...(timeZone ? { timeZone } : {}),
    ...(onReminderActivated ? { onActivate: onReminderActivated } : {}),
  });

  return {
    contacts: createContacts({ store, clock, writer, undo, keepInTouch, reciprocity, index: interactionIndex }),
    contactOverview: createContactOverview({ store, clock, writer, index: interactionIndex, occasionsAhead }),
    interactions: createInteractions({ store, clock, writer, undo, index: interactionIndex }),
    // Transfer
    transfer: createTransfer({ store, clock, writer, undo, photos, dataDir: appInfo.dataDir, systemLanguage: appInfo.systemLanguage }),
    photos,
    keepInTouch,
    reciprocity,
    search,
    settings: createSettings({ store, writer }),
    today: createToday({
      store,
      clock,
      writer,
      occasionsAhead,
      timelineOf: (contactId) => interactionIndex.ofContact(contactId),
      openFollowUps: openFollowUps.list,
      colleagueStepsDue: () => coach.colleagues.due(),
      upcomingEvents: () => events.list().upcoming,
      pendingReminders: () => reminders.pending(),
    }),
    quickLog: createQuickLog({ store, clock, writer, undo, index: interactionIndex }),
    campaigns: createCampaigns({ store, clock, writer }),
    sampleData: createSampleData({ store, clock, writer, undo }),
    // Coach
    coach,
    // Events
    events,
    reminders,
    // "Wer kann helfen?" and "Mein Netzwerk"
    help: createHelp({ store, clock, writer, undo, index: interactionIndex }),
    networkMap: createNetworkMap({ store, clock, writer }),
    // The calendar: meetings become suggested encounters and events
    calendar,
    // Privacy self-service: what is stored about one person, forgetting them, retention
    privacy: createPrivacy({
      store,
      clock,
      appVersion: appInfo.version,
      hasPhoto: photoOnDisk(appInfo.dataDir),
      writer,
      undo,
      erasePhoto: (contactId) => photos.erase(contactId),
    }),

    desktop,
    // Encryption at rest and the app lock
    appLock,
    encryption,

    applyUndo(undoToken: string): Promise<null> {
      return writer.write(() => ({
        changes: undo.get(undoToken)(),
        result: null,
        afterCommit: () => undo.forget(undoToken),
      }));
    },

    /** Tells on the desktop what the open repaired (see recovery-announcement.ts); the desktop app calls it once. */
    announceRecovery(): Promise<number> {
      return announceRecovery({ notices: store.notices, settings: store.settings, systemLanguage: appInfo.systemLanguage, notifier, desktop, log });
    },

    status(): AppStatus {
      return { shell: 'desktop', ...appInfo, notices: [...store.notices], contactCount: store.contacts.size };
    },

    /** Tells `listener` which collections changed after every successful commit. */
    onDataChanged(listener: (event: DataChanged) => void): () => void {
      const unsubscribe = writer.onCommitted(({ collections }) => listener({ collections }));
      // Photos live beside the journal; the window keeps which contacts have one with the contacts.
      const unsubscribePhotos = photos.onChanged(() => listener({ collections: ['contacts'] }));
      // A watched calendar that was read again changes Today's suggestions, not the journal.
      const unsubscribeCalendar = calendar.onChanged(() => listener({ collections: ['calendar'] }));
      // Turning encryption on or off changes what the settings page shows.
      const unsubscribeEncryption = encryption.onChanged(() => listener({ collections: ['settings'] }));
      return () => {
        unsubscribe();
        unsubscribePhotos();
        unsubscribeCalendar();
        unsubscribeEncryption();
      };
    },
  };
}

export type Services = ReturnType<typeof createServices>;
