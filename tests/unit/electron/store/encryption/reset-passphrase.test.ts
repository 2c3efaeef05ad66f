// "Kennwort vergessen?": a new passphrase without the old one, only while this computer's keychain still holds the data
// key. Only the key file changes: afterwards the new passphrase opens the folder and the old one does not; without a
// keychain wrap nothing changes, byte for byte.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createServices } from '../../../../../electron/main/services';
import type { KeyProtector } from '../../../../../electron/main/store/types';
import { PlauschError } from '../../../../../shared/errors';
import { MIN_PASSPHRASE_LENGTH } from '../../../../../shared/privacy';
import { recordingLogger } from '../../../../support/services-harness';
import { contact, open, tempDir, testClock } from '../helpers';
import { CHEAP_SCRYPT, PASSPHRASE, folderBytes } from './support';

const options = { keyDerivation: CHEAP_SCRYPT };
const NEXT = 'ein ganz neues Kennwort';

/** A stand-in for the operating system's keychain: wraps with a fixed mask. */
function fakeKeychain(): KeyProtector {
  const mask = Buffer.alloc(32, 0x3c);
  const xor = (bytes: Buffer) => Buffer.from(bytes.map((byte, index) => byte ^ (mask[index % mask.length] as number)));
  return { protect: (key) => Buffer.concat([Buffer.from('kc:'), xor(key)]), unprotect: (wrapped) => xor(wrapped.subarray(3)) };
}

/** An encrypted journal with two people, its key file wrapped by `protector` too when one is given. */
async function encryptedJournal(protector?: KeyProtector): Promise<string> {
  const dir = await tempDir();
  const store = await open(dir, options);
  await store.commit([{ op: 'put', collection: 'contacts', value: contact('anna') }]);
  await store.encryption.turnOn(PASSPHRASE, protector);
  await store.commit([{ op: 'put', collection: 'contacts', value: contact('ben') }]);
  await store.close();
  return dir;
}

describe('setting a new passphrase without the old one', () => {
  it('works with the keychain: the new passphrase opens the folder, the old one no longer does', async () => {
    const keychain = fakeKeychain();
    const dir = await encryptedJournal(keychain);
    // Opened the way the desktop app opens it: by the keychain, no passphrase known.
    const store = await open(dir, { ...options, unlock: { protector: keychain } });
    expect(store.encryption.keychain).toBe(true);
    const before = await folderBytes(dir);
    await store.encryption.resetPassphrase(NEXT);
    expect(await store.encryption.checkPassphrase(NEXT)).toBe(true);
    expect(await store.encryption.checkPassphrase(PASSPHRASE)).toBe(false);
    // Only the key file changed; the keychain wrap is kept, every sealed file is as it was.
    const after = await folderBytes(dir);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [name, bytes] of before) expect(after.get(name)?.equals(bytes), name).toBe(name !== 'plausch.key');
    expect(store.encryption.keychain).toBe(true);
    await store.commit([{ op: 'put', collection: 'contacts', value: contact('clara') }]);
    await store.close();

    await expect(open(dir, { ...options, unlock: { passphrase: PASSPHRASE } })).rejects.toEqual(new PlauschError('wrongPassphrase'));
    const reopened = await open(dir, { ...options, unlock: { passphrase: NEXT } });
    expect([...reopened.contacts.keys()].sort()).toEqual(['anna', 'ben', 'clara']);
    await reopened.close();
    expect((await open(dir, { ...options, unlock: { protector: keychain } })).contacts.size).toBe(3);
  });

  it('is refused without a keychain wrap, and the key file stays byte for byte', async () => {
    const dir = await encryptedJournal();
    const store = await open(dir, { ...options, unlock: { passphrase: PASSPHRASE } });
    expect(store.encryption.keychain).toBe(false);
    const keyFile = await readFile(join(dir, 'plausch.key'));
    const before = await folderBytes(dir);
    await expect(store.encryption.resetPassphrase(NEXT)).rejects.toEqual(new PlauschError('passphraseResetUnavailable'));
    expect((await readFile(join(dir, 'plausch.key'))).equals(keyFile)).toBe(true);
    expect(await folderBytes(dir)).toEqual(before);
    expect(await store.encryption.checkPassphrase(PASSPHRASE)).toBe(true);
    expect(await store.encryption.checkPassphrase(NEXT)).toBe(false);
  });

  it('refuses a short passphrase, and a folder that is not encrypted, changing nothing', async () => {
    const keychain = fakeKeychain();
    const dir = await encryptedJournal(keychain);
    const store = await open(dir, { ...options, unlock: { protector: keychain } });
    const keyFile = await readFile(join(dir, 'plausch.key'));
    await expect(store.encryption.resetPassphrase('x'.repeat(MIN_PASSPHRASE_LENGTH - 1))).rejects.toEqual(
      new PlauschError('passphraseTooShort', { minLength: MIN_PASSPHRASE_LENGTH }),
    );
    expect((await readFile(join(dir, 'plausch.key'))).equals(keyFile)).toBe(true);
    expect(await store.encryption.checkPassphrase(PASSPHRASE)).toBe(true);

    const plain = await open(await tempDir(), options);
    await expect(plain.encryption.resetPassphrase(NEXT)).rejects.toEqual(new PlauschError('encryptionUnchanged', { on: false }));
    expect(plain.encryption.on).toBe(false);
  });

  it('is refused by the service where this computer has no keychain, even if the key file holds a wrap', async () => {
    const keychain = fakeKeychain();
    const dir = await encryptedJournal(keychain);
    // The browser shell or the command line: opened with the passphrase, no keychain at hand.
    const store = await open(dir, { ...options, unlock: { passphrase: PASSPHRASE } });
    const appInfo = { version: 'test', dataDir: dir, systemLanguage: 'de-DE' };
    const withoutKeychain = createServices({ store, clock: testClock(), log: recordingLogger(), appInfo });
    const keyFile = await readFile(join(dir, 'plausch.key'));
    await expect(withoutKeychain.encryption.resetPassphrase(NEXT)).rejects.toEqual(new PlauschError('passphraseResetUnavailable'));
    expect((await readFile(join(dir, 'plausch.key'))).equals(keyFile)).toBe(true);

    const desktop = createServices({ store, clock: testClock(), log: recordingLogger(), appInfo, keyProtector: keychain });
    expect(await desktop.encryption.resetPassphrase(NEXT)).toEqual({ on: true, locked: false, keychain: true });
    expect(await store.encryption.checkPassphrase(NEXT)).toBe(true);
  });
});
