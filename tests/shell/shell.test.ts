// The shell contract: the built main process and preload, run in Node under a recording stub 'electron', must ask
// Electron for exactly what the security checklist and the tray-app design require.
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { channelNames, eventNames } from '../../shared/contract';
import {
  freshStub,
  hookElectron,
  loadMain,
  loadPreload,
  mainBundle,
  modulesRequiredBy,
  preloadBundle,
  rendererIndex,
  tempDataDir,
  unhookElectron,
  waitFor,
  type Stub,
} from './load-bundle';

/* eslint-disable @typescript-eslint/no-explicit-any -- the stub's recordings are untyped */

const ourPageUrl = pathToFileURL(rendererIndex).href;
const quickLogUrl = `${ourPageUrl}#/quick-log`;
let data: ReturnType<typeof tempDataDir>;
// Start at login on Linux writes to XDG_CONFIG_HOME; the tests keep it away from the real home folder.
let configHome: ReturnType<typeof tempDataDir>;
let electron: Stub;
let logged: ReturnType<typeof vi.spyOn>;

beforeAll(hookElectron);
afterAll(unhookElectron);

// The app takes every date and time from the system clock. Each test freezes it (Date only: timers run for real) at one
// moment far from today and from midnight, so that neither the day nor a run across midnight changes the verdict.
const NOW = new Date('2031-06-18T08:30:00Z');

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  data = tempDataDir();
  configHome = tempDataDir();
  process.env['XDG_CONFIG_HOME'] = configHome.dir;
  logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterEach(async () => {
  // Quit whatever was started, so its store writes and releases the data folder before the folder goes.
  if (electron && !electron.__stub.state.quit) {
    electron.app.quit();
    await waitFor(() => electron.__stub.state.quit, 'the app to quit');
  }
  logged.mockRestore();
  data.remove();
  configHome.remove();
  vi.useRealTimers();
});

async function startApp(config: Record<string, unknown> = {}): Promise<Stub> {
  electron = freshStub(config);
  loadMain(data.dir);
  await waitFor(() => electron.__stub.state.trays.length === 1, 'the tray');
  return electron;
}

const state = () => electron.__stub.state;
const mainWindow = () => state().windows[0];
const quickLogWindow = () => state().windows.find((window: any) => window.webContents.getURL() === quickLogUrl);
const trayItems = () => state().trays[0].contextMenu.items.filter((item: any) => item.type !== 'separator');
const trayItem = (id: string) => trayItems().find((item: any) => item.id === id);
const navigations = () => mainWindow().webContents.sent.filter(([channel]: [string]) => channel === 'app:navigate');

function ipcEvent(sender: any, senderFrame: any) {
  return { sender, senderFrame, processId: 1, frameId: 1 };
}

function invokeFromWindow(channel: string, payload?: unknown, window = mainWindow()) {
  const contents = window.webContents;
  return state().handlers.get(channel)(ipcEvent(contents, contents.mainFrame), payload);
}

/** Today (the frozen `NOW`) as a year-less birthday (`--MM-DD`) and as a date, in the local time zone the app uses too. */
function localToday(): { monthDay: string; date: string } {
  const now = new Date(); // clock-ok: Date is frozen at NOW by vi.setSystemTime
  const two = (n: number) => String(n).padStart(2, '0');
  const monthDay = `${two(now.getMonth() + 1)}-${two(now.getDate())}`;
  return { monthDay: `--${monthDay}`, date: `${now.getFullYear()}-${monthDay}` };
}

/** Quiet hours are on by default in the evening; the reminder tests must not depend on the hour they run at. */
async function allowNotificationsAnyTime(): Promise<void> {
  const reply = await invokeFromWindow('settings:update', {
    reminders: { quietHours: { enabled: false, from: '20:00', to: '07:30' } },
  });
  expect(reply.ok).toBe(true);
}

async function contactWithBirthdayToday(firstName: string): Promise<string> {
  const created = await invokeFromWindow('contacts:create', { firstName, lastName: 'Muster', birthday: localToday().monthDay });
  expect(created.ok).toBe(true);
  return created.value.id;
}

describe('start-up', () => {
  it('requests the single-instance lock and quits without opening anything when it is not granted', async () => {
    electron = freshStub({ singleInstanceLock: false });
    loadMain(data.dir);
    // Loading the bundle runs it up to its first wait. Refused the lock, it has quit by then and has not even waited
    // for the app to be ready, the first step of opening anything: nothing can follow later, however slow the machine.
    expect(state().lockRequested).toBe(true);
    expect(state().quitRequests).toBe(1);
    expect(state().quit).toBe(true);
    expect(state().readyWaits).toBe(0);
    expect(state().windows).toHaveLength(0);
    expect(state().trays).toHaveLength(0);
    expect(state().handlers.size).toBe(0);
  });

  it('takes the data folder from PLAUSCH_DATA_DIR, also for the lock and the browser profile', async () => {
    await startApp();
    expect(state().lockRequested).toBe(true);
    expect(state().paths.userData).toBe(data.dir);
    const status = await invokeFromWindow('app:status');
    expect(status).toMatchObject({ ok: true, value: { dataDir: data.dir } });
  });

  it('shows the window on the first run or with --show, and otherwise starts hidden in the tray', async () => {
    await startApp();
    await waitFor(() => mainWindow().isVisible(), 'the first-run window');
    await invokeFromWindow('contacts:create', { firstName: 'Erika', lastName: 'Mustermann' });
    electron.app.quit();
    await waitFor(() => state().quit, 'the app to quit');

    await startApp();
    // A window to be shown is shown on 'ready-to-show'; once that has passed, this one stays hidden.
    await waitFor(() => mainWindow().readyToShow, 'the window to be ready to show');
    expect(mainWindow().isVisible()).toBe(false);
    const contacts = await invokeFromWindow('contacts:list');
    expect(contacts.value.map((c: any) => c.lastName)).toEqual(['Mustermann']);
    electron.app.quit();
    await waitFor(() => state().quit, 'the app to quit');

    process.argv.push('--show');
    try {
      await startApp();
      await waitFor(() => mainWindow().isVisible(), 'the window asked for with --show');
    } finally {
      process.argv.pop();
    }
  });

  it('explains a data folder held by another process in the system language and quits cleanly', async () => {
    writeFileSync(join(data.dir, 'plausch.lock'), String(process.pid));
    electron = freshStub({ locale: 'en-GB' });
    loadMain(data.dir);
    await waitFor(() => state().quit, 'the app to quit');
    expect(state().errorBoxes).toHaveLength(1);
    expect(state().errorBoxes[0].title).toBe('Plausch cannot start');
    expect(state().errorBoxes[0].content).toContain('in use by another Plausch process');
    expect(state().errorBoxes[0].content).toContain(data.dir);
    expect(state().exitCode).toBeUndefined();
    expect(state().windows).toHaveLength(0);
  });

  it('explains a data file that is a link to another file, naming it, and leaves both alone', async () => {
    const elsewhere = tempDataDir();
    try {
      const target = join(elsewhere.dir, 'notes.txt');
      writeFileSync(target, 'my own notes\n');
      symlinkSync(target, join(data.dir, 'plausch.wal'));
      electron = freshStub({ locale: 'en-GB' });
      loadMain(data.dir);
      await waitFor(() => state().quit, 'the app to quit');
      expect(state().errorBoxes).toHaveLength(1);
      expect(state().errorBoxes[0].content).toContain(join(data.dir, 'plausch.wal'));
      expect(state().errorBoxes[0].content).toContain('symbolic link');
      expect(state().windows).toHaveLength(0);
      expect(readFileSync(target, 'utf8')).toBe('my own notes\n');
      expect(lstatSync(join(data.dir, 'plausch.wal')).isSymbolicLink()).toBe(true);
    } finally {
      elsewhere.remove();
    }
  });

  it('explains a data file from a newer Plausch in German on a German system, leaving the file untouched', async () => {
    const dataFile = join(data.dir, 'plausch.json');
    const newer = JSON.stringify({ schemaVersion: 9999, contacts: [] });
    writeFileSync(dataFile, newer);
    electron = freshStub({ locale: 'de-AT' });
    loadMain(data.dir);
    await waitFor(() => state().quit, 'the app to quit');
    expect(state().errorBoxes).toHaveLength(1);
    expect(state().errorBoxes[0].title).toBe('Plausch kann nicht starten');
    expect(state().errorBoxes[0].content).toContain('neueren Plausch-Version');
    expect(state().windows).toHaveLength(0);
    expect(readFileSync(dataFile, 'utf8')).toBe(newer);
  });
});

