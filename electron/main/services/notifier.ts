// The Notifier port: how the main process shows a desktop notification. The node-notifier adapter below never throws
// and never hangs, because a system without notifications (no notify-send, no D-Bus, permission denied) must not
// stop the scheduler: the Today view and the tray count still carry every reminder.
import nodeNotifier from 'node-notifier';
import type { Logger } from '../store/types';

export interface NotificationRequest {
  id: string;
  title: string;
  body: string;
}

export type NotifyOutcome = 'shown' | 'clicked' | 'failed';

export interface Notifier {
  notify(notification: NotificationRequest): Promise<NotifyOutcome>;
}

/** The part of node-notifier the adapter uses, so tests can stand in for the operating system. */
export interface NotificationBackend {
  notify(
    options: { title: string; message: string; wait: boolean; timeout: number; appID?: string; id?: number },
    callback: (error: Error | null, response: string, metadata?: { activationType?: string }) => void,
  ): unknown;
}

export interface NodeNotifierOptions {
  log: Logger;
  /** Windows groups toasts by this id; it must match the app's AppUserModelID. */
  appId?: string;
  /** Seconds the notification stays on screen (and a click is awaited where the system reports clicks). */
  displaySeconds?: number;
  /** Extra time past `displaySeconds` after which a notification that never reported back counts as failed. */
  graceMs?: number;
  /** Linux's notify-send cannot report clicks; waiting there would only delay the answer. */
  waitForClick?: boolean;
  backend?: NotificationBackend;
}

export function createNodeNotifier({
  log,
  appId,
  displaySeconds = 10,
  graceMs = 5_000,
  waitForClick = process.platform !== 'linux',
  backend = nodeNotifier as unknown as NotificationBackend,
}: NodeNotifierOptions): Notifier {
  let outageReported = false;

  function reportFailure(error: unknown): void {
    if (outageReported) return;
    outageReported = true;
    log.warn('desktop notifications are unavailable; reminders stay in the Today view', error);
  }

  return {
    notify({ title, body }) {
      return new Promise<NotifyOutcome>((resolve) => {
        let settled = false;
        const finish = (outcome: NotifyOutcome, error?: unknown) => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          if (outcome === 'failed') reportFailure(error);
          else outageReported = false;
          resolve(outcome);
        };
        const limitMs = (waitForClick ? displaySeconds * 1000 : 0) + graceMs;
        const timer = setTimeout(() => finish('failed', new Error(`no answer within ${limitMs} ms`)), limitMs);
        timer.unref?.();
        try {
          backend.notify(
            {
              title: asArgument(title),
              message: asArgument(body),
              wait: waitForClick,
              timeout: displaySeconds,
              ...(appId ? { appID: appId } : {}),
            },
            (error, response, metadata) => {
              if (error) finish('failed', error);
              else finish(isClick(response, metadata?.activationType) ? 'clicked' : 'shown');
            },
          );
        } catch (error) {
          finish('failed', error);
        }
      });
    },
  };
}

/**
 * The title and body become command-line arguments: notify-send's own, or option values for SnoreToast and
 * terminal-notifier. Text that began with a dash could be read as an option there; an invisible word joiner in front
 * keeps it text. (The reminder catalog already begins every text with its own words; this holds for any caller.)
 */
function asArgument(text: string): string {
  return text.startsWith('-') ? `\u2060${text}` : text;
}

function isClick(response: string | undefined, activationType: string | undefined): boolean {
  return /click|activate/i.test(`${response ?? ''} ${activationType ?? ''}`) && !/timeout|dismiss/i.test(activationType ?? '');
}
