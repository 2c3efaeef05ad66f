// The app lock and encryption as the services see them, over a fake StoreEncryption and a clock that only moves when
// told: locking, unlocking, the idle time, and notifications that name nobody while locked.
import { describe, expect, it } from 'vitest';
import { createAppLock } from '../../../../electron/main/services/app-lock';
import { fixedClock } from '../../../../electron/main/services/clock';
import { createServices } from '../../../../electron/main/services';
import type { NotificationRequest, Notifier } from '../../../../electron/main/services/notifier';
import type { KeyProtector } from '../../../../electron/main/store/types';
import type { Settings } from '../../../../shared/model';
import { createFakeEncryption, withEncryption } from '../../../support/fake-encryption';
import { aContact } from '../../../support/journal-fixtures';
import { createMemoryStore } from '../../../support/memory-store';
import { recordingLogger } from '../../../support/services-harness';

const PASSPHRASE = 'Kaffee mit Sabine';
const NOW = '2025-06-02T08:00:00.000Z';

function appLockOver({ on = true, lockAfterMinutes }: { on?: boolean; lockAfterMinutes?: number } = {}) {
  const encryption = createFakeEncryption(on ? { passphrase: PASSPHRASE } : {});
  const clock = fixedClock(NOW);
  const settings: Pick<Settings, 'lockAfterMinutes'> = lockAfterMinutes === undefined ? {} : { lockAfterMinutes };
  const appLock = createAppLock({ encryption, settings: () => settings, clock });
  const changes: boolean[] = [];
  appLock.onChange((locked) => changes.push(locked));
  const after = (minutes: number) => clock.set(new Date(Date.parse(NOW) + minutes * 60_000));
  return { appLock, clock, changes, after };
}

describe('the app lock', () => {
  it('locks on request only with encryption on, and tells its listeners once per change', () => {
    const off = appLockOver({ on: false });
    expect(off.appLock.lock()).toBe(false);
    expect(off.appLock.locked).toBe(false);
    expect(off.changes).toEqual([]);

    const on = appLockOver();
    expect(on.appLock.lock()).toBe(true);
    expect(on.appLock.lock()).toBe(true);
    expect(on.changes).toEqual([true]);
  });

  it('opens with the passphrase; a wrong one is refused and it stays locked', async () => {
    const { appLock, changes } = appLockOver();
    appLock.lock();
    await expect(appLock.unlock('Kaffee mit Sabina')).rejects.toMatchObject({ code: 'wrongPassphrase' });
    expect(appLock.locked).toBe(true);
    await appLock.unlock(PASSPHRASE);
    expect(appLock.locked).toBe(false);
    expect(changes).toEqual([true, false]);
  });

  it('opens a lock that came with the screen lock when the system unlocks the screen, and no other lock', () => {
    const screen = appLockOver();
    expect(screen.appLock.lockWithScreen()).toBe(true);
    expect(screen.appLock.openWithScreen()).toBe(true);
    expect(screen.appLock.locked).toBe(false);
    expect(screen.changes).toEqual([true, false]);

    // Locked on request (or after the idle time) before the screen locked: only the passphrase opens it.
    const manual = appLockOver();
    manual.appLock.lock();
    manual.appLock.lockWithScreen();
    expect(manual.appLock.openWithScreen()).toBe(false);
    expect(manual.appLock.locked).toBe(true);

    // With encryption off there is no lock to open.
    const off = appLockOver({ on: false });
    expect(off.appLock.lockWithScreen()).toBe(false);
    expect(off.appLock.openWithScreen()).toBe(true);
    expect(off.changes).toEqual([]);
  });

  it('asks for the passphrase again after a screen lock was opened with it and the windows were locked anew', async () => {
    const { appLock } = appLockOver();
    appLock.lockWithScreen();
    await appLock.unlock(PASSPHRASE);
    appLock.lock();
    expect(appLock.openWithScreen()).toBe(false);
    expect(appLock.locked).toBe(true);
  });

  it('locks after the chosen minutes since the last use when the system cannot say how long it was idle', () => {
    const { appLock, after } = appLockOver({ lockAfterMinutes: 15 });
    after(10);
    appLock.touch();
    after(24);
    expect(appLock.checkIdle()).toBe(false);
    after(25);
    expect(appLock.checkIdle()).toBe(true);
    expect(appLock.locked).toBe(true);
  });

  it('follows the system idle time where the system tells it', () => {
    const { appLock, after } = appLockOver({ lockAfterMinutes: 5 });
    after(60);
    // An hour without a call, but someone was at the computer a minute ago.
    expect(appLock.checkIdle(60)).toBe(false);
    expect(appLock.checkIdle(5 * 60)).toBe(true);
  });

  it('never locks by itself without an idle time, nor without encryption', () => {
    const noTime = appLockOver();
    noTime.after(24 * 60);
    expect(noTime.appLock.checkIdle(24 * 3600)).toBe(false);

    const noEncryption = appLockOver({ on: false, lockAfterMinutes: 5 });
    noEncryption.after(60);
    expect(noEncryption.appLock.checkIdle(3600)).toBe(false);
  });
});