describe('start-up after damage', () => {
  /** A damaged main file, a backup that reads from 12 March and a later one that does not. */
  function damagedWithOlderBackup() {
    const backups = join(data.dir, 'backups');
    mkdirSync(backups, { recursive: true });
    writeFileSync(join(data.dir, 'plausch.json'), 'damaged');
    const settings = { language: 'de', theme: 'system', tagCadences: {}, overdueFactor: 1.5 };
    const contact = { id: 'restored-1', firstName: 'Rita', lastName: 'Rückkehr', createdAt: '2025-03-12T08:00:00.000Z', updatedAt: '2025-03-12T08:00:00.000Z' };
    writeFileSync(join(backups, 'daily-2025-03-12.json'), JSON.stringify({ schemaVersion: 3, contacts: [contact], interactions: [], coach: [], settings, walSeq: 4 }));
    writeFileSync(join(backups, 'daily-2025-03-13.json'), '{"schemaVersion": 3, "conta');
  }

  it('asks before going back past a backup that does not read, in German, and quitting changes nothing', async () => {
    damagedWithOlderBackup();
    electron = freshStub({ locale: 'de-DE', messageBoxAnswer: 1 });
    loadMain(data.dir);
    await waitFor(() => state().quit, 'the app to quit');
    expect(state().messageBoxes).toHaveLength(1);
    const [box] = state().messageBoxes;
    expect(box.message).toBe('Die Daten von Plausch sind beschädigt. Aus der Sicherung vom 12. März 2025 wiederherstellen?');
    expect(box.detail).toContain('daily-2025-03-13.json');
    expect(box.buttons).toEqual(['Sicherung vom 12. März 2025 wiederherstellen', 'Beenden']);
    expect(box.cancelId).toBe(1);
    expect(state().errorBoxes).toHaveLength(0);
    expect(state().windows).toHaveLength(0);
    expect(readFileSync(join(data.dir, 'plausch.json'), 'utf8')).toBe('damaged');
  });

  it('restores the backup when the user agrees, setting the damaged file aside, and starts', async () => {
    damagedWithOlderBackup();
    electron = freshStub({ locale: 'en-GB', messageBoxAnswer: 0 });
    loadMain(data.dir);
    await waitFor(() => state().windows.length > 0, 'a window');
    expect(state().messageBoxes[0].buttons[0]).toBe('Restore the backup from March 12, 2025');
    expect(readFileSync(join(data.dir, 'plausch.json'), 'utf8')).toContain('Rita');
    expect(readdirSync(data.dir).some((name) => /^plausch\.damaged-.*\.json$/.test(name))).toBe(true);
    // Said at once, on the desktop and in a window opened for it, although the journal is not empty.
    await waitFor(() => mainWindow().isVisible(), 'the window with the notice');
    await waitFor(() => state().notifications.length > 0, 'the recovery announced on the desktop');
    // In the language of the restored journal's settings, which say German.
    expect(state().notifications[0]).toMatchObject({ title: 'Plausch hat Ihre Daten wiederhergestellt' });
    expect(state().notifications[0].message).toContain('vom 12. März 2025');
    electron.app.quit();
    await waitFor(() => state().quit, 'the app to quit');
  });
});

describe('windows', () => {
  it('opens every window with the secure webPreferences and our preload, loading our bundle', async () => {
    await startApp();
    expect(state().windows.length).toBeGreaterThan(0);
    for (const window of state().windows) {
      const prefs = window.options.webPreferences;
      expect(prefs.contextIsolation).toBe(true);
      expect(prefs.sandbox).toBe(true);
      expect(prefs.nodeIntegration).toBe(false);
      expect(prefs.webSecurity).toBe(true);
      expect(prefs.preload).toMatch(/out[\\/]preload[\\/]index\.js$/);
      expect([ourPageUrl, quickLogUrl]).toContain(window.webContents.getURL());
    }
  });

  it('hides the window when it is closed, and really closes it when the user quits', async () => {
    await startApp();
    const window = mainWindow();
    window.show();
    const close = electron.__stub.makeEvent();
    window.emit('close', close);
    expect(close.defaultPrevented).toBe(true);
    expect(window.isVisible()).toBe(false);
    expect(state().quit).toBe(false);

    electron.app.quit();
    await waitFor(() => state().quit, 'the app to quit');
    expect(window.isDestroyed()).toBe(true);
  });

  it('brings the window forward when a second instance starts', async () => {
    await startApp();
    mainWindow().hide();
    electron.app.emit('second-instance', electron.__stub.makeEvent(), ['plausch'], data.dir);
    expect(mainWindow().isVisible()).toBe(true);
    expect(mainWindow().focused).toBe(true);
  });
});

