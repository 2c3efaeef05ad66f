// The tray icon is the app's home: Plausch runs here with or without a window. Its tooltip and menu carry the day
// at a glance, so the count of what is due is visible even when notifications are not.
import { Menu, Tray, nativeImage, type MenuItemConstructorOptions } from 'electron';
import { join } from 'node:path';
import type { CalendarPrep } from '../../../shared/calendar';
import type { Language } from '../../../shared/model';
import type { Occasion } from '../../../shared/occasions';
import type { StartAtLogin, TodayView } from '../../../shared/views';
import type { PauseDuration } from '../services/reminders/scheduler';
import { message, type MessageKey } from './messages';

// Held at module scope: a Tray that is only referenced from a function is garbage-collected and vanishes.
let tray: Tray | null = null;

/** A menu lists this many of today's items; the rest are one click away in Today. */
const trayTodayLimit = 5;
/** Meetings to prepare for that the menu lists; a busy day's others are in Today. */
const trayPrepLimit = 3;

export interface TrayActions {
  open(): void;
  openToday(): void;
  openContact(contactId: string): void;
  openEventMode(eventId: string): void;
  /** The briefing card of a contact, to prepare for a meeting with her. */
  openBriefing(contactId: string): void;
  quickLog(): void;
  /** "Wer kann helfen?" in the main window. */
  openHelp(): void;
  pause(duration: PauseDuration): void;
  setStartAtLogin(enabled: boolean): void;
  quit(): void;
}

export interface TraySnapshot {
  language: Language;
  today: TodayView;
  /** Set while reminders are paused. */
  pausedUntil?: Date;
  now: Date;
  startAtLogin: StartAtLogin;
  /** Events taking place today, for their event mode. */
  eventsToday: { id: string; title: string }[];
  /** Today's meetings with people from the journal still ahead (the calendar's `CalendarDay.prep`). */
  prep: CalendarPrep[];
  /** The windows are locked: the menu names nobody and no event, only what the app can do. */
  locked: boolean;
}

function trayIconPath(resourcesDir: string): string {
  if (process.platform === 'darwin') return join(resourcesDir, 'trayTemplate.png');
  return join(resourcesDir, process.platform === 'win32' ? 'tray-16.png' : 'tray-32.png');
}

const occasionLabels: Record<Occasion['kind'], MessageKey> = {
  birthday: 'trayBirthday',
  familyBirthday: 'trayFamilyBirthday',
  anniversary: 'trayAnniversary',
  schoolStart: 'traySchoolStart',
};

function todayItems({ language, today }: TraySnapshot, actions: TrayActions): MenuItemConstructorOptions[] {
  const entries = [
    ...[...today.birthdays, ...today.anniversaries, ...today.schoolStarts]
      .filter((occasion) => occasion.date === today.date)
      .map((occasion) => ({
        contactId: occasion.contactId,
        label: message(language, occasionLabels[occasion.kind], { name: occasion.name, detail: occasion.detail ?? '' }),
      })),
    ...today.followUps.flatMap(({ interaction, names }) => {
      const [contactId] = interaction.contactIds;
      if (contactId === undefined) return [];
      const name = interaction.contactIds.map((id) => names[id] ?? '').filter(Boolean).join(', ');
      return [{ contactId, label: message(language, 'trayFollowUp', { name }) }];
    }),
  ];
  const shown: MenuItemConstructorOptions[] = entries.slice(0, trayTodayLimit).map((entry, index) => ({
    id: `today-${index}`,
    label: entry.label,
    click: () => actions.openContact(entry.contactId),
  }));
  const more = entries.length - trayTodayLimit;
  if (more > 0) {
    const label = message(language, 'trayMore', { count: String(more) });
    shown.push({ id: 'today-more', label, click: () => actions.openToday() });
  }
  return shown;
}

/** "Gespräch vorbereiten: Sabine Keller · 14:00": the meeting's first contact from the journal, and when it starts. */
function prepItems({ language, prep }: TraySnapshot, actions: TrayActions): MenuItemConstructorOptions[] {
  return prep.slice(0, trayPrepLimit).flatMap((meeting, index) => {
    const [contact] = meeting.contacts;
    if (!contact) return [];
    const label = message(language, meeting.startTime ? 'trayPrepAt' : 'trayPrep', { name: contact.name, time: meeting.startTime ?? '' });
    return [{ id: `prep-${index}`, label, click: () => actions.openBriefing(contact.contactId) }];
  });
}

