// Every contract channel, and only those, wired to the router, behind a check that the caller is our own page.
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { channelNames, type Envelope, type EventPayloads } from '../../../shared/contract';
import type { Logger } from '../store/types';
import { isOwnPage, type AppPages } from './pages';

export interface IpcRouter {
  handle(channel: string, payload: unknown): Promise<Envelope<unknown>>;
}

export interface DataChangeSource {
  onDataChanged(listener: (change: EventPayloads['data:changed']) => void): unknown;
}

export interface NoticeSource {
  onNotice(listener: (notice: EventPayloads['app:notice']) => void): unknown;
}

const refused: Envelope<never> = { ok: false, error: { code: 'forbiddenSender' } };

/**
 * Accepts only the main frame of one of our windows showing our own bundle. A subframe, a page that navigated away
 * or any other web contents gets an error envelope and never reaches the router.
 */
export function isTrustedSender(
  event: IpcMainInvokeEvent,
  ourContents: () => readonly WebContents[],
  pages: AppPages,
): boolean {
  const frame = event.senderFrame;
  if (!frame) return false;
  const owner = ourContents().find((contents) => contents === event.sender);
  return owner !== undefined && owner.mainFrame === frame && isOwnPage(pages, frame.url);
}

export interface IpcWiring {
  ipcMain: IpcMain;
  router: IpcRouter;
  ourContents: () => readonly WebContents[];
  pages: AppPages;
  log: Logger;
}

export function registerIpc({ ipcMain, router, ourContents, pages, log }: IpcWiring): void {
  for (const channel of channelNames) {
    ipcMain.handle(channel, async (event, payload: unknown): Promise<Envelope<unknown>> => {
      if (!isTrustedSender(event, ourContents, pages)) {
        log.warn('ipc from untrusted sender refused', { channel, url: event.senderFrame?.url });
        return refused;
      }
      try {
        return await router.handle(channel, payload);
      } catch (error) {
        log.error('router threw', { channel, error });
        return refused;
      }
    });
  }
}

/** Tells every window that the journal changed, so it refetches what it shows. */
export function forwardDataChanges(source: DataChangeSource, ourContents: () => readonly WebContents[]): void {
  source.onDataChanged((change) => {
    for (const contents of ourContents()) {
      if (!contents.isDestroyed()) contents.send('data:changed', change);
    }
  });
}

/** Tells every window what the store wants the user to know while running (a failed backup, invalid records). */
export function forwardNotices(source: NoticeSource, ourContents: () => readonly WebContents[]): void {
  source.onNotice((notice) => {
    for (const contents of ourContents()) {
      if (!contents.isDestroyed()) contents.send('app:notice', notice);
    }
  });
}

export interface LockSource {
  onLockChange(listener: (locked: boolean) => void): unknown;
}

/** Tells every window that it is locked or open again: the lock screen comes and goes with it. */
export function forwardLockChanges(source: LockSource, ourContents: () => readonly WebContents[]): void {
  source.onLockChange((locked) => {
    const payload: EventPayloads['app:lock'] = { locked };
    for (const contents of ourContents()) {
      if (!contents.isDestroyed()) contents.send('app:lock', payload);
    }
  });
}