describe('tray', () => {
  it('holds a tray with the icon, a tooltip and a translated menu', async () => {
    await startApp({ locale: 'de-DE' });
    const [tray] = state().trays;
    expect(tray.toolTip).toBe('Plausch');
    expect(tray.image.isEmpty()).toBe(false);
    expect(trayItems().map((item: any) => [item.id, item.label])).toEqual([
      ['open', 'Plausch öffnen'],
      ['today', 'Heute …'],
      ['quickLog', 'Begegnung notieren …'],
      ['askHelp', 'Wer kann helfen? …'],
      ['pause', 'Erinnerungen pausieren'],
      ['startAtLogin', 'Bei der Anmeldung starten'],
      ['quit', 'Beenden'],
    ]);
    expect(trayItem('pause').submenu.map((item: any) => [item.id, item.label, item.enabled ?? true])).toEqual([
      ['pauseHour', 'Für 1 Stunde', true],
      ['pauseUntilTomorrow', 'Bis morgen', true],
      ['resume', 'Fortsetzen', false],
    ]);
    expect(trayItem('startAtLogin')).toMatchObject({ type: 'checkbox', checked: false });

    mainWindow().hide();
    trayItem('open').click();
    expect(mainWindow().isVisible()).toBe(true);

    trayItem('quickLog').click();
    expect(quickLogWindow().isVisible()).toBe(true);

    trayItem('quit').click();
    await waitFor(() => state().quit, 'the app to quit');
  });

  it('speaks English on an English system and follows the language chosen in the settings', async () => {
    await startApp({ locale: 'en-US' });
    const labels = () => state().trays[0].contextMenu.items.map((item: any) => item.label).filter(Boolean);
    expect(labels()).toEqual(['Open Plausch', 'Today…', 'Log encounter…', 'Who can help?…', 'Pause reminders', 'Start at login', 'Quit']);
    const tray = state().trays[0];
    tray.emit('click');
    expect(mainWindow().isVisible()).toBe(true);

    await invokeFromWindow('settings:update', { language: 'de' });
    await waitFor(() => labels()[0] === 'Plausch öffnen', 'the German tray menu');
  });
});

describe('tray: the day at a glance', () => {
  it('counts what is due in the tooltip and lists it in the menu, each entry opening the person', async () => {
    await startApp({ locale: 'de-DE' });
    const id = await contactWithBirthdayToday('Erika');
    await waitFor(() => state().trays[0].toolTip === 'Plausch – 1 fällig', 'the tooltip to count the birthday');
    expect(trayItem('today').label).toBe('Heute … (1 fällig)');
    expect(trayItem('today-0').label).toBe('Geburtstag: Erika Muster');

    const lunch = await invokeFromWindow('interactions:create', {
      contactIds: [id],
      type: 'lunch',
      date: localToday().date,
      followUpOn: localToday().date,
    });
    expect(lunch.ok).toBe(true);
    await waitFor(() => state().trays[0].toolTip === 'Plausch – 2 fällig', 'the tooltip to count the follow-up');
    expect(trayItem('today-1').label).toBe('Nachfassen: Erika Muster');

    mainWindow().hide();
    trayItem('today-1').click();
    expect(mainWindow().isVisible()).toBe(true);
    expect(mainWindow().focused).toBe(true);
    expect(navigations()).toEqual([['app:navigate', { hash: `#/contacts/${id}` }]]);

    trayItem('today').click();
    expect(navigations().at(-1)).toEqual(['app:navigate', { hash: '#/today' }]);

    mainWindow().hide();
    trayItem('askHelp').click();
    expect(mainWindow().isVisible()).toBe(true);
    expect(navigations().at(-1)).toEqual(['app:navigate', { hash: '#/help' }]);
  });

  it('lists at most five of them and leads to Today for the rest', async () => {
    await startApp({ locale: 'en-GB' });
    for (const name of ['Ada', 'Bea', 'Cem', 'Dan', 'Eva', 'Fin', 'Gil']) await contactWithBirthdayToday(name);
    await waitFor(() => state().trays[0].toolTip === 'Plausch – 7 due', 'the tooltip to count seven birthdays');
    const entries = trayItems().filter((item: any) => String(item.id).startsWith('today-'));
    expect(entries.map((item: any) => item.id)).toEqual(['today-0', 'today-1', 'today-2', 'today-3', 'today-4', 'today-more']);
    expect(trayItem('today-more').label).toBe('… and 2 more');
    trayItem('today-more').click();
    expect(navigations().at(-1)).toEqual(['app:navigate', { hash: '#/today' }]);
  });

  it('pauses reminders for an hour and resumes them', async () => {
    await startApp({ locale: 'en-GB' });
    trayItem('pause').submenu.find((item: any) => item.id === 'pauseHour').click();
    await waitFor(() => trayItem('pause').label.startsWith('Reminders paused until'), 'the paused label');
    const settings = await invokeFromWindow('settings:get');
    expect(Date.parse(settings.value.reminders.pausedUntil)).toBe(NOW.getTime() + 60 * 60_000);
    const resume = trayItem('pause').submenu.find((item: any) => item.id === 'resume');
    expect(resume.enabled).toBe(true);

    resume.click();
    await waitFor(() => trayItem('pause').label === 'Pause reminders', 'the pause to be lifted');
    expect((await invokeFromWindow('settings:get')).value.reminders.pausedUntil).toBeUndefined();
  });
});

/** An instant as iCalendar writes it in UTC (`20310618T093000Z`). */
const icsUtc = (instant: Date) => `${instant.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;

/** The time of an instant on the app's clock, as the calendar gives it (`14:00`). */
const localTime = (instant: Date) => `${String(instant.getHours()).padStart(2, '0')}:${String(instant.getMinutes()).padStart(2, '0')}`;

/** A calendar of meetings starting `hours` after NOW, each with one person by address. */
function meetingsAhead(meetings: { hours: number; email: string }[]): string {
  const events = meetings.flatMap(({ hours, email }, index) => [
    'BEGIN:VEVENT',
    `UID:prep-${index}@plausch.test`,
    'DTSTAMP:20310601T080000Z',
    `SUMMARY:Abstimmung ${index + 1}`,
    `DTSTART:${icsUtc(new Date(NOW.getTime() + hours * 3_600_000))}`,
    `DTEND:${icsUtc(new Date(NOW.getTime() + (hours + 0.5) * 3_600_000))}`,
    `ATTENDEE;CN=Gast:mailto:${email}`,
    'END:VEVENT',
  ]);
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Plausch tests//Shell//DE', ...events, 'END:VCALENDAR', ''].join('\r\n');
}

describe('tray: meetings to prepare for', () => {
  it('offers "Gespräch vorbereiten" for at most three of today\'s meetings with contacts, each opening the briefing', async () => {
    await startApp({ locale: 'de-DE' });
    const people = ['Sabine Keller', 'Jürgen Müller', 'Petra Lang', 'Ralf Meier'];
    const ids: string[] = [];
    for (const [index, name] of people.entries()) {
      const [firstName, lastName] = name.split(' ');
      const created = await invokeFromWindow('contacts:create', { firstName, lastName, emails: [`person${index}@nordlicht.de`] });
      expect(created.ok).toBe(true);
      ids.push(created.value.id);
    }
    // One to four hours after NOW: the same day wherever the machine's clock is, up to eleven hours east of UTC.
    const meetings = [1, 2, 3, 4].map((hours, index) => ({ hours, email: `person${index}@nordlicht.de` }));
    const imported = await invokeFromWindow('calendar:import', { name: 'outlook.ics', text: meetingsAhead(meetings) });
    expect(imported.ok).toBe(true);

    await waitFor(() => trayItem('prep-0') !== undefined, 'the meetings to prepare for in the tray');
    const prep = trayItems().filter((item: any) => String(item.id).startsWith('prep-'));
    expect(prep.map((item: any) => item.label)).toEqual(
      meetings.slice(0, 3).map(({ hours }, index) => `Gespräch vorbereiten: ${people[index]} · ${localTime(new Date(NOW.getTime() + hours * 3_600_000))}`),
    );

    mainWindow().hide();
    trayItem('prep-1').click();
    expect(mainWindow().isVisible()).toBe(true);
    expect(navigations().at(-1)).toEqual(['app:navigate', { hash: `#/coach/briefing/${ids[1]}` }]);

    await invokeFromWindow('settings:update', { language: 'en' });
    const english = `Prepare the conversation: Sabine Keller · ${localTime(new Date(NOW.getTime() + 3_600_000))}`;
    await waitFor(() => trayItem('prep-0')?.label === english, 'the English tray item');
  });
});

