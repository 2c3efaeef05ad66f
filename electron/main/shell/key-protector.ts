// The operating system's keychain as the store's KeyProtector: Electron's safeStorage (Keychain on macOS, DPAPI on
// Windows, the Secret Service or KWallet on Linux). Call it after the app is ready.
import type { SafeStorage } from 'electron';
import type { KeyProtector, Logger } from '../store/types';

/**
 * The keychain's protector, or none where the system offers no real keychain. On Linux without a keyring Electron
 * falls back to a password built into Chromium ("basic_text"): a key wrapped that way is as good as plain, so the
 * passphrase is asked for instead.
 */
export function keychainProtector(
  safeStorage: Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'> & { getSelectedStorageBackend?(): string },
  log: Logger,
): KeyProtector | undefined {
  try {
    if (!safeStorage.isEncryptionAvailable()) return undefined;
    if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend?.() === 'basic_text') return undefined;
  } catch (error) {
    log.warn('the system keychain cannot be asked', error);
    return undefined;
  }
  return {
    // safeStorage takes text: the key travels as base64 and comes back the same.
    protect: (key) => safeStorage.encryptString(key.toString('base64')),
    unprotect: (wrapped) => Buffer.from(safeStorage.decryptString(wrapped), 'base64'),
  };
}
