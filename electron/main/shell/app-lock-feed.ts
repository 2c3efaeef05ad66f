// Tells the app lock what only the system knows: that the screen was locked or unlocked, and how long nobody touched
// the computer.
import type { AppLock } from '../services/app-lock';

/** The part of Electron's powerMonitor this needs. */
export interface SystemPresence {
  on(event: 'lock-screen' | 'unlock-screen', listener: () => void): unknown;
  off(event: 'lock-screen' | 'unlock-screen', listener: () => void): unknown;
  /** Seconds since the user last touched keyboard or mouse. */
  getSystemIdleTime(): number;
}

/** Often enough that the lock comes within half a minute of the chosen time; the timer never keeps the app alive. */
const idleCheckMs = 30_000;

export function feedAppLock(powerMonitor: SystemPresence, appLock: Pick<AppLock, 'lockWithScreen' | 'openWithScreen' | 'checkIdle'>): () => void {
  const lockNow = () => {
    appLock.lockWithScreen();
  };
  const openNow = () => {
    appLock.openWithScreen();
  };
  powerMonitor.on('lock-screen', lockNow);
  powerMonitor.on('unlock-screen', openNow);
  const timer = setInterval(() => appLock.checkIdle(powerMonitor.getSystemIdleTime()), idleCheckMs);
  timer.unref();
  return () => {
    clearInterval(timer);
    powerMonitor.off('lock-screen', lockNow);
    powerMonitor.off('unlock-screen', openNow);
  };
}