describe('calendar: choosing a file or folder to watch', () => {
  it('asks with an open dialog over the main window and answers the path picked, or null when cancelled', async () => {
    await startApp({ openDialogAnswer: '/home/erika/Kalender/outlook.ics' });
    const picked = await invokeFromWindow('calendar:choose', { kind: 'file' });
    expect(picked).toEqual({ ok: true, value: '/home/erika/Kalender/outlook.ics' });
    expect(state().openDialogs).toHaveLength(1);
    expect(state().openDialogs[0].parent).toBe(mainWindow());
    expect(state().openDialogs[0].options).toMatchObject({ properties: ['openFile'], filters: [{ extensions: ['ics'] }] });

    electron.__stub.configure({ openDialogAnswer: undefined });
    const cancelled = await invokeFromWindow('calendar:choose', { kind: 'folder' });
    expect(cancelled).toEqual({ ok: true, value: null });
    expect(state().openDialogs[1].options).toMatchObject({ properties: ['openDirectory'] });
  });
});

describe('quick-log window', () => {
  it('is created hidden at start: frameless, on top, off the taskbar and as secure as the main window', async () => {
    await startApp();
    const popup = quickLogWindow();
    expect(popup).toBeDefined();
    expect(popup.isVisible()).toBe(false);
    expect(popup.options).toMatchObject({
      show: false,
      frame: false,
      alwaysOnTop: true,
      skipTaskbar: true,
      resizable: false,
      width: 560,
      height: 200,
    });
    expect(popup.options.webPreferences).toEqual(mainWindow().options.webPreferences);
  });

  it('opens centred in the upper third of the screen under the pointer, and hides when it loses focus', async () => {
    const second = {
      id: 2,
      bounds: { x: 1920, y: 0, width: 1280, height: 1024 },
      workArea: { x: 1920, y: 25, width: 1280, height: 999 },
    };
    await startApp({ cursor: { x: 2500, y: 400 } });
    electron.__stub.configure({ displays: [...electron.__stub.config.displays, second] });
    const press = state().shortcuts.get('CommandOrControl+Alt+L');
    press();
    const popup = quickLogWindow();
    expect(popup.isVisible()).toBe(true);
    expect(popup.focused).toBe(true);
    expect(popup.getBounds()).toEqual({ x: 1920 + 360, y: 25 + 266, width: 560, height: 200 });

    popup.emit('blur');
    expect(popup.isVisible()).toBe(false);

    press();
    expect(popup.isVisible()).toBe(true);
    press();
    expect(popup.isVisible()).toBe(false);
  });

  it('lets its own page call the main process, hide it and open a person in the main window', async () => {
    await startApp();
    const popup = quickLogWindow();
    popup.show();
    const created = await invokeFromWindow('contacts:create', { firstName: 'Anna', department: 'Finanzen' }, popup);
    expect(created.ok).toBe(true);
    await waitFor(() => popup.webContents.sent.length > 0, 'data:changed in the quick-log window');

    expect(await invokeFromWindow('desktop:hideQuickLog', undefined, popup)).toEqual({ ok: true, value: null });
    expect(popup.isVisible()).toBe(false);

    popup.show();
    mainWindow().hide();
    const hash = `#/contacts/${created.value.id}`;
    expect(await invokeFromWindow('desktop:showMain', { hash }, popup)).toEqual({ ok: true, value: null });
    expect(popup.isVisible()).toBe(false);
    expect(mainWindow().isVisible()).toBe(true);
    expect(navigations()).toEqual([['app:navigate', { hash }]]);
    expect(popup.webContents.sent.filter(([channel]: [string]) => channel === 'app:navigate')).toEqual([]);
  });

  it('refuses a subframe of the quick-log page and the page once it has navigated away', async () => {
    await startApp();
    const contents = quickLogWindow().webContents;
    const { WebFrameMain } = electron.__stub;
    const list = state().handlers.get('contacts:list');
    const fromSubframe = await list(ipcEvent(contents, new WebFrameMain(quickLogUrl, contents.mainFrame)));
    contents.mainFrame.url = 'https://example.com/#/quick-log';
    const fromForeignPage = await list(ipcEvent(contents, contents.mainFrame));
    expect(fromSubframe).toEqual({ ok: false, error: { code: 'forbiddenSender' } });
    expect(fromForeignPage).toEqual({ ok: false, error: { code: 'forbiddenSender' } });
  });
});

