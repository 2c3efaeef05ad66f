// Encryption at rest as the settings page sees it: its state, turning it on and off, changing (or, with the keychain,
// resetting) the passphrase, and the app lock. The store does the work on the files; this adds the keychain of this
// computer and the lock.
import { PlauschError } from '../../../shared/errors';
import type { EncryptionState } from '../../../shared/privacy';
import type { KeyProtector, StoreEncryption } from '../store/types';
import type { AppLock } from './app-lock';

export interface EncryptionDeps {
  encryption: StoreEncryption;
  appLock: AppLock;
  /** The operating system's keychain, where the desktop app has one. */
  keyProtector?: KeyProtector;
}

export function createEncryption({ encryption, appLock, keyProtector }: EncryptionDeps) {
  const listeners = new Set<() => void>();

  function state(): EncryptionState {
    // Before encryption is on, whether it would use the keychain; after, whether the key file holds the keychain's wrap.
    const keychain = keyProtector !== undefined && (!encryption.on || encryption.keychain);
    return { on: encryption.on, locked: appLock.locked, keychain };
  }

  async function changed(step: Promise<void>): Promise<EncryptionState> {
    await step;
    for (const listener of [...listeners]) listener();
    return state();
  }

  return {
    state,
    turnOn: (passphrase: string) => changed(encryption.turnOn(passphrase, keyProtector)),
    turnOff: (passphrase: string) => changed(encryption.turnOff(passphrase)),
    changePassphrase: async (current: string, next: string) => {
      await encryption.changePassphrase(current, next);
      return state();
    },
    /**
     * A forgotten passphrase replaced without the old one: only where this computer's keychain holds the data key
     * (the desktop app, a key file with its wrap), so the way in that remains stays the user's. The lock guard keeps
     * it from a locked window.
     */
    resetPassphrase: async (next: string) => {
      if (!state().keychain) throw new PlauschError('passphraseResetUnavailable');
      await encryption.resetPassphrase(next);
      return state();
    },
    unlock: async (passphrase: string) => {
      await appLock.unlock(passphrase);
      return state();
    },
    /** With encryption off there is nothing to lock: the state says so. */
    lockNow: () => {
      appLock.lock();
      return state();
    },
    /** Calls `listener` after encryption was turned on or off. */
    onChanged(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type Encryption = ReturnType<typeof createEncryption>;
