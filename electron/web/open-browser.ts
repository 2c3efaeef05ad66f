// Opens the browser shell's address: in Chromium, Chrome or Edge as an app window (no tabs, no address bar) with a
// profile of its own in the data folder, else in the default browser. Plain Node; every system call comes in as an
// argument, so the choice is tested without starting anything.
import { spawn as nodeSpawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export interface BrowserCommand {
  command: string;
  args: string[];
  /** An app window of a Chromium browser, or the system's default browser. */
  kind: 'appWindow' | 'defaultBrowser';
}

export interface SystemFacts {
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  /** Whether a file exists (for looking along PATH and in the usual install folders). */
  exists(path: string): boolean;
  isRoot: boolean;
}

const linuxChromiums = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge', 'microsoft-edge-stable'];

const macChromiums = [
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

const windowsChromiums = ['Google\\Chrome\\Application\\chrome.exe', 'Microsoft\\Edge\\Application\\msedge.exe'];

function onPath(name: string, facts: SystemFacts): string | undefined {
  for (const dir of (facts.env['PATH'] ?? '').split(delimiter)) {
    if (dir && facts.exists(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

function installedChromiums(facts: SystemFacts): string[] {
  if (facts.platform === 'darwin') return macChromiums.filter((path) => facts.exists(path));
  if (facts.platform === 'win32') {
    const roots = [facts.env['ProgramFiles'], facts.env['ProgramFiles(x86)'], facts.env['LOCALAPPDATA']].filter(
      (root): root is string => Boolean(root),
    );
    return roots.flatMap((root) => windowsChromiums.map((app) => `${root}\\${app}`)).filter((path) => facts.exists(path));
  }
  return linuxChromiums.map((name) => onPath(name, facts)).filter((path): path is string => path !== undefined);
}

function defaultBrowser(url: string, facts: SystemFacts): BrowserCommand | undefined {
  if (facts.platform === 'darwin') return { command: 'open', args: [url], kind: 'defaultBrowser' };
  // No shell in between, so nothing in the address is read as a command.
  if (facts.platform === 'win32') return { command: 'rundll32', args: ['url.dll,FileProtocolHandler', url], kind: 'defaultBrowser' };
  const xdgOpen = onPath('xdg-open', facts);
  return xdgOpen ? { command: xdgOpen, args: [url], kind: 'defaultBrowser' } : undefined;
}

/** What to try, best first. */
export function browserCommands(url: string, profileDir: string, facts: SystemFacts): BrowserCommand[] {
  const appArgs = [`--app=${url}`, `--user-data-dir=${profileDir}`, '--no-first-run', '--no-default-browser-check', '--window-size=1280,860', '--disable-features=Translate'];
  // Chromium refuses to start as root with its sandbox; a root session (a container, a build box) gets it without.
  if (facts.platform === 'linux' && facts.isRoot) appArgs.push('--no-sandbox');
  const fallback = defaultBrowser(url, facts);
  return [
    ...installedChromiums(facts).map((command): BrowserCommand => ({ command, args: appArgs, kind: 'appWindow' })),
    ...(fallback ? [fallback] : []),
  ];
}

/** Linux and the BSDs need a graphical session to show any window. */
export function hasDisplay(facts: Pick<SystemFacts, 'platform' | 'env'>): boolean {
  if (facts.platform === 'darwin' || facts.platform === 'win32') return true;
  return Boolean(facts.env['DISPLAY'] || facts.env['WAYLAND_DISPLAY']);
}

export type Spawner = (command: string, args: string[]) => Promise<void>;

/** Starts a program detached from the shell, so quitting Plausch leaves the browser alone; rejects if it cannot start. */
export const spawnDetached: Spawner = (command, args) =>
  new Promise((resolve, reject) => {
    const child = nodeSpawn(command, args, { detached: true, stdio: 'ignore' });
    child.once('error', reject);
    child.once('spawn', () => {
      child.unref();
      resolve();
    });
  });

export function currentSystem(): SystemFacts {
  return { platform: process.platform, env: process.env, exists: existsSync, isRoot: process.getuid?.() === 0 };
}

export type OpenOutcome = { opened: true; kind: BrowserCommand['kind'] } | { opened: false; reason: 'noDisplay' | 'noBrowser' | 'failed'; detail?: string };

export async function openBrowser(url: string, profileDir: string, facts = currentSystem(), spawn: Spawner = spawnDetached): Promise<OpenOutcome> {
  if (!hasDisplay(facts)) return { opened: false, reason: 'noDisplay' };
  const commands = browserCommands(url, profileDir, facts);
  if (commands.length === 0) return { opened: false, reason: 'noBrowser' };
  let detail = '';
  for (const { command, args, kind } of commands) {
    try {
      await spawn(command, args);
      return { opened: true, kind };
    } catch (error) {
      detail = error instanceof Error ? error.message : String(error);
    }
  }
  return { opened: false, reason: 'failed', detail };
}