function recordingNotifier(): Notifier & { shown: NotificationRequest[] } {
  const shown: NotificationRequest[] = [];
  return {
    shown,
    notify: (notification) => {
      shown.push(notification);
      return Promise.resolve('shown');
    },
  };
}

function servicesWithEncryption({ passphrase, keyProtector, language = 'de' }: { passphrase?: string; keyProtector?: KeyProtector; language?: Settings['language'] } = {}) {
  const sabine = aContact({ firstName: 'Sabine', lastName: 'Keller', birthday: '--06-02', notes: 'Tochter krank' });
  const encryption = createFakeEncryption(passphrase === undefined ? {} : { passphrase });
  const store = withEncryption(
    createMemoryStore({
      contacts: [sabine],
      settings: { language, reminders: { enabled: true, delivery: 'single', digestTime: '08:30', quietHours: { enabled: false, from: '20:00', to: '07:30' } } },
    }),
    encryption,
  );
  const notifier = recordingNotifier();
  const services = createServices({
    store,
    clock: fixedClock(NOW),
    log: recordingLogger(),
    appInfo: { version: '1.2.3', dataDir: '/tmp/plausch-test', systemLanguage: 'de-DE' },
    notifier,
    timeZone: 'Europe/Berlin',
    ...(keyProtector ? { keyProtector } : {}),
  });
  return { services, store, encryption, notifier };
}

describe('notifications while locked', () => {
  it('say only that a reminder waits, in the app language, and name the person again once unlocked', async () => {
    const { services, notifier } = servicesWithEncryption({ passphrase: PASSPHRASE });
    services.appLock.lock();
    await services.reminders.tick();
    expect(notifier.shown).toHaveLength(1);
    expect(notifier.shown[0]).toMatchObject({ title: 'Plausch: Eine Erinnerung wartet', body: 'Bitte entsperren Sie Plausch, um sie zu sehen.' });
    expect(JSON.stringify(notifier.shown[0])).not.toMatch(/Sabine|Keller|Tochter/);
  });

  it('are told in English when the app speaks English', async () => {
    const { services, notifier } = servicesWithEncryption({ passphrase: PASSPHRASE, language: 'en' });
    services.appLock.lock();
    await services.reminders.tick();
    expect(notifier.shown[0]).toMatchObject({ title: 'Plausch: a reminder is waiting', body: 'Please unlock Plausch to see it.' });
  });

  it('carry the name as before while the app is open', async () => {
    const { services, notifier } = servicesWithEncryption({ passphrase: PASSPHRASE });
    await services.reminders.tick();
    expect(notifier.shown[0]?.title).toContain('Sabine');
  });
});

describe('the encryption service', () => {
  const protector: KeyProtector = { protect: (key) => key, unprotect: (wrapped) => wrapped };

  it('turns encryption on with the keychain where there is one, and tells that the settings changed', async () => {
    const { services, encryption } = servicesWithEncryption({ keyProtector: protector });
    const changed: unknown[] = [];
    services.onDataChanged((change) => changed.push(change));
    expect(services.encryption.state()).toEqual({ on: false, locked: false, keychain: true });
    expect(await services.encryption.turnOn(PASSPHRASE)).toEqual({ on: true, locked: false, keychain: true });
    expect(encryption.protector).toBe(protector);
    expect(changed).toEqual([{ collections: ['settings'] }]);
  });

  it('without a keychain says so, and a short passphrase changes nothing', async () => {
    const { services } = servicesWithEncryption();
    await expect(services.encryption.turnOn('kurz')).rejects.toMatchObject({ code: 'passphraseTooShort', details: { minLength: 10 } });
    expect(services.encryption.state()).toEqual({ on: false, locked: false, keychain: false });
  });

  it('locks now and opens with the passphrase; with encryption off, locking does nothing', async () => {
    const plain = servicesWithEncryption();
    expect(plain.services.encryption.lockNow()).toMatchObject({ locked: false });

    const { services } = servicesWithEncryption({ passphrase: PASSPHRASE });
    expect(services.encryption.lockNow()).toEqual({ on: true, locked: true, keychain: false });
    await expect(services.encryption.unlock('falsch falsch')).rejects.toMatchObject({ code: 'wrongPassphrase' });
    expect(await services.encryption.unlock(PASSPHRASE)).toEqual({ on: true, locked: false, keychain: false });
  });

  it('turns encryption off only with the right passphrase', async () => {
    const { services } = servicesWithEncryption({ passphrase: PASSPHRASE });
    await expect(services.encryption.turnOff('nicht das Kennwort')).rejects.toMatchObject({ code: 'wrongPassphrase' });
    expect(services.encryption.state().on).toBe(true);
    expect(await services.encryption.turnOff(PASSPHRASE)).toMatchObject({ on: false });
  });
});
