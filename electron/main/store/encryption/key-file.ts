// `plausch.key` in the data folder: how the folder's data key is found. It is no secret and is written plain
// (atomically, mode 0600); the folder counts as encrypted for as long as it exists. Its JSON:
//
//   format, version   "plausch-key", 1
//   cipher            "aes-256-gcm": the cipher of the sealed files and of the wraps below
//   kdf               { name: "scrypt", N, r, p, salt (base64) }: how the passphrase becomes the key that wraps the
//                     data key; stored, so that the cost can be raised later without breaking older folders
//   passphrase        the data key sealed (sealed.ts) with the passphrase's key, base64
//   keychain          optional: the data key wrapped by the operating system's keychain (a KeyProtector), base64
//   keyCheck          HMAC-SHA256 of a constant under the data key: tells a keychain that hands back a wrong key
//   state             "on", or "turningOn" / "turningOff" while a switch is not finished (it is then finished on the
//                     next open)
//   stateCheck        HMAC-SHA256 of the state under the data key: a state changed by hand is taken for "turningOn",
//                     which only seals again, so nobody can make Plausch decrypt the folder without the key
import { createHmac, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { constants } from 'node:fs';
import { join } from 'node:path';
import { PlauschError } from '../../../../shared/errors';
import { openDataFile, readDataFile, realFileSystem, writeFileAtomic, type StoreFileSystem } from '../files';
import type { KeyProtector, Unlock } from '../types';
import { FolderCodec } from './codec';
import { CIPHER, DATA_KEY_BYTES, SealBrokenError, isSealed, openSealed, sealBytes } from './sealed';

export const KEY_FILE_NAME = 'plausch.key';

export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

/** 128 MiB and a fraction of a second per unlock: costly for whoever guesses, paid once per start by the user. */
export const defaultScryptParams: ScryptParams = { N: 2 ** 17, r: 8, p: 1 };

export type SwitchState = 'on' | 'turningOn' | 'turningOff';

export interface KeyFile {
  format: 'plausch-key';
  version: 1;
  cipher: typeof CIPHER;
  kdf: { name: 'scrypt'; salt: string } & ScryptParams;
  passphrase: string;
  keychain?: string;
  keyCheck: string;
  state: SwitchState;
  stateCheck: string;
}

export function keyFilePath(dir: string): string {
  return join(dir, KEY_FILE_NAME);
}

function mac(key: Buffer, text: string): string {
  return createHmac('sha256', key).update(text).digest('base64');
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

function passphraseKey(passphrase: string, kdf: KeyFile['kdf']): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // scrypt needs 128 · N · r bytes; Node refuses above `maxmem`, so it is allowed that and a margin.
    const maxmem = 256 * kdf.N * kdf.r;
    scrypt(passphrase.normalize('NFC'), Buffer.from(kdf.salt, 'base64'), DATA_KEY_BYTES, { N: kdf.N, r: kdf.r, p: kdf.p, maxmem }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

async function passphraseWrap(dataKey: Buffer, passphrase: string, params: ScryptParams): Promise<Pick<KeyFile, 'kdf' | 'passphrase'>> {
  const kdf = { name: 'scrypt' as const, ...params, salt: randomBytes(16).toString('base64') };
  return { kdf, passphrase: sealBytes(await passphraseKey(passphrase, kdf), dataKey).toString('base64') };
}

export async function createKeyFile(
  dataKey: Buffer,
  passphrase: string,
  params: ScryptParams,
  protector: KeyProtector | undefined,
  state: SwitchState,
): Promise<KeyFile> {
  return {
    format: 'plausch-key',
    version: 1,
    cipher: CIPHER,
    ...(await passphraseWrap(dataKey, passphrase, params)),
    ...(protector ? { keychain: protector.protect(dataKey).toString('base64') } : {}),
    keyCheck: mac(dataKey, 'plausch-key-check'),
    state,
    stateCheck: mac(dataKey, `state:${state}`),
  };
}

export function withState(file: KeyFile, dataKey: Buffer, state: SwitchState): KeyFile {
  return { ...file, state, stateCheck: mac(dataKey, `state:${state}`) };
}

export async function withPassphrase(file: KeyFile, dataKey: Buffer, passphrase: string, params: ScryptParams): Promise<KeyFile> {
  return { ...file, ...(await passphraseWrap(dataKey, passphrase, params)) };
}

/** The state the key file claims, if its check holds; otherwise `turningOn` (see the top). */
export function verifiedState(file: KeyFile, dataKey: Buffer): SwitchState {
  return sameText(file.stateCheck, mac(dataKey, `state:${file.state}`)) ? file.state : 'turningOn';
}

/** The data key from the passphrase; `null` when it is the wrong one. */
export async function unwrapWithPassphrase(file: KeyFile, passphrase: string): Promise<Buffer | null> {
  try {
    return openSealed(await passphraseKey(passphrase, file.kdf), Buffer.from(file.passphrase, 'base64'), KEY_FILE_NAME);
  } catch (error) {
    if (error instanceof SealBrokenError) return null;
    throw error;
  }
}

/** The data key from the keychain; `null` when there is no such wrap or the keychain cannot give it back. */
export function unwrapWithProtector(file: KeyFile, protector: KeyProtector): Buffer | null {
  if (file.keychain === undefined) return null;
  try {
    const key = protector.unprotect(Buffer.from(file.keychain, 'base64'));
    return key.length === DATA_KEY_BYTES && sameText(file.keyCheck, mac(key, 'plausch-key-check')) ? key : null;
  } catch {
    return null;
  }
}

function isScryptParams(kdf: unknown): kdf is KeyFile['kdf'] {
  const value = kdf as Partial<KeyFile['kdf']> | null;
  return (
    typeof value === 'object' &&
    value !== null &&
    value.name === 'scrypt' &&
    typeof value.salt === 'string' &&
    [value.N, value.r, value.p].every((n) => Number.isSafeInteger(n) && (n as number) > 0) &&
    // A power of two, and not so large that reading a planted key file exhausts memory.
    Number.isInteger(Math.log2(value.N as number)) &&
    (value.N as number) * (value.r as number) <= 2 ** 22
  );
}

function parseKeyFile(bytes: Buffer): KeyFile | undefined {
  try {
    const file = JSON.parse(bytes.toString('utf8')) as Partial<KeyFile>;
    const states: unknown[] = ['on', 'turningOn', 'turningOff'];
    const fine =
      file.format === 'plausch-key' &&
      file.version === 1 &&
      file.cipher === CIPHER &&
      isScryptParams(file.kdf) &&
      typeof file.passphrase === 'string' &&
      (file.keychain === undefined || typeof file.keychain === 'string') &&
      typeof file.keyCheck === 'string' &&
      states.includes(file.state) &&
      typeof file.stateCheck === 'string';
    return fine ? (file as KeyFile) : undefined;
  } catch {
    return undefined;
  }
}

/** Whether the main data file begins sealed; only its first bytes are read. */
async function mainFileSealed(fs: StoreFileSystem, dir: string): Promise<boolean> {
  const handle = await openDataFile(fs, join(dir, 'plausch.json'), constants.O_RDONLY).catch(() => null);
  if (!handle) return false;
  try {
    const { bytesRead, buffer } = await handle.read(Buffer.alloc(8), 0, 8, 0);
    return isSealed(buffer.subarray(0, bytesRead));
  } finally {
    await handle.close();
  }
}

/**
 * The folder's key file, `null` when the folder is not encrypted. One that does not read cannot unlock anything:
 * the folder stays shut (`journalLocked`) and nothing is changed. So does a sealed main file whose key file is gone
 * (copied without it, deleted): taken for damaged, it would be set aside and the journal restored from backups that
 * cannot be read either.
 */
export async function readKeyFile(fs: StoreFileSystem, dir: string): Promise<KeyFile | null> {
  const bytes = await readDataFile(fs, keyFilePath(dir));
  if (bytes === null) {
    if (await mainFileSealed(fs, dir)) throw new PlauschError('journalLocked');
    return null;
  }
  const file = parseKeyFile(bytes);
  if (!file) throw new PlauschError('journalLocked');
  return file;
}

export async function writeKeyFile(fs: StoreFileSystem, dir: string, file: KeyFile): Promise<void> {
  await writeFileAtomic(fs, keyFilePath(dir), `${JSON.stringify(file, null, 2)}\n`);
}

/**
 * The data key of an encrypted folder: the keychain first, then the passphrase. Neither given, or the keychain
 * failing without a passphrase: `journalLocked`; a passphrase that does not fit: `wrongPassphrase`.
 */
export async function unlockKey(file: KeyFile, unlock: Unlock | undefined): Promise<Buffer> {
  const fromKeychain = unlock?.protector ? unwrapWithProtector(file, unlock.protector) : null;
  if (fromKeychain) return fromKeychain;
  if (unlock?.passphrase === undefined) throw new PlauschError('journalLocked');
  const key = await unwrapWithPassphrase(file, unlock.passphrase);
  if (!key) throw new PlauschError('wrongPassphrase');
  return key;
}

/**
 * The codec of the folder `dir` for reading its files outside the store (the command line's restore and doctor):
 * unlocked as the store unlocks it, plain for a folder that is not encrypted.
 */
export async function folderCodec(dir: string, unlock: Unlock | undefined, fs: StoreFileSystem = realFileSystem): Promise<FolderCodec> {
  const file = await readKeyFile(fs, dir);
  return new FolderCodec(file ? await unlockKey(file, unlock) : null);
}
