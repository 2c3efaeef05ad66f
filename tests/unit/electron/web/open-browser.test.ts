// Which browser the shell opens, decided from injected facts about the system; nothing is started.
import { describe, expect, it } from 'vitest';
import { browserCommands, hasDisplay, openBrowser, type BrowserCommand, type Spawner, type SystemFacts } from '../../../../electron/web/open-browser';

const url = 'http://127.0.0.1:4321/open?key=abc_DEF-123#/today';
const profile = '/home/ada/.config/plausch/browser-profile';
const appArgs = [`--app=${url}`, `--user-data-dir=${profile}`, '--no-first-run', '--no-default-browser-check'];

/** An app window at our address with Plausch's own profile; other window flags may come and go, the sandbox stays. */
function expectAppWindow(found: BrowserCommand | undefined, command: string, { sandbox = true } = {}) {
  expect(found?.command).toBe(command);
  expect(found?.kind).toBe('appWindow');
  expect(found?.args[0]).toBe(`--app=${url}`);
  expect(found?.args).toEqual(expect.arrayContaining(appArgs));
  expect(found?.args.includes('--no-sandbox')).toBe(!sandbox);
}

function facts(overrides: Partial<SystemFacts> & { files?: string[] } = {}): SystemFacts {
  const files = new Set(overrides.files ?? []);
  return {
    platform: overrides.platform ?? 'linux',
    env: overrides.env ?? { PATH: '/usr/local/bin:/usr/bin:/bin', DISPLAY: ':0' },
    exists: overrides.exists ?? ((path) => files.has(path)),
    isRoot: overrides.isRoot ?? false,
  };
}

/** Records what it is asked to start; the commands named in `failing` fail to start. */
function recordingSpawner(failing: string[] = []) {
  const started: { command: string; args: string[] }[] = [];
  const spawn: Spawner = async (command, args) => {
    started.push({ command, args });
    if (failing.includes(command)) throw new Error(`spawn ${command} ENOENT`);
  };
  return { spawn, started };
}

