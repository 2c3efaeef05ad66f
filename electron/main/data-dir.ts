// Where the journal lives when nobody says otherwise: the folder Electron uses as `userData` for an app named like
// package.json's `name`. The desktop app, the browser shell and the command line all find the same data there.
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export function defaultDataDir(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string {
  const name = 'plausch';
  if (platform === 'win32') return join(env['APPDATA'] ?? join(homedir(), 'AppData', 'Roaming'), name);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', name);
  return join(env['XDG_CONFIG_HOME'] ?? join(homedir(), '.config'), name);
}

/** A folder given on the command line first, then `PLAUSCH_DATA_DIR` (tests, portable use), then the default. */
export function chooseDataDir(flag: string | undefined, env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string {
  if (flag) return resolve(flag);
  if (env['PLAUSCH_DATA_DIR']) return resolve(env['PLAUSCH_DATA_DIR']);
  return defaultDataDir(env, platform);
}
