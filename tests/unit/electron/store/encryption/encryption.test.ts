// Turning encryption on and off, changing the passphrase, unlocking with the keychain, and what a sealed file that
// was changed behind Plausch's back does: it counts as damaged, is set aside, and the newest good backup comes back.
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createServices } from '../../../../../electron/main/services';
import { isEncryptedFolder } from '../../../../../electron/main/store';
import { isSealed } from '../../../../../electron/main/store/encryption/sealed';
import { readJournal } from '../../../../../electron/main/store/read-only';
import type { KeyProtector } from '../../../../../electron/main/store/types';
import { PlauschError } from '../../../../../shared/errors';
import { MIN_PASSPHRASE_LENGTH } from '../../../../../shared/privacy';
import { contact, interaction, open, openAndCrash, tempDir, testClock } from '../helpers';
import { recordingLogger } from '../../../../support/services-harness';
import { CHEAP_SCRYPT, PASSPHRASE, folderBytes } from './support';

const options = { keyDerivation: CHEAP_SCRYPT };
const unlocked = { ...options, unlock: { passphrase: PASSPHRASE } };

/** A stand-in for the operating system's keychain: wraps with a fixed mask, and can be told to fail. */
function fakeKeychain(): KeyProtector & { broken: boolean } {
  const mask = Buffer.alloc(32, 0x5a);
  const xor = (bytes: Buffer) => Buffer.from(bytes.map((byte, index) => byte ^ (mask[index % mask.length] as number)));
  return {
    broken: false,
    protect: (key) => Buffer.concat([Buffer.from('kc:'), xor(key)]),
    unprotect(wrapped) {
      if (this.broken) throw new Error('keychain unavailable');
      return xor(wrapped.subarray(3));
    },
  };
}

async function encryptedJournal(protector?: KeyProtector): Promise<string> {
  const dir = await tempDir();
  const store = await open(dir, options);
  await store.commit([{ op: 'put', collection: 'contacts', value: contact('anna') }]);
  await store.commit([{ op: 'put', collection: 'interactions', value: interaction('i1', ['anna'], { date: '2024-06-01' }) }]);
  await store.encryption.turnOn(PASSPHRASE, protector);
  await store.commit([{ op: 'put', collection: 'contacts', value: contact('ben') }]);
  await store.close();
  return dir;
}

/** Flips one byte in the middle of a file, as a bit error or a hand edit would. */
async function flipByte(file: string): Promise<void> {
  const bytes = await readFile(file);
  const at = Math.floor(bytes.length / 2);
  bytes[at] = (bytes[at] as number) ^ 0x01;
  await writeFile(file, bytes);
}

