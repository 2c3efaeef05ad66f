// @ts-check
// Whether the desktop app can start on this machine, and if not, why, in a few plain words. Electron 45 fetches its
// binary on first use rather than at install time; this is that first use, with the answer kept instead of thrown.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * @typedef {object} RunResult
 * @property {number | null} status
 * @property {string} output stdout and stderr together
 */

/**
 * @typedef {object} DesktopFacts
 * @property {string} root the project folder, holding node_modules/electron
 * @property {NodeJS.Platform} platform
 * @property {NodeJS.ProcessEnv} env
 * @property {boolean} isRoot
 * @property {(command: string, args: string[]) => RunResult} run runs a program to its end
 * @property {() => void} [onDownload] called before the binary is fetched
 */

/**
 * @typedef {{ ok: true, binary: string }
 *   | { ok: false, reason: 'asRoot' | 'noDisplay' }
 *   | { ok: false, reason: 'downloadFailed' | 'doesNotRun', detail: string }} DesktopVerdict
 */

/**
 * The gist of a failed program's output: the message of the last error it printed, else its last line.
 * @param {string} output
 */
export function gist(output) {
  const lines = output.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
  const errors = lines.map((line) => /^(?:\w*Error|error):\s*(.+)$/i.exec(line)?.[1]).filter(Boolean);
  const text = errors.at(-1) ?? lines.at(-1) ?? '';
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}

/**
 * @param {string} electronDir
 * @returns {string | undefined}
 */
function installedBinary(electronDir) {
  try {
    const binary = join(electronDir, 'dist', readFileSync(join(electronDir, 'path.txt'), 'utf8').trim());
    return existsSync(binary) ? binary : undefined;
  } catch {
    return undefined;
  }
}

/**
 * @param {DesktopFacts} facts
 * @returns {DesktopVerdict}
 */
export function findElectron({ root, platform, env, isRoot, run, onDownload }) {
  // Chromium refuses to run as root with its sandbox, and the app's windows keep the sandbox on.
  if (platform === 'linux' && isRoot) return { ok: false, reason: 'asRoot' };
  if (platform !== 'darwin' && platform !== 'win32' && !env.DISPLAY && !env.WAYLAND_DISPLAY) return { ok: false, reason: 'noDisplay' };
  const electronDir = join(root, 'node_modules', 'electron');
  let binary = installedBinary(electronDir);
  if (!binary) {
    onDownload?.();
    const install = run(process.execPath, [join(electronDir, 'install.js')]);
    binary = install.status === 0 ? installedBinary(electronDir) : undefined;
    if (!binary) return { ok: false, reason: 'downloadFailed', detail: gist(install.output) || `exit ${install.status}` };
  }
  // A binary that cannot load its libraries says so here, before the user waits for a window.
  const probe = run(binary, ['--version']);
  if (probe.status !== 0) return { ok: false, reason: 'doesNotRun', detail: gist(probe.output) || `exit ${probe.status}` };
  return { ok: true, binary };
}
