// The shell's part of the app lock, with Electron stood in for: the tray names nobody while locked, the keychain
// wraps the data key through safeStorage only where it really protects, and the screen lock and idle time lock.
import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CalendarPrep } from '../../../../shared/calendar';
import { createAppLock } from '../../../../electron/main/services/app-lock';
import { fixedClock } from '../../../../electron/main/services/clock';
import { createFakeEncryption } from '../../../support/fake-encryption';
import { aContact } from '../../../support/journal-fixtures';
import { servicesHarness } from '../../../support/services-harness';

interface MenuItem {
  id?: string;
  label?: string;
}

const trays: { toolTip?: string; menu?: MenuItem[] }[] = [];

vi.mock('electron', () => ({
  Menu: { buildFromTemplate: (template: MenuItem[]) => template },
  nativeImage: { createFromPath: () => ({ setTemplateImage() {} }) },
  Tray: class extends EventEmitter {
    record: { toolTip?: string; menu?: MenuItem[] } = {};
    constructor() {
      super();
      trays.push(this.record);
    }
    setToolTip(text: string) {
      this.record.toolTip = text;
    }
    setContextMenu(menu: MenuItem[]) {
      this.record.menu = menu;
    }
  },
}));

const { createLockedTray, createTray, updateTray } = await import('../../../../electron/main/shell/tray');
const { keychainProtector } = await import('../../../../electron/main/shell/key-protector');
const { feedAppLock } = await import('../../../../electron/main/shell/app-lock-feed');

const actions = {
  open() {},
  openToday() {},
  openContact() {},
  openEventMode() {},
  openBriefing() {},
  quickLog() {},
  openHelp() {},
  pause() {},
  setStartAtLogin() {},
  quit() {},
};

function snapshot(locked: boolean) {
  const sabine = aContact({ firstName: 'Sabine', lastName: 'Keller', birthday: '--06-02' });
  const { services } = servicesHarness({ contacts: [sabine] });
  const prep: CalendarPrep[] = [{ key: 'k', summary: 'Abstimmung', date: '2025-06-02', startTime: '14:00', contacts: [{ contactId: sabine.id, name: 'Sabine Keller' } as CalendarPrep['contacts'][number]] }];
  return {
    language: 'de' as const,
    today: services.today.today(),
    now: new Date('2025-06-02T10:00:00.000Z'),
    startAtLogin: { supported: false, enabled: false },
    eventsToday: [{ id: 'e1', title: 'Sommerfest bei Keller' }],
    prep,
    locked,
  };
}

const labels = () => (trays.at(-1)?.menu ?? []).map((item) => item.label ?? '').join(' | ');

describe('the tray', () => {
  it('lists birthdays, meetings to prepare and events while open, and none of them while locked', () => {
    createTray('/resources', snapshot(false), actions);
    expect(labels()).toContain('Geburtstag: Sabine Keller');
    expect(labels()).toContain('Gespräch vorbereiten: Sabine Keller');
    expect(labels()).toContain('Sommerfest bei Keller');

    updateTray(snapshot(true), actions);
    expect(labels()).not.toMatch(/Sabine|Keller/);
    expect(labels()).toContain('Plausch öffnen');
    expect(trays).toHaveLength(1);
  });

  it('at a locked start offers only opening and quitting, and the full menu takes the same icon over', () => {
    createLockedTray('/resources', 'en', { open() {}, quit() {} });
    expect((trays.at(-1)?.menu ?? []).map((item) => item.id).filter(Boolean)).toEqual(['open', 'quit']);
    createTray('/resources', snapshot(false), actions);
    // One icon in the tray for the whole run (the module keeps it), never a second one beside it.
    expect(trays).toHaveLength(1);
    expect(labels()).toContain('Sabine Keller');
  });
});

describe('the keychain protector', () => {
  const platform = process.platform;
  afterEach(() => {
    Object.defineProperty(process, 'platform', { value: platform });
  });

  const safeStorage = (available: boolean, backend?: string) => ({
    isEncryptionAvailable: () => available,
    encryptString: (text: string) => Buffer.from(`sealed:${text}`),
    decryptString: (wrapped: Buffer) => wrapped.toString().replace(/^sealed:/, ''),
    ...(backend ? { getSelectedStorageBackend: () => backend } : {}),
  });
  const log = { info() {}, warn() {}, error() {} };

  it('wraps the data key through safeStorage and gets the same bytes back', () => {
    const protector = keychainProtector(safeStorage(true), log);
    const key = Buffer.from([0, 1, 2, 250, 255, 128]);
    const wrapped = protector?.protect(key);
    expect(wrapped?.toString()).toMatch(/^sealed:/);
    expect(protector?.unprotect(wrapped ?? Buffer.alloc(0))).toEqual(key);
  });

  it('is none where the system has no keychain, or only Chromium’s built-in password on Linux', () => {
    expect(keychainProtector(safeStorage(false), log)).toBeUndefined();
    Object.defineProperty(process, 'platform', { value: 'linux' });
    expect(keychainProtector(safeStorage(true, 'basic_text'), log)).toBeUndefined();
    expect(keychainProtector(safeStorage(true, 'gnome_libsecret'), log)).toBeDefined();
  });

  it('is none when asking the system throws', () => {
    const broken = { ...safeStorage(true), isEncryptionAvailable: (): boolean => { throw new Error('no D-Bus'); } };
    expect(keychainProtector(broken, log)).toBeUndefined();
  });
});

describe('the power monitor feed', () => {
  it('locks at the screen lock and opens at the screen unlock; polled, locks after the chosen idle time; stops cleanly', () => {
    vi.useFakeTimers();
    try {
      let idleSeconds = 0;
      const powerMonitor = Object.assign(new EventEmitter(), { getSystemIdleTime: () => idleSeconds });
      const settings = { lockAfterMinutes: 5 };
      const appLock = createAppLock({ encryption: createFakeEncryption({ passphrase: 'Kaffee mit Sabine' }), settings: () => settings, clock: fixedClock('2025-06-02T10:00:00.000Z') });
      const stop = feedAppLock(powerMonitor, appLock);

      powerMonitor.emit('lock-screen');
      expect(appLock.locked).toBe(true);
      powerMonitor.emit('unlock-screen');
      expect(appLock.locked).toBe(false);
      powerMonitor.emit('lock-screen');
      expect(appLock.locked).toBe(true);

      const second = createAppLock({ encryption: createFakeEncryption({ passphrase: 'Kaffee mit Sabine' }), settings: () => settings, clock: fixedClock('2025-06-02T10:00:00.000Z') });
      const stopSecond = feedAppLock(powerMonitor, second);
      idleSeconds = 4 * 60;
      vi.advanceTimersByTime(30_000);
      expect(second.locked).toBe(false);
      idleSeconds = 5 * 60;
      vi.advanceTimersByTime(30_000);
      expect(second.locked).toBe(true);

      stop();
      stopSecond();
      expect(powerMonitor.listenerCount('lock-screen')).toBe(0);
      expect(powerMonitor.listenerCount('unlock-screen')).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });
});
