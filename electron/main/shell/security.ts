// Electron's security checklist, applied to every web contents and to the session they share, so a window added
// later is covered without remembering to.
import { shell, type App, type Session, type WebContents } from 'electron';
import { mailtoLink } from '../../../shared/email';
import type { Logger } from '../store/types';
import { isAllowedRequest, isOwnPage, type AppPages } from './pages';

/** Port 0 on the loopback address: a request there fails at once and never leaves the machine. */
const noDictionaryServer = 'http://127.0.0.1:0/';

/**
 * What the page may hand to the operating system: writing a mail or calling a contact, nothing that browses. A mail
 * link goes out as one plain address, rebuilt from the parsed address: a query (`?cc=…&attach=/etc/passwd`), a
 * fragment or a second address is never passed on.
 */
function externalHandoff(url: string): string | undefined {
  const parsed = new URL(url);
  if (parsed.protocol === 'tel:') return url;
  if (parsed.protocol !== 'mailto:' || parsed.search !== '' || parsed.hash !== '') return undefined;
  return mailtoLink(decodeURIComponent(parsed.pathname));
}

function openIfExternalHandoff(url: string): void {
  try {
    const target = externalHandoff(url);
    if (target) void shell.openExternal(target);
  } catch {
    // Not a URL at all: nothing to hand over.
  }
}

export function hardenWebContents(contents: WebContents, pages: AppPages, log: Logger): void {
  const refuseNavigation = (event: { preventDefault(): void }, url: string) => {
    if (isOwnPage(pages, url)) return;
    event.preventDefault();
    openIfExternalHandoff(url);
    log.warn('navigation refused', { url });
  };
  contents.on('will-navigate', refuseNavigation);
  contents.on('will-redirect', refuseNavigation);
  // `will-navigate` covers the main frame only; an embedded frame must not wander off either.
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame) refuseNavigation(event, event.url);
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log.warn('webview refused');
  });
  contents.setWindowOpenHandler(({ url }) => {
    openIfExternalHandoff(url);
    return { action: 'deny' };
  });
}

export function hardenSession(session: Session, pages: AppPages, log: Logger): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    log.warn('permission refused', { permission });
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  // Electron has fetched spellchecker dictionaries with every window's spellcheck off (electron/electron#22995):
  // the session's checker is switched off too, and its downloader pointed at a port nothing can listen on.
  session.setSpellCheckerEnabled(false);
  session.setSpellCheckerDictionaryDownloadURL(noDictionaryServer);
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(pages, details.url);
    if (!allowed) log.warn('request blocked', { url: details.url });
    callback({ cancel: !allowed });
  });
}

/** Hardens every web contents the app will ever create, and the default session they share. */
export function applySecurity(app: App, session: Session, pages: AppPages, log: Logger): void {
  hardenSession(session, pages, log);
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, pages, log));
}