describe('encryption at rest', () => {
  it('seals every file, and opens with the passphrase', async () => {
    const dir = await encryptedJournal();
    expect(await isEncryptedFolder(dir)).toBe(true);
    const files = await folderBytes(dir);
    for (const [name, bytes] of files) {
      if (name === 'plausch.key' || name === 'plausch.wal') continue;
      expect(isSealed(bytes), name).toBe(true);
    }
    const key = JSON.parse((files.get('plausch.key') as Buffer).toString('utf8')) as Record<string, unknown>;
    expect(key).toMatchObject({ format: 'plausch-key', version: 1, cipher: 'aes-256-gcm', state: 'on', kdf: { name: 'scrypt', ...CHEAP_SCRYPT } });
    const store = await open(dir, unlocked);
    expect([...store.contacts.keys()].sort()).toEqual(['anna', 'ben']);
    expect(store.interactions.has('i1')).toBe(true);
    expect(store.encryption).toMatchObject({ on: true, keychain: false });
  });

  it('refuses without a way in, and a wrong passphrase, changing nothing and keeping no lock', async () => {
    const dir = await encryptedJournal();
    const before = await folderBytes(dir);
    await expect(open(dir)).rejects.toEqual(new PlauschError('journalLocked'));
    await expect(open(dir, { unlock: { passphrase: 'falsches Kennwort!' } })).rejects.toEqual(new PlauschError('wrongPassphrase'));
    await expect(readJournal(dir, testClock())).rejects.toEqual(new PlauschError('journalLocked'));
    expect(await folderBytes(dir)).toEqual(before);
    expect((await readJournal(dir, testClock(), undefined, { passphrase: PASSPHRASE })).store.contacts.size).toBe(2);
    expect((await open(dir, unlocked)).contacts.size).toBe(2);
  });

  it('stays shut, changing nothing, when the key file is gone but the files are sealed', async () => {
    const dir = await encryptedJournal();
    await rm(join(dir, 'plausch.key'));
    const before = await folderBytes(dir);
    await expect(open(dir, unlocked)).rejects.toEqual(new PlauschError('journalLocked'));
    expect(await folderBytes(dir)).toEqual(before);
  });

  it('unlocks with the keychain first, and with the passphrase when the keychain fails', async () => {
    const keychain = fakeKeychain();
    const dir = await encryptedJournal(keychain);
    const store = await open(dir, { unlock: { protector: keychain } });
    expect(store.encryption.keychain).toBe(true);
    await store.close();
    keychain.broken = true;
    await expect(open(dir, { unlock: { protector: keychain } })).rejects.toEqual(new PlauschError('journalLocked'));
    expect((await open(dir, { unlock: { protector: keychain, passphrase: PASSPHRASE } })).contacts.size).toBe(2);
  });

  it('refuses a short passphrase, and a switch to the state it is in, changing nothing', async () => {
    const dir = await tempDir();
    const store = await open(dir, options);
    await expect(store.encryption.turnOn('x'.repeat(MIN_PASSPHRASE_LENGTH - 1))).rejects.toEqual(
      new PlauschError('passphraseTooShort', { minLength: MIN_PASSPHRASE_LENGTH }),
    );
    await expect(store.encryption.turnOff(PASSPHRASE)).rejects.toEqual(new PlauschError('encryptionUnchanged', { on: false }));
    expect(await isEncryptedFolder(dir)).toBe(false);
    await store.encryption.turnOn(PASSPHRASE);
    await expect(store.encryption.turnOn(PASSPHRASE)).rejects.toEqual(new PlauschError('encryptionUnchanged', { on: true }));
  });

  it('turns off with the right passphrase only, leaving plain files and no key file', async () => {
    const dir = await encryptedJournal();
    const store = await open(dir, unlocked);
    await expect(store.encryption.turnOff('falsches Kennwort!')).rejects.toEqual(new PlauschError('wrongPassphrase'));
    expect(store.encryption.on).toBe(true);
    await store.encryption.turnOff(PASSPHRASE);
    expect(store.encryption.on).toBe(false);
    await store.commit([{ op: 'put', collection: 'contacts', value: contact('clara') }]);
    await store.close();
    expect(await isEncryptedFolder(dir)).toBe(false);
    for (const [name, bytes] of await folderBytes(dir)) expect(isSealed(bytes), name).toBe(false);
    expect([...(await open(dir)).contacts.keys()].sort()).toEqual(['anna', 'ben', 'clara']);
  });

  it('changes the passphrase in the key file only', async () => {
    const dir = await encryptedJournal();
    const store = await open(dir, unlocked);
    const sealedBefore = await readFile(join(dir, 'plausch.json'));
    const next = 'ein ganz anderes Kennwort';
    await expect(store.encryption.changePassphrase('falsches Kennwort!', next)).rejects.toEqual(new PlauschError('wrongPassphrase'));
    await expect(store.encryption.changePassphrase(PASSPHRASE, 'kurz')).rejects.toMatchObject({ code: 'passphraseTooShort' });
    await store.encryption.changePassphrase(PASSPHRASE, next);
    expect(await store.encryption.checkPassphrase(next)).toBe(true);
    expect(await store.encryption.checkPassphrase(PASSPHRASE)).toBe(false);
    expect((await readFile(join(dir, 'plausch.json'))).equals(sealedBefore)).toBe(true);
    await store.close();
    await expect(open(dir, unlocked)).rejects.toEqual(new PlauschError('wrongPassphrase'));
    expect((await open(dir, { unlock: { passphrase: next } })).contacts.size).toBe(2);
  });

  it('rewrites sealed backups sealed', async () => {
    const dir = await encryptedJournal();
    const store = await open(dir, unlocked);
    const result = await store.rewriteBackups((document) => ({ ...document, contacts: document.contacts.filter((c) => c.id !== 'anna') }));
    expect(result.unreadable).toEqual([]);
    expect(result.rewritten).toBeGreaterThan(0);
    for (const name of await readdir(join(dir, 'backups'))) {
      const bytes = await readFile(join(dir, 'backups', name));
      expect(isSealed(bytes), name).toBe(true);
      expect(JSON.parse(store.fileCodec.open(bytes, name).toString('utf8')).contacts.map((c: { id: string }) => c.id)).not.toContain('anna');
    }
  });

  it('lists and restores sealed backups through the backups service', async () => {
    const dir = await encryptedJournal();
    const store = await open(dir, unlocked);
    const services = createServices({ store, clock: testClock(), log: recordingLogger(), appInfo: { version: 'test', dataDir: dir, systemLanguage: 'de-DE' } });
    const manual = await services.transfer.backups.create();
    await store.commit([{ op: 'delete', collection: 'contacts', id: 'ben' }]);
    expect((await services.transfer.backups.list()).map((backup) => backup.name)).toContain(manual.name);
    const receipt = await services.transfer.backups.restore(manual.name);
    expect(receipt.contacts).toBe(2);
    expect(store.contacts.has('ben')).toBe(true);
    expect(isSealed(await readFile(join(dir, 'backups', receipt.safetyBackup.split('/').pop() ?? '')))).toBe(true);
  });
});

