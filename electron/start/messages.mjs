// @ts-check
// The launcher's few lines, in the system's language: German for a German locale, English otherwise.

const catalogs = {
  de: {
    building: 'Plausch wird gebaut …',
    buildFailed: 'Plausch ließ sich nicht bauen (siehe oben).',
    downloading: 'Die Desktop-App (Electron) wird heruntergeladen …',
    fallback: 'Die Desktop-App kann hier nicht starten ({reason}). Plausch startet stattdessen im Browser.',
    noDisplay: 'kein Bildschirm gefunden',
    asRoot: 'Electron startet nicht unter dem Administrator-Konto root',
    downloadFailed: 'Electron ließ sich nicht herunterladen: {detail}',
    doesNotRun: 'Electron läuft auf diesem Rechner nicht: {detail}',
    usage: 'Aufruf: npm start [-- --browser] [--no-open] [--data ORDNER] [--show] [--restore-backup]. Unbekannt: {option}',
  },
  en: {
    building: 'Building Plausch…',
    buildFailed: 'Plausch could not be built (see above).',
    downloading: 'Downloading the desktop app (Electron)…',
    fallback: 'The desktop app cannot start here ({reason}). Plausch starts in the browser instead.',
    noDisplay: 'no display found',
    asRoot: 'Electron does not start under the administrator account root',
    downloadFailed: 'Electron could not be downloaded: {detail}',
    doesNotRun: 'Electron does not run on this computer: {detail}',
    usage: 'Usage: npm start [-- --browser] [--no-open] [--data FOLDER] [--show] [--restore-backup]. Unknown: {option}',
  },
};

/** @typedef {'de' | 'en'} Language */
/** @typedef {keyof typeof catalogs.de} MessageKey */

/**
 * The system's language from the usual variables, else from what the runtime reads from the system.
 * @param {NodeJS.ProcessEnv} env
 * @returns {Language}
 */
export function systemLanguage(env) {
  const fromEnv = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  const locale = fromEnv && !/^(C|POSIX)(\.|$)/.test(fromEnv) ? fromEnv : Intl.DateTimeFormat().resolvedOptions().locale;
  return /^de([-_.]|$)/i.test(locale) ? 'de' : 'en';
}

/**
 * @param {Language} language
 * @param {MessageKey} key
 * @param {Record<string, string>} [values]
 */
export function say(language, key, values = {}) {
  return catalogs[language][key].replace(/\{(\w+)\}/g, (whole, name) => values[name] ?? whole);
}
