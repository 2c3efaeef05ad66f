// A StoreEncryption that keeps its passphrase in memory and answers as the real one does (wrong passphrase, too
// short, unchanged), for tests of the app side of encryption while the store's real one is built elsewhere.
import { PlauschError } from '../../shared/errors';
import { MIN_PASSPHRASE_LENGTH } from '../../shared/privacy';
import type { JournalStore, KeyProtector, StoreEncryption } from '../../electron/main/store/types';

export interface FakeEncryption extends StoreEncryption {
  /** The protector the last `turnOn` was given. */
  readonly protector: KeyProtector | undefined;
}

export function createFakeEncryption(start: { passphrase?: string; keychain?: boolean } = {}): FakeEncryption {
  let passphrase = start.passphrase;
  let keychain = start.keychain ?? false;
  let protector: KeyProtector | undefined;
  const checkLength = (candidate: string) => {
    if (candidate.length < MIN_PASSPHRASE_LENGTH) throw new PlauschError('passphraseTooShort', { minLength: MIN_PASSPHRASE_LENGTH });
  };
  const checkCurrent = (candidate: string) => {
    if (candidate !== passphrase) throw new PlauschError('wrongPassphrase');
  };
  return {
    get on() {
      return passphrase !== undefined;
    },
    get keychain() {
      return keychain;
    },
    get protector() {
      return protector;
    },
    async turnOn(next, given) {
      await Promise.resolve();
      if (passphrase !== undefined) throw new PlauschError('encryptionUnchanged', { on: true });
      checkLength(next);
      passphrase = next;
      protector = given;
      keychain = given !== undefined;
    },
    async turnOff(current) {
      await Promise.resolve();
      if (passphrase === undefined) throw new PlauschError('encryptionUnchanged', { on: false });
      checkCurrent(current);
      passphrase = undefined;
      keychain = false;
    },
    async changePassphrase(current, next) {
      await Promise.resolve();
      checkCurrent(current);
      checkLength(next);
      passphrase = next;
    },
    async resetPassphrase(next) {
      await Promise.resolve();
      if (passphrase === undefined) throw new PlauschError('encryptionUnchanged', { on: false });
      if (!keychain) throw new PlauschError('passphraseResetUnavailable');
      checkLength(next);
      passphrase = next;
    },
    checkPassphrase: (candidate) => Promise.resolve(passphrase !== undefined && candidate === passphrase),
  };
}

/** Puts `encryption` in place of a test store's own (the memory store's is always off). */
export function withEncryption<S extends JournalStore>(store: S, encryption: StoreEncryption): S {
  Object.defineProperty(store, 'encryption', { value: encryption });
  return store;
}
