// The tray icon is the app's home: Plausch runs here with or without a window.
import { Menu, Tray, nativeImage } from 'electron';
import { join } from 'node:path';
import type { Language } from '../../../shared/model';
import { message } from './messages';

// Held at module scope: a Tray that is only referenced from a function is garbage-collected and vanishes.
let tray: Tray | null = null;

export interface TrayActions {
  open(): void;
  quit(): void;
}

function trayIconPath(resourcesDir: string): string {
  if (process.platform === 'darwin') return join(resourcesDir, 'trayTemplate.png');
  return join(resourcesDir, process.platform === 'win32' ? 'tray-16.png' : 'tray-32.png');
}

function buildMenu(language: Language, actions: TrayActions): Menu {
  return Menu.buildFromTemplate([
    { id: 'open', label: message(language, 'trayOpen'), click: () => actions.open() },
    { type: 'separator' },
    { id: 'quit', label: message(language, 'trayQuit'), click: () => actions.quit() },
  ]);
}

export function createTray(resourcesDir: string, language: Language, actions: TrayActions): Tray {
  const icon = nativeImage.createFromPath(trayIconPath(resourcesDir));
  if (process.platform === 'darwin') icon.setTemplateImage(true);
  tray = new Tray(icon);
  tray.setToolTip('Plausch');
  tray.setContextMenu(buildMenu(language, actions));
  tray.on('click', () => actions.open());
  return tray;
}

/** Rebuilds the menu when the user switches the app's language. */
export function setTrayLanguage(language: Language, actions: TrayActions): void {
  tray?.setContextMenu(buildMenu(language, actions));
}
