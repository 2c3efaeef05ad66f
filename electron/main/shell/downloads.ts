// Exports leave the page as a blob download (issue 6). Each one asks where to save it, starting in Downloads with the
// name the page suggested; a download that is not one of those, or that the user declines, is cancelled.
import { BrowserWindow, dialog, type App, type Session, type WebContents } from 'electron';
import { join } from 'node:path';
import type { Logger } from '../store/types';

export interface DownloadsOptions {
  app: App;
  session: Session;
  ourContents: () => readonly WebContents[];
  log: Logger;
}

/** What our own pages hand over: data made in the page, never a file fetched from elsewhere. */
const pageMadeSchemes = new Set(['blob:', 'data:']);

function isPageMade(url: string): boolean {
  try {
    return pageMadeSchemes.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

export function handleDownloads({ app, session, ourContents, log }: DownloadsOptions): void {
  session.on('will-download', (_event, item, contents) => {
    const url = item.getURL();
    if (!contents || !ourContents().includes(contents) || !isPageMade(url)) {
      log.warn('download refused', { url });
      item.cancel();
      return;
    }
    // The synchronous dialog on purpose: Electron shows its own save dialog unless the path is set before this
    // handler returns.
    const options = { defaultPath: join(app.getPath('downloads'), item.getFilename()) };
    const owner = BrowserWindow.fromWebContents(contents);
    const path = owner ? dialog.showSaveDialogSync(owner, options) : dialog.showSaveDialogSync(options);
    if (path) item.setSavePath(path);
    else item.cancel();
  });
}
