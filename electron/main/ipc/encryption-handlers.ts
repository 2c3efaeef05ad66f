// Encryption at rest and the app lock: channels to service calls, spread into the router's handlers.
import type { encryptionChannels } from '../../../shared/privacy-contract';
import type { Services } from '../services';
import type { Handlers } from './router';

export function createEncryptionHandlers({ encryption }: Services): Pick<Handlers, keyof typeof encryptionChannels> {
  return {
    'privacy:encryptionState': () => encryption.state(),
    'privacy:encryptionOn': ({ passphrase }) => encryption.turnOn(passphrase),
    'privacy:encryptionOff': ({ passphrase }) => encryption.turnOff(passphrase),
    'privacy:changePassphrase': ({ current, next }) => encryption.changePassphrase(current, next),
    'privacy:resetPassphrase': ({ next }) => encryption.resetPassphrase(next),
    'privacy:unlock': ({ passphrase }) => encryption.unlock(passphrase),
    'privacy:lockNow': () => encryption.lockNow(),
  };
}
