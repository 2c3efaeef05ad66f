// The browser shell's composition: the same backend as the desktop app (store, services, router, reminder ticks with
// desktop notifications) behind a loopback server, with the data folder's lock and one running instance per folder.
// Plain Node: no 'electron' import anywhere under electron/web.
import { join } from 'node:path';
import type { Language } from '../../shared/model';
import type { ShellKind } from '../../shared/views';
import { startBackend } from '../main/backend';
import type { AppLock } from '../main/services/app-lock';
import type { Clock } from '../main/services/clock';
import { reminderHash } from '../main/services/desktop';
import type { Notifier } from '../main/services/notifier';
import { startReminderTicks } from '../main/services/reminders/ticks';
import { StoreError } from '../main/store';
import type { Logger } from '../main/store/types';
import { createBrowserDesktop } from './browser-desktop';
import { createEventStreams } from './event-stream';
import { announce, answers, readAnnouncement, withdraw } from './running-instance';
import { startShellServer, type ShellServer } from './server';

export interface BrowserShellOptions {
  dataDir: string;
  clock: Clock;
  log: Logger;
  version: string;
  /** The operating system's locale (`de-DE`), which the app follows while its settings say `system`. */
  systemLocale: string;
  /** For the one line a refused browser sees. */
  language: Language;
  rendererDir: string;
  bridgeFile: string;
  notifier: Notifier;
  /** Opens an address of ours in a browser; a shell started with `--no-open` only ever prints it. */
  openInBrowser(url: string): void;
  /** Started with `--restore-backup`: the user agreed to recovery from an older backup (the store's option). */
  olderBackupAllowed?: boolean;
}

export interface RunningBrowserShell {
  kind: 'started';
  /** The address that opens Plausch, secret included. */
  url: string;
  /** Settles once every encounter is read and the services answer; rejects when the journal cannot be read. */
  ready: Promise<void>;
  /** Stops the ticks and the server and closes the store, everything written. */
  close(): Promise<void>;
}

/** The data folder is in use by a browser shell that still answers: the caller opens that one. */
export interface AlreadyRunning {
  kind: 'alreadyRunning';
  url: string;
}

const shell: ShellKind = 'browser';

async function runningElsewhere(dataDir: string): Promise<AlreadyRunning | undefined> {
  const instance = await readAnnouncement(dataDir);
  return instance && (await answers(instance)) ? { kind: 'alreadyRunning', url: instance.url } : undefined;
}

export async function startBrowserShell(options: BrowserShellOptions): Promise<RunningBrowserShell | AlreadyRunning> {
  const { dataDir, clock, log, notifier } = options;
  const streams = createEventStreams();
  let server: ShellServer | undefined;
  const desktop = createBrowserDesktop({
    streams,
    openWindow: (hash) => {
      if (server) options.openInBrowser(server.openUrl(hash));
    },
  });

  let started: Awaited<ReturnType<typeof startBackend>>;
  try {
    started = await startBackend({
      dataDir,
      clock,
      log,
      appInfo: { version: options.version, systemLanguage: options.systemLocale, shell },
      notifier,
      onReminderActivated: (target) => desktop.showMain(reminderHash(target)),
      desktop,
      olderBackupAllowed: options.olderBackupAllowed ?? false,
    });
  } catch (error) {
    const running = error instanceof StoreError && error.code === 'locked' ? await runningElsewhere(dataDir) : undefined;
    if (running) return running;
    throw error;
  }

  try {
    server = await startShellServer({
      router: started.router,
      streams,
      rendererDir: options.rendererDir,
      bridgeFile: options.bridgeFile,
      language: options.language,
      log,
    });
  } catch (error) {
    await started.close().catch(() => undefined);
    throw error;
  }
  const url = server.openUrl();
  await announce(dataDir, { pid: process.pid, url });
  // An encrypted journal starts locked here (there is no keychain to ask): its pages show the lock screen.
  started.onLockChange((locked) => streams.broadcast('app:lock', { locked }));

  let stopTicks = () => {};
  let stopIdleLock = () => {};
  const ready = started.ready.then((backend) => {
    backend.services.onDataChanged((change) => streams.broadcast('data:changed', change));
    backend.store.onNotice((notice) => streams.broadcast('app:notice', notice));
    stopTicks = startReminderTicks({ tick: () => backend.services.reminders.tick(), log });
    stopIdleLock = startIdleLock(backend.services.appLock);
  });

  const running = server;
  return {
    kind: 'started',
    url,
    ready,
    async close() {
      stopTicks();
      stopIdleLock();
      await running.close();
      await withdraw(dataDir).catch((error: unknown) => log.warn('browser shell: could not remove its note', error));
      await started.close();
    },
  };
}

/** Often enough that the lock comes within half a minute of the chosen time. */
const idleCheckMs = 30_000;

/** Without a system to ask how long nobody was at the desk, the time since the pages last called counts. */
function startIdleLock(appLock: AppLock): () => void {
  const timer = setInterval(() => appLock.checkIdle(), idleCheckMs);
  timer.unref();
  return () => clearInterval(timer);
}

/** Where the built pieces lie, seen from `out/web/index.js`. */
export function builtFiles(bundleDir: string) {
  return { rendererDir: join(bundleDir, '..', 'renderer'), bridgeFile: join(bundleDir, 'plausch-web.js') };
}
