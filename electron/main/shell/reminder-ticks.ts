// When the reminder scheduler looks for what is due: at start, every quarter hour, and as soon as the computer wakes
// up or is unlocked (a laptop that slept through a birthday morning should say so the moment it is opened).
import type { PowerMonitor } from 'electron';
import type { Logger } from '../store/types';

const reminderTickMs = 15 * 60 * 1000;

export interface ReminderTicksOptions {
  tick(): Promise<unknown>;
  powerMonitor: PowerMonitor;
  /** After every tick, whatever it fired: the tray's count and today block may have changed with the hour. */
  afterTick(): void;
  log: Logger;
}

export function startReminderTicks({ tick, powerMonitor, afterTick, log }: ReminderTicksOptions): () => void {
  const run = () => {
    tick()
      .catch((error: unknown) => log.error('reminder tick failed', error))
      .finally(afterTick);
  };
  run();
  const timer = setInterval(run, reminderTickMs);
  // A timer alone must not keep the process alive while it quits.
  timer.unref();
  powerMonitor.on('resume', run);
  powerMonitor.on('unlock-screen', run);
  return () => {
    clearInterval(timer);
    powerMonitor.removeListener('resume', run);
    powerMonitor.removeListener('unlock-screen', run);
  };
}
