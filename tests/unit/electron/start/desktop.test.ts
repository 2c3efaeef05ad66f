// Whether the desktop app can start here, decided with an injected `run`: nothing is downloaded or started.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findElectron, gist } from '../../../../electron/start/desktop.mjs';

let root: string;
let electronDir: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'plausch-start-'));
  electronDir = join(root, 'node_modules', 'electron');
  mkdirSync(electronDir, { recursive: true });
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

/** What `install.js` leaves behind once the binary is there. */
function installBinary() {
  mkdirSync(join(electronDir, 'dist'), { recursive: true });
  writeFileSync(join(electronDir, 'path.txt'), 'electron\n');
  writeFileSync(join(electronDir, 'dist', 'electron'), '');
  return join(electronDir, 'dist', 'electron');
}

type Run = (command: string, args: string[]) => { status: number | null; output: string };

function recorder(answer: (command: string, args: string[]) => { status: number | null; output: string }) {
  const calls: { command: string; args: string[] }[] = [];
  const run: Run = (command, args) => {
    calls.push({ command, args });
    return answer(command, args);
  };
  return { run, calls };
}

const withDisplay = { DISPLAY: ':0' };

describe('findElectron', () => {
  it('refuses root on Linux before anything else, as Chromium would', () => {
    const { run, calls } = recorder(() => ({ status: 0, output: '' }));
    expect(findElectron({ root, platform: 'linux', env: withDisplay, isRoot: true, run })).toEqual({ ok: false, reason: 'asRoot' });
    expect(calls).toEqual([]);
  });

  it('needs a display on Linux, not on macOS or Windows', () => {
    const { run, calls } = recorder(() => ({ status: 0, output: '' }));
    expect(findElectron({ root, platform: 'linux', env: {}, isRoot: false, run })).toEqual({ ok: false, reason: 'noDisplay' });
    expect(calls).toEqual([]);
    const binary = installBinary();
    expect(findElectron({ root, platform: 'darwin', env: {}, isRoot: true, run })).toEqual({ ok: true, binary });
    expect(findElectron({ root, platform: 'win32', env: {}, isRoot: false, run })).toEqual({ ok: true, binary });
    expect(findElectron({ root, platform: 'linux', env: { WAYLAND_DISPLAY: 'wayland-0' }, isRoot: false, run })).toEqual({ ok: true, binary });
  });

  it('uses an installed binary once it runs, without downloading', () => {
    const binary = installBinary();
    let downloads = 0;
    const { run, calls } = recorder(() => ({ status: 0, output: 'v45.5.0' }));
    const verdict = findElectron({ root, platform: 'linux', env: withDisplay, isRoot: false, run, onDownload: () => (downloads += 1) });
    expect(verdict).toEqual({ ok: true, binary });
    expect(downloads).toBe(0);
    expect(calls).toEqual([{ command: binary, args: ['--version'] }]);
  });

  it('downloads a missing binary first, saying so, then probes it', () => {
    let downloads = 0;
    const { run, calls } = recorder((command) => {
      if (command === process.execPath) installBinary();
      return { status: 0, output: '' };
    });
    const verdict = findElectron({ root, platform: 'linux', env: withDisplay, isRoot: false, run, onDownload: () => (downloads += 1) });
    expect(verdict).toEqual({ ok: true, binary: join(electronDir, 'dist', 'electron') });
    expect(downloads).toBe(1);
    expect(calls).toEqual([
      { command: process.execPath, args: [join(electronDir, 'install.js')] },
      { command: join(electronDir, 'dist', 'electron'), args: ['--version'] },
    ]);
  });

  it('gives the gist of a failed download', () => {
    const { run, calls } = recorder(() => ({
      status: 1,
      output: 'Downloading electron-v45.5.0-linux-x64.zip\nHTTPError: Response code 403 (Forbidden)\n    at Request.<anonymous> (got/index.js:1:1)\n',
    }));
    expect(findElectron({ root, platform: 'linux', env: withDisplay, isRoot: false, run })).toEqual({
      ok: false,
      reason: 'downloadFailed',
      detail: 'Response code 403 (Forbidden)',
    });
    expect(calls).toHaveLength(1);
  });

  it('counts a download that leaves no binary as failed, naming the exit code when nothing was printed', () => {
    const { run } = recorder(() => ({ status: 0, output: '\n\n' }));
    expect(findElectron({ root, platform: 'linux', env: withDisplay, isRoot: false, run })).toEqual({ ok: false, reason: 'downloadFailed', detail: 'exit 0' });
  });

  it('says when the binary is there but does not run', () => {
    installBinary();
    const { run } = recorder(() => ({
      status: 127,
      output: 'electron: error while loading shared libraries: libnss3.so: cannot open shared object file\n',
    }));
    expect(findElectron({ root, platform: 'linux', env: withDisplay, isRoot: false, run })).toEqual({
      ok: false,
      reason: 'doesNotRun',
      detail: 'electron: error while loading shared libraries: libnss3.so: cannot open shared object file',
    });
    const silent = recorder(() => ({ status: null, output: '' }));
    expect(findElectron({ root, platform: 'linux', env: withDisplay, isRoot: false, run: silent.run })).toEqual({
      ok: false,
      reason: 'doesNotRun',
      detail: 'exit null',
    });
  });
});

describe('gist', () => {
  it('takes the message of the last error line', () => {
    expect(gist('a\nError: first\nstack\nRequestError: getaddrinfo ENOTFOUND github.com\n  at x')).toBe('getaddrinfo ENOTFOUND github.com');
    expect(gist('error: lower case too\r\n')).toBe('lower case too');
  });

  it('takes the last line when no line is an error', () => {
    expect(gist('one\n  two  \n\n')).toBe('two');
  });

  it('is empty for no output and shortens long text to 160 characters', () => {
    expect(gist('')).toBe('');
    expect(gist(' \n \n')).toBe('');
    const long = gist(`Error: ${'x'.repeat(300)}`);
    expect(long).toHaveLength(158);
    expect(long).toBe(`${'x'.repeat(157)}…`);
    expect(gist('y'.repeat(160))).toBe('y'.repeat(160));
  });
});
