// Main-process log lines on stderr, where `electron .` and packaged apps started from a terminal show them.
import type { Clock } from '../services/clock';
import type { Logger } from '../store/types';

export function consoleLogger(clock: Clock): Logger {
  const line = (level: string, text: string, details: unknown) =>
    details === undefined
      ? console.error(`${clock.now().toISOString()} ${level} ${text}`)
      : console.error(`${clock.now().toISOString()} ${level} ${text}`, details);
  return {
    info: (text, details) => line('info', text, details),
    warn: (text, details) => line('warn', text, details),
    error: (text, details) => line('error', text, details),
  };
}