describe('browserCommands', () => {
  it('on Linux, prefers a Chromium on PATH as an app window with its own profile, then xdg-open', () => {
    const linux = facts({ files: ['/usr/bin/chromium', '/usr/bin/xdg-open'] });
    const commands = browserCommands(url, profile, linux);
    expect(commands).toHaveLength(2);
    expectAppWindow(commands[0], '/usr/bin/chromium');
    expect(commands[1]).toEqual({ command: '/usr/bin/xdg-open', args: [url], kind: 'defaultBrowser' });
  });

  it('on Linux, lists every Chromium-like browser it finds, in order, from the first PATH folder that has it', () => {
    const linux = facts({ files: ['/usr/local/bin/google-chrome', '/usr/bin/google-chrome', '/bin/chromium-browser', '/usr/bin/microsoft-edge'] });
    expect(browserCommands(url, profile, linux).map((command) => command.command)).toEqual([
      '/bin/chromium-browser',
      '/usr/local/bin/google-chrome',
      '/usr/bin/microsoft-edge',
    ]);
  });

  it('as root on Linux, starts Chromium without its sandbox, which it would otherwise refuse', () => {
    const [first] = browserCommands(url, profile, facts({ files: ['/usr/bin/chromium'], isRoot: true }));
    expectAppWindow(first, '/usr/bin/chromium', { sandbox: false });
    const mac = '/Applications/Chromium.app/Contents/MacOS/Chromium';
    expectAppWindow(browserCommands(url, profile, facts({ platform: 'darwin', files: [mac], isRoot: true }))[0], mac);
  });

  it('on macOS, looks in /Applications and falls back to `open`', () => {
    const mac = facts({
      platform: 'darwin',
      env: { PATH: '/usr/bin' },
      files: ['/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'],
    });
    const commands = browserCommands(url, profile, mac);
    expect(commands).toHaveLength(3);
    expectAppWindow(commands[0], '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
    expectAppWindow(commands[1], '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge');
    expect(commands[2]).toEqual({ command: 'open', args: [url], kind: 'defaultBrowser' });
  });

  it('on Windows, looks under the program folders and falls back to the URL handler, with no shell in between', () => {
    const windows = facts({
      platform: 'win32',
      env: { ProgramFiles: 'C:\\Program Files', 'ProgramFiles(x86)': 'C:\\Program Files (x86)', LOCALAPPDATA: 'C:\\Users\\ada\\AppData\\Local' },
      files: ['C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe', 'C:\\Users\\ada\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe'],
    });
    const commands = browserCommands(url, profile, windows);
    expect(commands).toHaveLength(3);
    expectAppWindow(commands[0], 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe');
    expectAppWindow(commands[1], 'C:\\Users\\ada\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe');
    expect(commands[2]).toEqual({ command: 'rundll32', args: ['url.dll,FileProtocolHandler', url], kind: 'defaultBrowser' });
  });

  it('on Linux without any browser or xdg-open, has nothing to try', () => {
    expect(browserCommands(url, profile, facts())).toEqual([]);
  });
});

describe('hasDisplay', () => {
  it('needs X11 or Wayland on Linux, nothing on macOS and Windows', () => {
    expect(hasDisplay({ platform: 'linux', env: { DISPLAY: ':0' } })).toBe(true);
    expect(hasDisplay({ platform: 'linux', env: { WAYLAND_DISPLAY: 'wayland-0' } })).toBe(true);
    expect(hasDisplay({ platform: 'linux', env: {} })).toBe(false);
    expect(hasDisplay({ platform: 'freebsd', env: { DISPLAY: '' } })).toBe(false);
    expect(hasDisplay({ platform: 'darwin', env: {} })).toBe(true);
    expect(hasDisplay({ platform: 'win32', env: {} })).toBe(true);
  });
});

describe('openBrowser', () => {
  it('opens Chromium as an app window and stops there', async () => {
    const { spawn, started } = recordingSpawner();
    const outcome = await openBrowser(url, profile, facts({ files: ['/usr/bin/chromium', '/usr/bin/xdg-open'] }), spawn);
    expect(outcome).toEqual({ opened: true, kind: 'appWindow' });
    expect(started).toHaveLength(1);
    expectAppWindow({ ...(started[0] as { command: string; args: string[] }), kind: 'appWindow' }, '/usr/bin/chromium');
  });

  it('falls back to the default browser when Chromium cannot start', async () => {
    const { spawn, started } = recordingSpawner(['/usr/bin/chromium']);
    const outcome = await openBrowser(url, profile, facts({ files: ['/usr/bin/chromium', '/usr/bin/xdg-open'] }), spawn);
    expect(outcome).toEqual({ opened: true, kind: 'defaultBrowser' });
    expect(started.map((entry) => entry.command)).toEqual(['/usr/bin/chromium', '/usr/bin/xdg-open']);
  });

  it('says why when every browser fails, with the last failure', async () => {
    const { spawn, started } = recordingSpawner(['/usr/bin/chromium', '/usr/bin/xdg-open']);
    const outcome = await openBrowser(url, profile, facts({ files: ['/usr/bin/chromium', '/usr/bin/xdg-open'] }), spawn);
    expect(outcome).toEqual({ opened: false, reason: 'failed', detail: 'spawn /usr/bin/xdg-open ENOENT' });
    expect(started).toHaveLength(2);
  });

  it('starts nothing without a display', async () => {
    const { spawn, started } = recordingSpawner();
    const outcome = await openBrowser(url, profile, facts({ env: { PATH: '/usr/bin' }, files: ['/usr/bin/chromium'] }), spawn);
    expect(outcome).toEqual({ opened: false, reason: 'noDisplay' });
    expect(started).toEqual([]);
  });

  it('says there is no browser when there is nothing to try', async () => {
    const { spawn, started } = recordingSpawner();
    expect(await openBrowser(url, profile, facts(), spawn)).toEqual({ opened: false, reason: 'noBrowser' });
    expect(started).toEqual([]);
  });

  it('on macOS and Windows, falls back to their own way of opening an address', async () => {
    const mac = recordingSpawner();
    expect(await openBrowser(url, profile, facts({ platform: 'darwin', env: {} }), mac.spawn)).toEqual({ opened: true, kind: 'defaultBrowser' });
    expect(mac.started).toEqual([{ command: 'open', args: [url] }]);
    const windows = recordingSpawner();
    expect(await openBrowser(url, profile, facts({ platform: 'win32', env: {} }), windows.spawn)).toEqual({ opened: true, kind: 'defaultBrowser' });
    expect(windows.started).toEqual([{ command: 'rundll32', args: ['url.dll,FileProtocolHandler', url] }]);
  });
});
