export { LockGate } from './lock-gate';
export { LockScreen } from './lock-screen';
export { encryptionStateKey, useEncryptionState } from './lock-queries';