describe('event-mode window', () => {
  const eventModeUrl = (id: string) => `${ourPageUrl}#/event-mode/${id}`;
  const eventModeWindows = () =>
    state().windows.filter((window: any) => window.webContents.getURL().startsWith(`${ourPageUrl}#/event-mode/`));

  async function eventOn(date: string, title: string, endDate?: string): Promise<string> {
    const created = await invokeFromWindow('events:create', {
      event: { title, eventKind: 'conference', date, ...(endDate ? { endDate } : {}) },
      language: 'de',
    });
    expect(created.ok).toBe(true);
    return created.value.id;
  }

  it('opens a compact, resizable window as secure as the others, at the event, on top only when asked', async () => {
    await startApp();
    const id = await eventOn('2030-05-14', 'Assistenz-Forum');
    expect(eventModeWindows()).toEqual([]);

    expect(await invokeFromWindow('desktop:openEventMode', { id })).toEqual({ ok: true, value: null });
    const [window] = eventModeWindows();
    expect(window.webContents.getURL()).toBe(eventModeUrl(id));
    expect(window.options).toMatchObject({ width: 480, height: 760, resizable: true, alwaysOnTop: false });
    expect(window.options.minWidth).toBeGreaterThan(0);
    expect(window.options.minHeight).toBeGreaterThan(0);
    const prefs = window.options.webPreferences;
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs).toEqual(mainWindow().options.webPreferences);
    await waitFor(() => window.isVisible(), 'the event-mode window to show');
    expect(window.isAlwaysOnTop()).toBe(false);

    // The page's pin: the same event again, raised above the other windows and lowered again, without a reload.
    await invokeFromWindow('desktop:openEventMode', { id, onTop: true }, window);
    expect(window.isAlwaysOnTop()).toBe(true);
    await invokeFromWindow('desktop:openEventMode', { id }, window);
    expect(window.isAlwaysOnTop()).toBe(true);
    await invokeFromWindow('desktop:openEventMode', { id, onTop: false }, window);
    expect(window.isAlwaysOnTop()).toBe(false);
    expect(eventModeWindows()).toHaveLength(1);
  });

  it('is made on top when the first call asks for it', async () => {
    await startApp();
    const id = await eventOn('2030-05-14', 'Stammtisch');
    await invokeFromWindow('desktop:openEventMode', { id, onTop: true });
    const [window] = eventModeWindows();
    expect(window.options.alwaysOnTop).toBe(true);
    expect(window.isAlwaysOnTop()).toBe(true);
  });

  it('takes the one window over for another event, and is closed for good when the user is done', async () => {
    await startApp();
    const first = await eventOn('2030-05-14', 'Assistenz-Forum');
    const second = await eventOn('2030-05-20', 'Weihnachtsfeier');
    await invokeFromWindow('desktop:openEventMode', { id: first, onTop: true });
    const [window] = eventModeWindows();
    window.hide();

    await invokeFromWindow('desktop:openEventMode', { id: second });
    expect(eventModeWindows()).toEqual([window]);
    expect(window.webContents.getURL()).toBe(eventModeUrl(second));
    expect(window.isVisible()).toBe(true);
    // A freshly loaded page shows its pin up, so the window must not stay pinned from the last event.
    expect(window.isAlwaysOnTop()).toBe(false);

    window.close();
    expect(window.isDestroyed()).toBe(true);
    expect(state().quit).toBe(false);
    await invokeFromWindow('desktop:openEventMode', { id: first });
    const reopened = eventModeWindows().filter((own: any) => !own.isDestroyed());
    expect(reopened).toHaveLength(1);
    expect(reopened[0]).not.toBe(window);
  });

  it('lets its own page call the main process and hears what changed, but refuses its subframes', async () => {
    await startApp();
    const id = await eventOn('2030-05-14', 'Assistenz-Forum');
    await invokeFromWindow('desktop:openEventMode', { id });
    const [window] = eventModeWindows();
    const contents = window.webContents;

    const captured = await invokeFromWindow(
      'events:capture',
      { eventId: id, name: 'Jana Albrecht', organisation: 'Kanzlei Roth', detail: 'Sucht einen Tagungsraum' },
      window,
    );
    expect(captured.ok).toBe(true);
    await waitFor(() => contents.sent.some(([channel]: [string]) => channel === 'data:changed'), 'data:changed in event mode');

    const { WebFrameMain } = electron.__stub;
    const list = state().handlers.get('contacts:list');
    const fromSubframe = await list(ipcEvent(contents, new WebFrameMain(eventModeUrl(id), contents.mainFrame)));
    expect(fromSubframe).toEqual({ ok: false, error: { code: 'forbiddenSender' } });

    // Once closed, its contents are no longer ours.
    window.close();
    const afterClose = await list(ipcEvent(contents, contents.mainFrame));
    expect(afterClose).toEqual({ ok: false, error: { code: 'forbiddenSender' } });
  });

  it('refuses an event id the contract does not accept, opening nothing', async () => {
    await startApp();
    const reply = await invokeFromWindow('desktop:openEventMode', { id: '' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
    expect(eventModeWindows()).toEqual([]);
  });

  it('is offered in the tray on the day of an event, in the app language, and opened from there', async () => {
    await startApp({ locale: 'de-DE' });
    const today = localToday().date;
    const id = await eventOn(today, 'Assistenz-Forum');
    await eventOn('2001-01-01', 'Lange vorbei');
    await waitFor(() => trayItem('eventMode-0') !== undefined, 'the event-mode tray item');
    expect(trayItem('eventMode-0').label).toBe('Veranstaltungsmodus: Assistenz-Forum');
    expect(trayItem('eventMode-1')).toBeUndefined();

    trayItem('eventMode-0').click();
    const [window] = eventModeWindows();
    expect(window.webContents.getURL()).toBe(eventModeUrl(id));

    await invokeFromWindow('settings:update', { language: 'en' });
    await waitFor(() => trayItem('eventMode-0')?.label === 'Event mode: Assistenz-Forum', 'the English item');
  });

  it('counts an event over several days on each of them', async () => {
    await startApp({ locale: 'en-GB' });
    const now = NOW; // the frozen moment every test here lives in
    const iso = (date: Date) =>
      `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
    const yesterday = iso(new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1));
    const tomorrow = iso(new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1));
    await eventOn(yesterday, 'Messe', tomorrow);
    await waitFor(() => trayItem('eventMode-0')?.label === 'Event mode: Messe', 'the trade fair in the tray');
  });
});

describe('downloads', () => {
  const download = (url: string, filename: string, contents: any = mainWindow().webContents) => {
    const item = new electron.__stub.DownloadItem(url, filename);
    electron.session.defaultSession.emit('will-download', electron.__stub.makeEvent(), item, contents);
    return item;
  };

  it('asks where to save an export, starting in Downloads with the suggested name, and saves it there', async () => {
    await startApp({ saveDialogAnswer: '/home/erika/Dokumente/plausch.ics' });
    electron.app.setPath('downloads', '/home/erika/Downloads');
    const item = download('blob:null/5b1c0a7e-1d2f-4c1e-9a3b-6f7e8d9c0b1a', 'plausch-geburtstage.ics');
    expect(state().saveDialogs).toHaveLength(1);
    expect(state().saveDialogs[0].parent).toBe(mainWindow());
    expect(state().saveDialogs[0].options.defaultPath).toBe(join('/home/erika/Downloads', 'plausch-geburtstage.ics'));
    expect(item.savePath).toBe('/home/erika/Dokumente/plausch.ics');
    expect(item.cancelled).toBe(false);
  });

  it('cancels the download when the user cancels the dialog', async () => {
    await startApp({ saveDialogAnswer: undefined });
    const item = download('blob:null/5b1c0a7e-1d2f-4c1e-9a3b-6f7e8d9c0b1a', 'plausch.csv');
    expect(state().saveDialogs).toHaveLength(1);
    expect(item.savePath).toBeUndefined();
    expect(item.cancelled).toBe(true);
  });

  it('refuses downloads from other web contents and of anything the page did not make, without asking', async () => {
    await startApp({ saveDialogAnswer: '/tmp/anything' });
    const stranger = new electron.__stub.WebContents();
    const fromStranger = download('blob:null/5b1c0a7e', 'plausch.csv', stranger);
    const fromTheWeb = download('https://example.com/tool.exe', 'tool.exe');
    for (const item of [fromStranger, fromTheWeb]) {
      expect(item.cancelled).toBe(true);
      expect(item.savePath).toBeUndefined();
    }
    expect(state().saveDialogs).toEqual([]);
  });
});

describe('global shortcut', () => {
  it('registers Ctrl+Alt+L (Cmd+Alt+L on macOS) and releases every shortcut on quit', async () => {
    await startApp();
    expect([...state().shortcuts.keys()]).toEqual(['CommandOrControl+Alt+L']);
    expect(await invokeFromWindow('desktop:shortcutStatus')).toEqual({
      ok: true,
      value: { accelerator: 'CommandOrControl+Alt+L', registered: true, suggestions: [] },
    });
    electron.app.quit();
    await waitFor(() => state().quit, 'the app to quit');
    expect(state().shortcutsReleased).toBe(true);
    expect(state().shortcuts.size).toBe(0);
  });

  it('says so when another application holds it, offers free combinations, and remembers the one chosen', async () => {
    await startApp({ takenShortcuts: ['CommandOrControl+Alt+L', 'CommandOrControl+Alt+K'] });
    expect((await invokeFromWindow('desktop:shortcutStatus')).value).toEqual({
      accelerator: 'CommandOrControl+Alt+L',
      registered: false,
      suggestions: ['CommandOrControl+Shift+Space', 'Alt+Shift+L'],
    });
    // Trying the suggestions out must not leave them taken.
    expect(state().shortcuts.size).toBe(0);

    const chosen = await invokeFromWindow('desktop:setShortcut', { accelerator: 'Alt+Shift+L' });
    expect(chosen.value).toEqual({ accelerator: 'Alt+Shift+L', registered: true, suggestions: [] });
    state().shortcuts.get('Alt+Shift+L')();
    expect(quickLogWindow().isVisible()).toBe(true);
    const settingsSaved = () =>
      mainWindow().webContents.sent.some(
        ([channel, change]: [string, any]) => channel === 'data:changed' && change.collections.includes('settings'),
      );
    await waitFor(settingsSaved, 'the setting to be saved');
    expect((await invokeFromWindow('settings:get')).value.quickLogShortcut).toBe('Alt+Shift+L');

    electron.app.quit();
    await waitFor(() => state().quit, 'the app to quit');
    await startApp({ takenShortcuts: ['CommandOrControl+Alt+L'] });
    expect([...state().shortcuts.keys()]).toEqual(['Alt+Shift+L']);
  });

  it('keeps the combination in use when the new one is taken, and follows a change made in the settings', async () => {
    await startApp({ takenShortcuts: ['CommandOrControl+Shift+Space'] });
    const refused = await invokeFromWindow('desktop:setShortcut', { accelerator: 'CommandOrControl+Shift+Space' });
    expect(refused.value).toEqual({
      accelerator: 'CommandOrControl+Shift+Space',
      registered: false,
      suggestions: ['CommandOrControl+Alt+K', 'Alt+Shift+L'],
    });
    expect([...state().shortcuts.keys()]).toEqual(['CommandOrControl+Alt+L']);
    expect((await invokeFromWindow('desktop:shortcutStatus')).value.accelerator).toBe('CommandOrControl+Alt+L');

    await invokeFromWindow('settings:update', { quickLogShortcut: 'CommandOrControl+Alt+K' });
    await waitFor(() => state().shortcuts.has('CommandOrControl+Alt+K'), 'the shortcut from the settings');
    expect([...state().shortcuts.keys()]).toEqual(['CommandOrControl+Alt+K']);
  });
});

describe('start at login', () => {
  const autostartFile = () => join(configHome.dir, 'autostart', 'plausch.desktop');

  it('on Linux writes and removes an XDG autostart entry, from the tray or the settings', async () => {
    await startApp();
    trayItem('startAtLogin').click();
    expect(existsSync(autostartFile())).toBe(true);
    expect(readFileSync(autostartFile(), 'utf8')).toMatch(/^\[Desktop Entry\]\nType=Application\n[\s\S]*\nExec=\S/);
    await waitFor(() => trayItem('startAtLogin').checked === true, 'the ticked checkbox');
    expect((await invokeFromWindow('desktop:startAtLogin')).value).toEqual({ enabled: true, supported: true });

    expect((await invokeFromWindow('desktop:setStartAtLogin', { enabled: false })).value).toEqual({
      enabled: false,
      supported: true,
    });
    expect(existsSync(autostartFile())).toBe(false);
    await waitFor(() => trayItem('startAtLogin').checked === false, 'the cleared checkbox');
  });

  it.each(['win32', 'darwin'])('on %s asks Electron to set the login item', async (platform) => {
    await startApp();
    const original = Object.getOwnPropertyDescriptor(process, 'platform') as PropertyDescriptor;
    Object.defineProperty(process, 'platform', { value: platform });
    try {
      trayItem('startAtLogin').click();
      expect(state().loginItemCalls).toEqual([{ openAtLogin: true }]);
      expect((await invokeFromWindow('desktop:startAtLogin')).value).toEqual({ enabled: true, supported: true });
      await invokeFromWindow('desktop:setStartAtLogin', { enabled: false });
      expect(state().loginItemCalls).toEqual([{ openAtLogin: true }, { openAtLogin: false }]);
    } finally {
      Object.defineProperty(process, 'platform', original);
    }
    expect(existsSync(autostartFile())).toBe(false);
  });
});

describe('reminders', () => {
  it('looks for due reminders at start and notifies under the app id', async () => {
    await startApp();
    await allowNotificationsAnyTime();
    await contactWithBirthdayToday('Erika');
    // Saving a contact is no occasion to look for reminders: once the shell has taken in the change (the tray counts
    // the birthday), nothing has been notified.
    await waitFor(() => state().trays[0].toolTip === 'Plausch – 1 fällig', 'the tray to count the birthday');
    expect(state().notifications).toEqual([]);
    electron.app.quit();
    await waitFor(() => state().quit, 'the app to quit');

    await startApp();
    await waitFor(() => state().notifications.length > 0, 'a notification at start');
    expect(state().notifications[0]).toMatchObject({ appID: 'de.plausch.app' });
    expect(state().notifications[0].title).toContain('Erika');
  });

  it('looks again when the computer wakes or is unlocked; a click on a birthday notification opens the greeting for the person', async () => {
    await startApp({ notificationAnswer: [null, 'activate', { activationType: 'contentsClicked' }] });
    await waitFor(() => mainWindow().isVisible(), 'the first-run window');
    await allowNotificationsAnyTime();
    const erika = await contactWithBirthdayToday('Erika');
    mainWindow().hide();

    electron.powerMonitor.emit('resume');
    await waitFor(() => navigations().length === 1, 'the person to be opened');
    expect(state().notifications).toHaveLength(1);
    expect(mainWindow().isVisible()).toBe(true);
    expect(navigations()[0]).toEqual(['app:navigate', { hash: `#/contacts/${erika}/greeting/birthday` }]);

    const max = await contactWithBirthdayToday('Max');
    electron.powerMonitor.emit('unlock-screen');
    await waitFor(() => navigations().length === 2, 'the second person to be opened');
    expect(state().notifications).toHaveLength(2);
    expect(navigations()[1]).toEqual(['app:navigate', { hash: `#/contacts/${max}/greeting/birthday` }]);
  });

  it('goes on without notifications when the system cannot show them: the tray still counts', async () => {
    await startApp({ notificationAnswer: [new Error('no D-Bus session'), ''] });
    await allowNotificationsAnyTime();
    await contactWithBirthdayToday('Erika');
    electron.powerMonitor.emit('resume');
    await waitFor(
      () => logged.mock.calls.some(([line]: unknown[]) => String(line).includes('desktop notifications are unavailable')),
      'the outage to be logged',
    );
    expect(state().quit).toBe(false);
    await waitFor(() => state().trays[0].toolTip === 'Plausch – 1 fällig', 'the tray count');
    expect(navigations()).toEqual([]);
  });
});

describe('ipc', () => {
  it('registers a handler for every contract channel and for nothing else', async () => {
    await startApp();
    expect([...state().handlers.keys()].sort()).toEqual([...channelNames].sort());
  });

  it('hands calls from our window to the router and tells the window what changed', async () => {
    await startApp();
    const created = await invokeFromWindow('contacts:create', { firstName: 'Anna', organisation: 'Vorstand' });
    expect(created).toMatchObject({ ok: true, value: { firstName: 'Anna', organisation: 'Vorstand' } });
    const listed = await invokeFromWindow('contacts:list');
    expect(listed.value.map((c: any) => c.id)).toEqual([created.value.id]);
    await waitFor(() => mainWindow().webContents.sent.length > 0, 'a data:changed event');
    expect(mainWindow().webContents.sent[0]).toEqual(['data:changed', { collections: ['contacts'] }]);
  });

  it('returns a validation error envelope for bad input instead of throwing', async () => {
    await startApp();
    const reply = await invokeFromWindow('contacts:create', { firstName: 42 });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
  });

  it('refuses subframes, foreign pages and other web contents, and changes nothing', async () => {
    await startApp();
    const { WebContents, WebFrameMain } = electron.__stub;
    const contents = mainWindow().webContents;
    const create = state().handlers.get('contacts:create');
    const payload = { firstName: 'Mallory' };

    const fromSubframe = await create(ipcEvent(contents, new WebFrameMain(ourPageUrl, contents.mainFrame)), payload);
    const stranger = new WebContents();
    stranger.mainFrame.url = ourPageUrl;
    const fromOtherContents = await create(ipcEvent(stranger, stranger.mainFrame), payload);
    const withoutFrame = await create(ipcEvent(contents, null), payload);
    contents.mainFrame.url = 'https://example.com/';
    const fromForeignPage = await create(ipcEvent(contents, contents.mainFrame), payload);
    contents.mainFrame.url = pathToFileURL(join(data.dir, 'index.html')).href;
    const fromOtherFile = await create(ipcEvent(contents, contents.mainFrame), payload);

    for (const reply of [fromSubframe, fromOtherContents, withoutFrame, fromForeignPage, fromOtherFile]) {
      expect(reply).toEqual({ ok: false, error: { code: 'forbiddenSender' } });
    }
    expect(logged.mock.calls.filter(([line]: unknown[]) => String(line).includes('untrusted sender'))).toHaveLength(5);

    contents.mainFrame.url = ourPageUrl;
    const listed = await invokeFromWindow('contacts:list');
    expect(listed).toEqual({ ok: true, value: [] });
    expect(contents.sent).toEqual([]);
  });
});

describe('security', () => {
  it('denies navigation away from our bundle, window.open and webviews', async () => {
    await startApp();
    const contents = mainWindow().webContents;
    const navigate = (url: string) => {
      const event = electron.__stub.makeEvent();
      contents.emit('will-navigate', event, url);
      return event.defaultPrevented;
    };
    expect(navigate('https://example.com/')).toBe(true);
    expect(navigate('file:///etc/passwd')).toBe(true);
    expect(navigate(`${ourPageUrl}#/contacts`)).toBe(false);

    const redirect = electron.__stub.makeEvent();
    contents.emit('will-redirect', redirect, 'http://example.com/');
    expect(redirect.defaultPrevented).toBe(true);

    expect(contents.windowOpenHandler({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler({ url: ourPageUrl })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler({ url: 'mailto:erika@example.com' })).toEqual({ action: 'deny' });
    expect(state().openedExternal).toEqual(['mailto:erika@example.com']);

    const frameNavigation = (url: string, isMainFrame: boolean) => {
      const event = electron.__stub.makeEvent({ url, isMainFrame });
      contents.emit('will-frame-navigate', event);
      return event.defaultPrevented;
    };
    expect(frameNavigation('https://example.com/', false)).toBe(true);
    expect(frameNavigation(ourPageUrl, false)).toBe(false);

    const webview = electron.__stub.makeEvent();
    contents.emit('will-attach-webview', webview, {}, {});
    expect(webview.defaultPrevented).toBe(true);
  });

  it('hands a mail link to the system only as a plain address, never with a query or anything but an address', async () => {
    await startApp();
    const contents = mainWindow().webContents;
    const hostile = [
      'mailto:eve@x.test?cc=boss@x.test&attach=/etc/passwd',
      'mailto:eve@x.test?body=Hallo',
      'mailto:eve@x.test#top',
      'mailto:eve@x.test,boss@x.test',
      'mailto:?to=eve@x.test',
      'mailto:not-an-address',
    ];
    for (const url of hostile) {
      expect(contents.windowOpenHandler({ url })).toEqual({ action: 'deny' });
      contents.emit('will-navigate', electron.__stub.makeEvent(), url);
    }
    expect(state().openedExternal).toEqual([]);

    contents.windowOpenHandler({ url: 'mailto:Erika.Muster%2Bnews@example.com' });
    expect(state().openedExternal).toEqual(['mailto:Erika.Muster%2Bnews@example.com']);
  });

  it('hardens web contents created later too', async () => {
    await startApp();
    const late = new electron.__stub.WebContents();
    expect(late.windowOpenHandler({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    const event = electron.__stub.makeEvent();
    late.emit('will-navigate', event, 'https://example.com/');
    expect(event.defaultPrevented).toBe(true);
  });

  it('denies every permission request and check', async () => {
    await startApp();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const answer = vi.fn();
      state().permissionRequestHandler(mainWindow().webContents, permission, answer, {});
      expect(answer).toHaveBeenCalledWith(false);
      expect(state().permissionCheckHandler(mainWindow().webContents, permission, 'file://', {})).toBe(false);
    }
  });

  it('blocks every request that leaves the machine, and lets our bundle load', async () => {
    await startApp();
    const cancelled = (url: string) => {
      const callback = vi.fn();
      state().beforeRequest({ url, method: 'GET', resourceType: 'xhr' }, callback);
      expect(callback).toHaveBeenCalledTimes(1);
      return callback.mock.calls[0]![0].cancel;
    };
    expect(cancelled('https://example.com/tracker.js')).toBe(true);
    expect(cancelled('http://localhost:5173/')).toBe(true);
    expect(cancelled('ws://example.com/socket')).toBe(true);
    expect(cancelled('file:///etc/passwd')).toBe(true);
    expect(cancelled(ourPageUrl)).toBe(false);
    expect(cancelled(pathToFileURL(join(rendererIndex, '..', 'assets', 'index.js')).href)).toBe(false);
    expect(cancelled('data:image/png;base64,AAAA')).toBe(false);
    // An export made in the page and handed to the download.
    expect(cancelled('blob:null/5b1c0a7e-1d2f-4c1e-9a3b-6f7e8d9c0b1a')).toBe(false);
  });
});

describe('network', () => {
  it('loads no networking module and fetches nothing in the main process', async () => {
    const fetching = vi.spyOn(globalThis, 'fetch');
    await startApp();
    await invokeFromWindow('contacts:create', { firstName: 'Nora' });
    await invokeFromWindow('search:query', { text: 'Nora' });
    expect(fetching).not.toHaveBeenCalled();
    fetching.mockRestore();
    const required = modulesRequiredBy(mainBundle).map((name) => name.replace(/^node:/, ''));
    expect(required).toContain('electron');
    for (const networking of ['http', 'https', 'http2', 'net', 'tls', 'dgram', 'dns', 'undici']) {
      expect(required).not.toContain(networking);
    }
  });

  it('lets no spellchecker fetch dictionaries from the internet: off in every window and in the session', async () => {
    await startApp();
    const created = await invokeFromWindow('events:create', { event: { title: 'Forum', eventKind: 'conference', date: '2030-05-14' }, language: 'de' });
    await invokeFromWindow('desktop:openEventMode', { id: created.value.id });
    expect(state().windows).toHaveLength(3);
    for (const window of state().windows) expect(window.options.webPreferences.spellcheck).toBe(false);
    // Electron has downloaded dictionaries with every window's spellcheck off (electron/electron#22995).
    expect(state().spellChecker.enabled).toBe(false);
    const { hostname, port } = new URL(state().spellChecker.dictionaryDownloadUrl);
    expect(hostname).toBe('127.0.0.1');
    expect(port).toBe('0');
  });
});

describe('quitting', () => {
  it('keeps the process alive until the store is closed, then quits', async () => {
    await startApp();
    await invokeFromWindow('contacts:create', { firstName: 'Bernd' });
    electron.app.quit();
    expect(state().quit).toBe(false);
    await waitFor(() => state().quit, 'the app to quit');
    expect(state().quitRequests).toBe(2);

    electron = freshStub();
    loadMain(data.dir);
    await waitFor(() => state().trays.length === 1, 'the tray');
    const contacts = await invokeFromWindow('contacts:list');
    expect(contacts.value.map((c: any) => c.firstName)).toEqual(['Bernd']);
  });
});

describe('preload', () => {
  beforeEach(() => {
    electron = freshStub({ invokeReply: { ok: true, value: [] } });
    // Nothing in the main process to quit here.
    electron.__stub.state.quit = true;
    loadPreload();
  });

  it('exposes only `plausch`, with one method per contract channel and `on`', () => {
    const exposed = state().exposed;
    expect(Object.keys(exposed)).toEqual(['plausch']);
    const api = exposed.plausch;
    const methods = Object.entries(api)
      .filter(([key]) => key !== 'on')
      .flatMap(([domain, actions]) => Object.keys(actions as object).map((action) => `${domain}:${action}`));
    expect(methods.sort()).toEqual([...channelNames].sort());
    expect(typeof api.on).toBe('function');
    expect(Object.values(api)).not.toContain(electron.ipcRenderer);
  });

  it('turns each call into an invoke of its channel and unwraps the envelope', async () => {
    const api = state().exposed.plausch;
    await expect(api.contacts.list({ includeArchived: true })).resolves.toEqual([]);
    expect(state().invocations).toEqual([['contacts:list', { includeArchived: true }]]);

    electron.__stub.configure({ invokeReply: { ok: false, error: { code: 'notFound', details: { id: 'x' } } } });
    await expect(api.contacts.get({ id: 'x' })).rejects.toMatchObject({ name: 'PlauschError', code: 'notFound' });
  });

  it('requires nothing but electron, as a sandboxed preload must', () => {
    expect(modulesRequiredBy(preloadBundle)).toEqual(['electron']);
  });

  it('passes event payloads to the page without the event object, and lets it unsubscribe', () => {
    const api = state().exposed.plausch;
    const ipc = electron.ipcRenderer;
    for (const event of eventNames) {
      const listener = vi.fn();
      const unsubscribe = api.on(event, listener);
      expect(ipc.listenerCount(event)).toBe(1);
      const payload = { collections: ['contacts'] };
      ipc.emit(event, { sender: ipc, senderId: 0, ports: [] }, payload);
      expect(listener).toHaveBeenCalledTimes(1);
      expect(listener.mock.calls[0]).toEqual([payload]);
      unsubscribe();
      expect(ipc.listenerCount(event)).toBe(0);
    }
  });

  it('refuses to subscribe the page to any channel outside the contract events', () => {
    const api = state().exposed.plausch;
    expect(() => api.on('contacts:create', vi.fn())).toThrow();
    expect(electron.ipcRenderer.eventNames()).toEqual([]);
  });
});

describe('encryption and the app lock', () => {
  const passphrase = 'Kaffee mit Sabine am Dienstag';
  const quit = async () => {
    electron.app.quit();
    await waitFor(() => state().quit, 'the app to quit');
  };

  it('keeps the key in the keychain, starts locked without it, and locks at screen lock with no names in the tray until the screen opens', async () => {
    await startApp({ locale: 'de-DE', safeStorageAvailable: true });
    await contactWithBirthdayToday('Verena');
    const on = await invokeFromWindow('privacy:encryptionOn', { passphrase });
    expect(on).toMatchObject({ ok: true, value: { on: true, locked: false, keychain: true } });
    await quit();

    // With the keychain the journal opens without a question.
    await startApp({ locale: 'de-DE', safeStorageAvailable: true });
    expect((await invokeFromWindow('contacts:list', {})).value).toHaveLength(1);
    const labels = () => state().trays[0].contextMenu.items.map((item: any) => item.label ?? '').join(' | ');
    await waitFor(() => labels().includes('Verena'), 'the birthday in the tray');

    // The screen locks: the windows are told, the journal refuses, the tray names nobody.
    electron.powerMonitor.emit('lock-screen');
    await waitFor(() => mainWindow().webContents.sent.some(([channel, payload]: [string, any]) => channel === 'app:lock' && payload.locked), 'app:lock');
    expect((await invokeFromWindow('contacts:list', {})).error).toMatchObject({ code: 'journalLocked' });
    await waitFor(() => !labels().includes('Verena'), 'the tray without names');
    expect((await invokeFromWindow('privacy:unlock', { passphrase: 'nicht das Kennwort' })).error).toMatchObject({ code: 'wrongPassphrase' });
    expect(await invokeFromWindow('privacy:unlock', { passphrase })).toMatchObject({ ok: true, value: { locked: false } });
    expect((await invokeFromWindow('contacts:list', {})).value).toHaveLength(1);

    // A lock that came with the screen lock opens when the system unlocks the screen: the user just signed in there.
    electron.powerMonitor.emit('lock-screen');
    expect((await invokeFromWindow('contacts:list', {})).error).toMatchObject({ code: 'journalLocked' });
    electron.powerMonitor.emit('unlock-screen');
    expect((await invokeFromWindow('contacts:list', {})).value).toHaveLength(1);
    await quit();

    // Without the keychain the app starts locked, its window shown, and opens with the passphrase.
    await startApp({ locale: 'de-DE', safeStorageAvailable: false });
    expect(mainWindow().isVisible()).toBe(true);
    expect(await invokeFromWindow('privacy:encryptionState', {})).toMatchObject({ ok: true, value: { on: true, locked: true } });
    expect((await invokeFromWindow('contacts:list', {})).error).toMatchObject({ code: 'journalLocked' });
    expect(labels()).not.toContain('Verena');
    expect(await invokeFromWindow('privacy:unlock', { passphrase })).toMatchObject({ ok: true, value: { locked: false } });
    expect((await invokeFromWindow('contacts:list', {})).value).toHaveLength(1);
  });
});