describe('a sealed file changed behind our back', () => {
  it('is a damaged main file: set aside, and the newest good backup restored with a notice', async () => {
    const dir = await encryptedJournal();
    await flipByte(join(dir, 'plausch.json'));
    const store = await open(dir, unlocked);
    expect(store.notices).toEqual([expect.objectContaining({ kind: 'restoredFromBackup' })]);
    expect(store.contacts.has('anna')).toBe(true);
    expect((await readdir(dir)).some((name) => /^plausch\.damaged-.*\.json$/.test(name))).toBe(true);
  });

  it('is a damaged year file, which makes the journal damaged as a failed checksum does', async () => {
    const dir = await encryptedJournal();
    await flipByte(join(dir, 'history', 'interactions-2024.json'));
    const store = await open(dir, unlocked);
    expect(store.notices).toEqual([expect.objectContaining({ kind: 'restoredFromBackup' })]);
    expect(store.interactions.has('i1')).toBe(true);
  });

  it('is a damaged log line: the log is set aside and the user told', async () => {
    const dir = await tempDir();
    await openAndCrash(
      dir,
      async (store) => {
        await store.encryption.turnOn(PASSPHRASE);
        for (const id of ['a', 'b', 'c']) await store.commit([{ op: 'put', collection: 'contacts', value: contact(id) }]);
      },
      { ...options, compactAfterIdleMs: 3_600_000 },
    );
    const log = (await readFile(join(dir, 'plausch.wal'), 'utf8')).split('\n');
    expect(log.filter(Boolean).every((line) => line.startsWith('*'))).toBe(true);
    // The middle line's last base64 character before the padding changes a byte of the tag.
    const middle = log[1] as string;
    const at = middle.replace(/=+$/, '').length - 2;
    log[1] = `${middle.slice(0, at)}${middle[at] === 'A' ? 'B' : 'A'}${middle.slice(at + 1)}`;
    await writeFile(join(dir, 'plausch.wal'), log.join('\n'));
    const store = await open(dir, unlocked);
    expect(store.notices).toEqual([expect.objectContaining({ kind: 'logDamaged' })]);
    expect([...store.contacts.keys()].sort()).toEqual(['a', 'c']);
  });

  it('is a damaged photo: not shown', async () => {
    const dir = await encryptedJournal();
    const store = await open(dir, unlocked);
    const sealed = store.fileCodec.seal(Buffer.from('ein Bild'));
    sealed[sealed.length - 1] = (sealed[sealed.length - 1] as number) ^ 1;
    expect(() => store.fileCodec.open(sealed, 'photos/anna.photo')).toThrow(/authentication tag/);
  });
});
