// The tray's today block and count belong to a date: when midnight passes, they must be worked out afresh.
import type { Clock } from '../services/clock';

/** Runs `onNewDay` just after every local midnight; returns how to stop. */
export function atEveryMidnight(clock: Clock, onNewDay: () => void): () => void {
  let timer: NodeJS.Timeout | undefined;
  const schedule = () => {
    const now = clock.now();
    const next = new Date(now);
    // setHours rolls over into the next day, also on the days daylight-saving time starts or ends.
    next.setHours(24, 0, 1, 0);
    timer = setTimeout(() => {
      onNewDay();
      schedule();
    }, next.getTime() - now.getTime());
    timer.unref();
  };
  schedule();
  return () => clearTimeout(timer);
}
