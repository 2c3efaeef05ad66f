// macOS needs an application menu for copy, paste and Cmd+Q to work in text fields; elsewhere the window has none.
import { Menu } from 'electron';

export function installApplicationMenu(): void {
  if (process.platform !== 'darwin') {
    Menu.setApplicationMenu(null);
    return;
  }
  Menu.setApplicationMenu(Menu.buildFromTemplate([{ role: 'appMenu' }, { role: 'editMenu' }, { role: 'windowMenu' }]));
}