function pausedLabel(language: Language, until: Date, now: Date): string {
  const sameDay = until.toDateString() === now.toDateString();
  const time = new Intl.DateTimeFormat(language, {
    ...(sameDay ? {} : { weekday: 'short' }),
    hour: '2-digit',
    minute: '2-digit',
  }).format(until);
  return message(language, 'trayPausedUntil', { time });
}

/** What names people or events: left out while the windows are locked. */
function personalItems(snapshot: TraySnapshot, actions: TrayActions): MenuItemConstructorOptions[] {
  return [
    ...todayItems(snapshot, actions),
    ...prepItems(snapshot, actions),
    ...snapshot.eventsToday.map((event, index) => ({
      id: `eventMode-${index}`,
      label: message(snapshot.language, 'trayEventMode', { title: event.title }),
      click: () => actions.openEventMode(event.id),
    })),
  ];
}

function trayMenuTemplate(snapshot: TraySnapshot, actions: TrayActions): MenuItemConstructorOptions[] {
  const { language, today, pausedUntil, now, startAtLogin } = snapshot;
  const text = (key: MessageKey, values?: Record<string, string>) => message(language, key, values);
  const due = today.dueCount;
  return [
    { id: 'open', label: text('trayOpen'), click: () => actions.open() },
    {
      id: 'today',
      label: due > 0 ? text('trayTodayDue', { count: String(due) }) : text('trayToday'),
      click: () => actions.openToday(),
    },
    ...(snapshot.locked ? [] : personalItems(snapshot, actions)),
    { type: 'separator' },
    { id: 'quickLog', label: text('trayQuickLog'), click: () => actions.quickLog() },
    { id: 'askHelp', label: text('trayAskHelp'), click: () => actions.openHelp() },
    { type: 'separator' },
    {
      id: 'pause',
      label: pausedUntil ? pausedLabel(language, pausedUntil, now) : text('trayPause'),
      submenu: [
        { id: 'pauseHour', label: text('trayPauseHour'), click: () => actions.pause('hour') },
        {
          id: 'pauseUntilTomorrow',
          label: text('trayPauseUntilTomorrow'),
          click: () => actions.pause('untilTomorrow'),
        },
        {
          id: 'resume',
          label: text('trayResume'),
          enabled: pausedUntil !== undefined,
          click: () => actions.pause('off'),
        },
      ],
    },
    ...(startAtLogin.supported
      ? [
          {
            id: 'startAtLogin',
            label: text('trayStartAtLogin'),
            type: 'checkbox' as const,
            checked: startAtLogin.enabled,
            click: () => actions.setStartAtLogin(!startAtLogin.enabled),
          },
        ]
      : []),
    { type: 'separator' },
    { id: 'quit', label: text('trayQuit'), click: () => actions.quit() },
  ];
}

function tooltip({ language, today }: TraySnapshot): string {
  return today.dueCount > 0 ? message(language, 'trayTooltipDue', { count: String(today.dueCount) }) : 'Plausch';
}

function ensureTray(resourcesDir: string, open: () => void): Tray {
  if (!tray) {
    const icon = nativeImage.createFromPath(trayIconPath(resourcesDir));
    if (process.platform === 'darwin') icon.setTemplateImage(true);
    tray = new Tray(icon);
  }
  // The locked start's tray is taken over once the journal is open, with the full menu's actions.
  tray.removeAllListeners('click');
  tray.on('click', open);
  return tray;
}

export function createTray(resourcesDir: string, snapshot: TraySnapshot, actions: TrayActions): Tray {
  const created = ensureTray(resourcesDir, () => actions.open());
  updateTray(snapshot, actions);
  return created;
}

/**
 * The tray of an encrypted journal not yet unlocked: the way to the window (with its lock screen) and out, nothing
 * else, since nothing else is known yet.
 */
export function createLockedTray(resourcesDir: string, language: Language, actions: Pick<TrayActions, 'open' | 'quit'>): Tray {
  const created = ensureTray(resourcesDir, () => actions.open());
  created.setToolTip('Plausch');
  created.setContextMenu(
    Menu.buildFromTemplate([
      { id: 'open', label: message(language, 'trayOpen'), click: () => actions.open() },
      { type: 'separator' },
      { id: 'quit', label: message(language, 'trayQuit'), click: () => actions.quit() },
    ]),
  );
  return created;
}

/** Rebuilds tooltip and menu: after a change to the journal, the language or the date. */
export function updateTray(snapshot: TraySnapshot, actions: TrayActions): void {
  if (!tray) return;
  tray.setToolTip(tooltip(snapshot));
  tray.setContextMenu(Menu.buildFromTemplate(trayMenuTemplate(snapshot, actions)));
}
