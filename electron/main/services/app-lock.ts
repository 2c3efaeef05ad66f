// The app lock: with encryption on, the windows lock on request, at the system's screen lock and after the idle time
// the user chose, and open again with the passphrase. A lock that came with the system's screen lock also opens when
// the system says the screen was unlocked: the user has just signed in to the system, and asking for the passphrase
// on top of that at every return to the desk would make her turn the lock off. Plain Node: the shell tells it when
// the screen locks and opens and how long the system has been idle; without a system to ask (the browser shell) the
// time since the last call counts.
import { PlauschError } from '../../../shared/errors';
import type { Settings } from '../../../shared/model';
import type { StoreEncryption } from '../store/types';
import type { Clock } from './clock';

export interface AppLockDeps {
  encryption: Pick<StoreEncryption, 'on' | 'checkPassphrase'>;
  settings: () => Pick<Settings, 'lockAfterMinutes'>;
  clock: Clock;
}

export interface AppLock {
  readonly locked: boolean;
  /** Locks the windows; with encryption off there is nothing a lock would keep closed, and it stays open. */
  lock(): boolean;
  /** `wrongPassphrase` leaves it locked. */
  unlock(passphrase: string): Promise<void>;
  /** The system's screen locked: locks, and remembers that the system's own sign-in may open it again. */
  lockWithScreen(): boolean;
  /** The system's screen was unlocked: opens a lock that came with the screen lock, and no other. */
  openWithScreen(): boolean;
  /** Someone used a window: the idle time starts again. */
  touch(): void;
  /**
   * Locks once nobody has used the computer (`systemIdleSeconds`, where the system tells) or Plausch (otherwise) for
   * the minutes chosen in the settings. Returns whether it is locked.
   */
  checkIdle(systemIdleSeconds?: number): boolean;
  /** Calls `listener` whenever it locks or opens; returns the unsubscribe. */
  onChange(listener: (locked: boolean) => void): () => void;
}

export function createAppLock({ encryption, settings, clock }: AppLockDeps): AppLock {
  let locked = false;
  /** The current lock came with the screen lock (not after the idle time or on request). */
  let lockedWithScreen = false;
  let lastUse = clock.now().getTime();
  const listeners = new Set<(locked: boolean) => void>();
  const become = (next: boolean) => {
    if (locked === next) return;
    locked = next;
    lockedWithScreen = false;
    for (const listener of [...listeners]) listener(next);
  };

  const lock = (): boolean => {
    if (encryption.on) become(true);
    return locked;
  };

  return {
    get locked() {
      return locked;
    },
    lock,
    lockWithScreen() {
      if (locked) return true;
      lock();
      lockedWithScreen = locked;
      return locked;
    },
    openWithScreen() {
      if (!locked || !lockedWithScreen) return !locked;
      lastUse = clock.now().getTime();
      become(false);
      return true;
    },
    async unlock(passphrase) {
      if (!locked) return;
      if (!(await encryption.checkPassphrase(passphrase))) throw new PlauschError('wrongPassphrase');
      lastUse = clock.now().getTime();
      become(false);
    },
    touch() {
      lastUse = clock.now().getTime();
    },
    checkIdle(systemIdleSeconds) {
      const minutes = settings().lockAfterMinutes;
      if (locked || minutes === undefined) return locked;
      const idleSeconds = systemIdleSeconds ?? (clock.now().getTime() - lastUse) / 1000;
      return idleSeconds >= minutes * 60 ? lock() : false;
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
