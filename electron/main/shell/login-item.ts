// Start at login: Windows and macOS keep the setting themselves; Linux has no such API, so Plausch writes or
// removes an XDG autostart entry.
import { app } from 'electron';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname } from 'node:path';
import type { Language } from '../../../shared/model';
import type { StartAtLogin } from '../../../shared/views';
import type { Logger } from '../store/types';
import { autostartFilePath, desktopEntryText } from './autostart-entry';
import { message } from './messages';

export interface LoginItem {
  status(): StartAtLogin;
  set(enabled: boolean): StartAtLogin;
}

export interface LoginItemOptions {
  language(): Language;
  log: Logger;
}

/** What starts this very copy: the AppImage file, not its temporary mount; in development, Electron and the app. */
function launchCommand(): string[] {
  const appImage = process.env['APPIMAGE'];
  if (appImage) return [appImage];
  return app.isPackaged ? [process.execPath] : [process.execPath, app.getAppPath()];
}

function xdgLoginItem({ language, log }: LoginItemOptions): LoginItem {
  const file = () => autostartFilePath(process.env, homedir());
  const status = (): StartAtLogin => ({ enabled: existsSync(file()), supported: true });
  return {
    status,
    set(enabled) {
      try {
        if (enabled) {
          mkdirSync(dirname(file()), { recursive: true });
          const entry = {
            command: launchCommand(),
            comment: message(language(), 'autostartComment'),
            // A theme icon name: the packaged icon itself sits inside app.asar, where the desktop cannot read it.
            icon: 'plausch',
          };
          writeFileSync(file(), desktopEntryText(entry), { mode: 0o644 });
        } else {
          rmSync(file(), { force: true });
        }
      } catch (error) {
        log.error('could not change the autostart entry', { file: file(), error });
      }
      return status();
    },
  };
}

function systemLoginItem(): LoginItem {
  const status = (): StartAtLogin => ({ enabled: app.getLoginItemSettings().openAtLogin, supported: true });
  return {
    status,
    set(enabled) {
      app.setLoginItemSettings({ openAtLogin: enabled });
      return status();
    },
  };
}

const unsupported: LoginItem = {
  status: () => ({ enabled: false, supported: false }),
  set: () => ({ enabled: false, supported: false }),
};

/** Picks the platform's way on every call rather than once, so the shell contract test can exercise each way. */
export function createLoginItem(options: LoginItemOptions): LoginItem {
  const forPlatform = (): LoginItem => {
    if (process.platform === 'win32' || process.platform === 'darwin') return systemLoginItem();
    if (process.platform === 'linux') return xdgLoginItem(options);
    return unsupported;
  };
  return {
    status: () => forPlatform().status(),
    set: (enabled) => forPlatform().set(enabled),
  };
}
