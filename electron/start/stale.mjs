// @ts-check
// What `npm start` must build first: a bundle is stale when it is missing or older than any file it is built from.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * @typedef {object} BuildTarget
 * @property {string} name
 * @property {string[]} outputs files the build writes
 * @property {string[]} inputs files and folders it reads
 * @property {string} script the npm script that builds it
 */

/** @type {BuildTarget[]} */
export const buildTargets = [
  {
    name: 'app',
    outputs: ['out/main/index.js', 'out/preload/index.js', 'out/renderer/index.html'],
    inputs: ['electron/main', 'electron/preload', 'renderer', 'shared', 'electron.vite.config.ts', 'package.json'],
    script: 'build:app',
  },
  {
    name: 'browser shell',
    outputs: ['out/web/index.js', 'out/web/plausch-web.js'],
    inputs: ['electron/main', 'electron/web', 'shared', 'package.json'],
    script: 'build:web',
  },
];

/**
 * The newest modification time under a file or folder, 0 if there is none.
 * @param {string} path
 * @returns {number}
 */
export function newestChange(path) {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    return 0;
  }
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    newest = Math.max(newest, newestChange(join(path, entry)));
  }
  return newest;
}

/**
 * @param {BuildTarget} target
 * @param {string} root the project folder
 */
export function isStale(target, root) {
  const outputTimes = target.outputs.map((output) => {
    try {
      return statSync(join(root, output)).mtimeMs;
    } catch {
      return -1;
    }
  });
  const oldestOutput = Math.min(...outputTimes);
  if (oldestOutput < 0) return true;
  return target.inputs.some((input) => newestChange(join(root, input)) > oldestOutput);
}
