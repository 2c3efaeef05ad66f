// The terminal the browser shell was started from: the system's locale and language, and a log that keeps to what a
// user should see there (warnings and errors; everything with PLAUSCH_LOG=info).
import type { Language } from '../../shared/model';
import type { Clock } from '../main/services/clock';
import type { Logger } from '../main/store/types';

/** `de_DE.UTF-8` becomes `de-DE`; without a usable variable, the locale the runtime reads from the system. */
export function systemLocale(env: NodeJS.ProcessEnv): string {
  const fromEnv = (env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG'] || '').split('.')[0]?.replace('_', '-') ?? '';
  if (fromEnv && fromEnv !== 'C' && fromEnv !== 'POSIX') return fromEnv;
  return Intl.DateTimeFormat().resolvedOptions().locale;
}

/** German for any German locale, English for everything else (as the desktop app decides). */
export function languageOf(locale: string): Language {
  return /^de([-_]|$)/i.test(locale) ? 'de' : 'en';
}

export function terminalLogger(clock: Clock, env: NodeJS.ProcessEnv): Logger {
  const verbose = env['PLAUSCH_LOG'] === 'info';
  const line = (level: string, text: string, details: unknown) =>
    details === undefined
      ? console.error(`${clock.now().toISOString()} ${level} ${text}`)
      : console.error(`${clock.now().toISOString()} ${level} ${text}`, details);
  return {
    info: (text, details) => {
      if (verbose) line('info', text, details);
    },
    warn: (text, details) => line('warn', text, details),
    error: (text, details) => line('error', text, details),
  };
}
