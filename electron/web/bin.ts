// `node out/web/index.js [--no-open] [--data FOLDER]`: Plausch in a browser, for machines where Electron cannot run.
// `npm start` comes here when the desktop app cannot start, or with `--browser`.
import { basename, join } from 'node:path';
import { longDate } from '../../shared/dates';
import type { Language } from '../../shared/model';
import { chooseDataDir } from '../main/data-dir';
import { fixedClock, systemClock, type Clock } from '../main/services/clock';
import { createNodeNotifier } from '../main/services/notifier';
import { StoreError } from '../main/store';
import { builtFiles, startBrowserShell } from './browser-shell';
import { say } from './messages';
import { openBrowser } from './open-browser';
import { languageOf, systemLocale, terminalLogger } from './terminal';

const exitCodes = { ok: 0, failed: 1, usage: 2, locked: 3 } as const;

interface Options {
  open: boolean;
  data?: string;
  /** The user agreed to recovery from an older backup; without it such a start is refused with an explanation. */
  restoreBackup: boolean;
}

function parseArgs(argv: readonly string[]): Options | { unknown: string } {
  const options: Options = { open: true, restoreBackup: false };
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index];
    if (arg === '--no-open') options.open = false;
    else if (arg === '--data' && argv[index + 1]) options.data = argv[++index];
    else if (arg === '--restore-backup') options.restoreBackup = true;
    else return { unknown: String(arg) };
  }
  return options;
}

/** `PLAUSCH_NOW` stops the clock at one instant: the end-to-end tests and demos live on a known day. */
function clockFrom(env: NodeJS.ProcessEnv): Clock {
  const now = env['PLAUSCH_NOW'];
  if (!now) return systemClock;
  if (Number.isNaN(Date.parse(now))) throw new Error(`PLAUSCH_NOW is not a date and time: ${now}`);
  return fixedClock(now);
}

/** Recovery would go back past backups that do not read: what would be restored, and how to agree to it. */
function consentLine(language: Language, error: StoreError, dataDir: string): string {
  const { backupFile, backupDate, unreadableBackups = [] } = error.details;
  const values = { dataDir, unreadable: unreadableBackups.map((file) => basename(file)).join(', ') };
  if (!backupFile) return say(language, 'recoveryNeedsConsentEmpty', values);
  return say(language, 'recoveryNeedsConsent', { ...values, date: backupDate ? longDate(backupDate, language) : basename(backupFile) });
}

async function main(): Promise<number> {
  const env = process.env;
  const locale = systemLocale(env);
  const language = languageOf(locale);
  const print = (line: string) => console.log(line);
  const options = parseArgs(process.argv.slice(2));
  if ('unknown' in options) {
    console.error(say(language, 'unknownOption', { option: options.unknown }));
    return exitCodes.usage;
  }
  const clock = clockFrom(env);
  const log = terminalLogger(clock, env);
  const dataDir = chooseDataDir(options.data, env, process.platform);
  const profileDir = join(dataDir, 'browser-profile');

  const open = (url: string) => {
    if (!options.open) return;
    openBrowser(url, profileDir).then(
      (outcome) => {
        if (outcome.opened) print(say(language, 'opened'));
        else if (outcome.reason === 'noDisplay') print(say(language, 'noDisplay'));
        else print(say(language, 'openFailed', { reason: outcome.detail ?? outcome.reason }));
      },
      (error: unknown) => log.error('could not open a browser', error),
    );
  };

  let shell: Awaited<ReturnType<typeof startBrowserShell>>;
  try {
    shell = await startBrowserShell({
      dataDir,
      clock,
      log,
      // Set from package.json when the bundle is built.
      version: process.env.PLAUSCH_VERSION ?? '0.0.0',
      systemLocale: locale,
      language,
      ...builtFiles(__dirname),
      notifier: createNodeNotifier({ log }),
      openInBrowser: open,
      olderBackupAllowed: options.restoreBackup,
    });
  } catch (error) {
    if (error instanceof StoreError && (error.code === 'locked' || error.code === 'newerSchema')) {
      console.error(say(language, error.code === 'locked' ? 'lockedByOther' : 'newerSchema', { dataDir }));
      return error.code === 'locked' ? exitCodes.locked : exitCodes.failed;
    }
    if (error instanceof StoreError && error.code === 'recoveryNeedsConsent') {
      console.error(consentLine(language, error, dataDir));
      return exitCodes.failed;
    }
    if (error instanceof StoreError && error.code === 'linkedFile') {
      console.error(say(language, 'linkedFile', { file: error.details.file ?? dataDir }));
      return exitCodes.failed;
    }
    console.error(say(language, 'startFailed', { message: error instanceof Error ? error.message : String(error) }));
    return exitCodes.failed;
  }

  if (shell.kind === 'alreadyRunning') {
    print(say(language, 'alreadyRunning'));
    print(shell.url);
    open(shell.url);
    return exitCodes.ok;
  }

  const running = shell;
  return new Promise<number>((resolve) => {
    let quitting = false;
    const quit = (code: number) => {
      // A signal often comes twice (the terminal's whole process group, and a launcher passing it on): closing takes
      // a moment, and the first one finishes it.
      if (quitting) return;
      quitting = true;
      print(say(language, 'quitting'));
      running.close().then(
        () => {
          print(say(language, 'quit'));
          resolve(code);
        },
        (error: unknown) => {
          log.error('closing failed', error);
          resolve(exitCodes.failed);
        },
      );
    };
    process.on('SIGINT', () => quit(exitCodes.ok));
    process.on('SIGTERM', () => quit(exitCodes.ok));
    running.ready.catch((error: unknown) => {
      console.error(say(language, 'startFailed', { message: error instanceof Error ? error.message : String(error) }));
      quit(exitCodes.failed);
    });
    // The address goes out only once Ctrl+C quits cleanly: whoever reads it may stop the shell at once.
    print(say(language, 'serving'));
    print(running.url);
    print(say(language, 'howToQuit'));
    open(running.url);
  });
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(exitCodes.failed);
  },
);
