// When the reminder scheduler looks for what is due: at start, every quarter hour, and as soon as the computer wakes
// up or is unlocked (a laptop that slept through a birthday morning should say so the moment it is opened). The
// desktop app hears waking from Electron's powerMonitor; the browser shell has no such signal and keeps to the clock.
import type { Logger } from '../../store/types';

const reminderTickMs = 15 * 60 * 1000;

type WakeEvent = 'resume' | 'unlock-screen';

/** The part of Electron's powerMonitor the ticks listen to. */
export interface WakeSignals {
  on(event: WakeEvent, listener: () => void): unknown;
  removeListener(event: WakeEvent, listener: () => void): unknown;
}

export interface ReminderTicksOptions {
  tick(): Promise<unknown>;
  wake?: WakeSignals;
  /** After every tick, whatever it fired: the tray's count and today block may have changed with the hour. */
  afterTick?(): void;
  log: Logger;
}

export function startReminderTicks({ tick, wake, afterTick, log }: ReminderTicksOptions): () => void {
  const run = () => {
    tick()
      .catch((error: unknown) => log.error('reminder tick failed', error))
      .finally(() => afterTick?.());
  };
  run();
  const timer = setInterval(run, reminderTickMs);
  // A timer alone must not keep the process alive while it quits.
  timer.unref();
  wake?.on('resume', run);
  wake?.on('unlock-screen', run);
  return () => {
    clearInterval(timer);
    wake?.removeListener('resume', run);
    wake?.removeListener('unlock-screen', run);
  };
}
