#!/usr/bin/env node
// @ts-check
// `npm start`: builds what is stale, then starts the desktop app where Electron can run, and the browser shell
// where it cannot (saying why, in one line) or when asked (`--browser`, or `--no-open`, which only prints the address).
// Plain Node with no dependencies, because it runs before anything is built.
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectron } from './desktop.mjs';
import { say, systemLanguage } from './messages.mjs';
import { buildTargets, isStale } from './stale.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * @param {string[]} argv
 * @returns {{ browser: boolean, open: boolean, show: boolean, restoreBackup: boolean, data?: string } | { unknown: string }}
 */
export function parseStartArgs(argv) {
  /** @type {{ browser: boolean, open: boolean, show: boolean, restoreBackup: boolean, data?: string }} */
  const options = { browser: false, open: true, show: false, restoreBackup: false };
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index];
    if (arg === '--browser') options.browser = true;
    else if (arg === '--no-open') options.open = false;
    else if (arg === '--show') options.show = true;
    // The desktop app asks in a dialog; the browser shell can only be told in advance (it says so when it must be).
    else if (arg === '--restore-backup') options.restoreBackup = true;
    else if (arg === '--data' && argv[index + 1]) options.data = argv[++index];
    else return { unknown: String(arg) };
  }
  // Only the browser shell has an address to print instead of opening.
  if (!options.open) options.browser = true;
  return options;
}

/** @param {string} script */
function runNpmScript(script) {
  // Under `npm start`, npm says where its own entry is; that works the same on every platform.
  const npm = process.env.npm_execpath;
  const result = npm
    ? spawnSync(process.execPath, [npm, 'run', '--silent', script], { cwd: root, stdio: 'inherit' })
    : spawnSync('npm', ['run', '--silent', script], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  return result.status === 0;
}

/** How often the launcher looks whether whoever started it is still there. */
const parentCheckMs = 1_000;

/**
 * Runs the app in the foreground and ends with its exit code. Ctrl+C reaches it from the terminal directly; a
 * SIGTERM sent to this launcher alone is passed on. When npm is stopped, it stops only the shell between it and us,
 * so a launcher left without its parent quits the app as well, rather than leaving it running unseen.
 * @param {string} command
 * @param {string[]} args
 * @param {NodeJS.ProcessEnv} env
 */
function runInForeground(command, args, env) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit', env });
  process.on('SIGINT', () => undefined);
  for (const signal of /** @type {const} */ (['SIGTERM', 'SIGHUP'])) process.on(signal, () => child.kill(signal));
  const parent = process.ppid;
  const orphanWatch = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(orphanWatch);
    child.kill('SIGTERM');
  }, parentCheckMs);
  orphanWatch.unref();
  child.on('exit', (code, signal) => process.exit(code ?? (signal === 'SIGINT' ? 130 : 1)));
}

function main() {
  const language = systemLanguage(process.env);
  const options = parseStartArgs(process.argv.slice(2));
  if ('unknown' in options) {
    console.error(say(language, 'usage', { option: options.unknown }));
    process.exit(2);
  }
  const stale = buildTargets.filter((target) => isStale(target, root));
  if (stale.length > 0) console.log(say(language, 'building'));
  for (const target of stale) {
    if (!runNpmScript(target.script)) {
      console.error(say(language, 'buildFailed'));
      process.exit(1);
    }
  }

  const env = options.data ? { ...process.env, PLAUSCH_DATA_DIR: resolve(options.data) } : process.env;
  if (!options.browser) {
    const verdict = findElectron({
      root,
      platform: process.platform,
      env: process.env,
      isRoot: process.getuid?.() === 0,
      run: (command, args) => {
        const result = spawnSync(command, args, { encoding: 'utf8' });
        return { status: result.status, output: `${result.stdout ?? ''}\n${result.stderr ?? ''}\n${result.error?.message ?? ''}` };
      },
      onDownload: () => console.log(say(language, 'downloading')),
    });
    if (verdict.ok) {
      runInForeground(verdict.binary, ['.', ...(options.show ? ['--show'] : [])], env);
      return;
    }
    const reason = 'detail' in verdict ? say(language, verdict.reason, { detail: verdict.detail }) : say(language, verdict.reason);
    console.log(say(language, 'fallback', { reason }));
  }
  const webArgs = [...(options.open ? [] : ['--no-open']), ...(options.restoreBackup ? ['--restore-backup'] : [])];
  runInForeground(process.execPath, [join(root, 'out', 'web', 'index.js'), ...webArgs], env);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
