// While the windows are locked, or the journal is still encrypted at start, only the lock screen's channels answer:
// every other call is refused with `journalLocked` before it reaches a service.
import { contract, type ChannelName, type Envelope } from '../../../shared/contract';
import { PlauschError } from '../../../shared/errors';
import type { EncryptionState } from '../../../shared/privacy';
import type { AppStatus } from '../../../shared/views';
import type { AppLock } from '../services/app-lock';
import type { Logger } from '../store/types';
import { routerOver, type Handlers, type Router } from './router';

/**
 * What the lock screen needs: the state, the way in, the status (for its language), and closing the quick-log
 * window, which holds nothing of the journal.
 */
export const openWhileLocked: ReadonlySet<ChannelName> = new Set<ChannelName>([
  'privacy:encryptionState',
  'privacy:unlock',
  'app:status',
  'desktop:hideQuickLog',
]);

const lockedEnvelope = (): Envelope<never> => ({ ok: false, error: new PlauschError('journalLocked').toData() });

const isChannel = (channel: string): channel is ChannelName => Object.hasOwn(contract, channel);

/** Refuses every other channel while `lock` is locked; every call counts as use for the idle time. */
export function guardWhileLocked(router: Router, lock: Pick<AppLock, 'locked' | 'touch'>): Router {
  return {
    channels: router.channels,
    handle(channel, payload) {
      if (lock.locked && typeof channel === 'string' && isChannel(channel) && !openWhileLocked.has(channel)) {
        return Promise.resolve(lockedEnvelope());
      }
      // Asking for the state is what a window does on its own when it loads; it is no sign of someone at the desk.
      if (channel !== 'privacy:encryptionState') lock.touch();
      return router.handle(channel, payload);
    },
  };
}

export interface LockedStart {
  state(): EncryptionState;
  unlock(passphrase: string): Promise<EncryptionState>;
  status(): AppStatus;
}

/** The router of an encrypted journal that the keychain could not open: the lock screen's channels and nothing else. */
export function lockedStartRouter({ state, unlock, status }: LockedStart, log: Logger): Router {
  const refuse = () => {
    throw new PlauschError('journalLocked');
  };
  const refused = Object.fromEntries(Object.keys(contract).map((channel) => [channel, refuse])) as unknown as Handlers;
  return routerOver(
    {
      ...refused,
      'privacy:encryptionState': () => state(),
      'privacy:unlock': ({ passphrase }) => unlock(passphrase),
      'app:status': () => status(),
    },
    log,
  );
}
