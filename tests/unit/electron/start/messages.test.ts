// The launcher's language and lines.
import { describe, expect, it } from 'vitest';
import { say, systemLanguage } from '../../../../electron/start/messages.mjs';

describe('systemLanguage', () => {
  it('is German for a German locale from LC_ALL, LC_MESSAGES or LANG, in that order', () => {
    expect(systemLanguage({ LANG: 'de_DE.UTF-8' })).toBe('de');
    expect(systemLanguage({ LANG: 'de_AT' })).toBe('de');
    expect(systemLanguage({ LANG: 'de' })).toBe('de');
    expect(systemLanguage({ LANG: 'de.UTF-8' })).toBe('de');
    expect(systemLanguage({ LANG: 'en_US.UTF-8' })).toBe('en');
    expect(systemLanguage({ LANG: 'fr_FR.UTF-8' })).toBe('en');
    expect(systemLanguage({ LC_ALL: 'en_GB.UTF-8', LANG: 'de_DE.UTF-8' })).toBe('en');
    expect(systemLanguage({ LC_MESSAGES: 'de_CH.UTF-8', LANG: 'en_US.UTF-8' })).toBe('de');
    expect(systemLanguage({ LC_ALL: '', LANG: 'de_DE.UTF-8' })).toBe('de');
  });

  it('does not take a language that merely starts with "de"', () => {
    expect(systemLanguage({ LANG: 'dev_XX' })).toBe('en');
  });

  it('asks the runtime when the variables say only C or POSIX', () => {
    const fromRuntime = /^de([-_.]|$)/i.test(Intl.DateTimeFormat().resolvedOptions().locale) ? 'de' : 'en';
    expect(systemLanguage({ LANG: 'C' })).toBe(fromRuntime);
    expect(systemLanguage({ LANG: 'C.UTF-8' })).toBe(fromRuntime);
    expect(systemLanguage({ LC_ALL: 'POSIX', LANG: 'de_DE.UTF-8' })).toBe(fromRuntime);
    expect(systemLanguage({})).toBe(fromRuntime);
  });
});

describe('say', () => {
  it('fills in the values, in German and English', () => {
    expect(say('de', 'usage', { option: '--bogus' })).toBe('Aufruf: npm start [-- --browser] [--no-open] [--data ORDNER] [--show] [--restore-backup]. Unbekannt: --bogus');
    expect(say('en', 'usage', { option: '--bogus' })).toBe('Usage: npm start [-- --browser] [--no-open] [--data FOLDER] [--show] [--restore-backup]. Unknown: --bogus');
    expect(say('en', 'fallback', { reason: say('en', 'noDisplay') })).toBe(
      'The desktop app cannot start here (no display found). Plausch starts in the browser instead.',
    );
    expect(say('de', 'downloadFailed', { detail: 'getaddrinfo ENOTFOUND' })).toBe('Electron ließ sich nicht herunterladen: getaddrinfo ENOTFOUND');
  });

  it('leaves a placeholder it has no value for, and text without one as it is', () => {
    expect(say('en', 'doesNotRun')).toBe('Electron does not run on this computer: {detail}');
    expect(say('de', 'building')).toBe('Plausch wird gebaut …');
  });
});
