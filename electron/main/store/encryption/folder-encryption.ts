// Turning encryption on and off, and changing (or, with the keychain, resetting) the passphrase: `store.encryption`.
// A switch is one step in the store's exclusive queue, with a backup first, and is ordered so that a crash at any
// moment leaves a journal that opens (with the passphrase) and is finished on the next open:
//
//   on:  backup → key file with state "turningOn" → from now on everything is written sealed → the whole snapshot
//        (every year) written anew, the log emptied → every other file of the journal sealed → state "on"
//   off: passphrase checked → backup → state "turningOff" → from now on everything is written plain → snapshot
//        anew, log emptied → every file opened → the key file deleted, last
//
// Reading accepts plain and sealed files alike throughout, so every mix a crash can leave reads; each step can be run
// again, so the next open simply runs the rest (`resume`).
import { randomBytes } from 'node:crypto';
import { PlauschError } from '../../../../shared/errors';
import { MIN_PASSPHRASE_LENGTH } from '../../../../shared/privacy';
import { syncDir, type StoreFileSystem } from '../files';
import type { KeyProtector, Logger, StoreEncryption } from '../types';
import type { FolderCodec } from './codec';
import { convertJournalFiles } from './folder-files';
import {
  createKeyFile,
  keyFilePath,
  unwrapWithPassphrase,
  verifiedState,
  withPassphrase,
  withState,
  writeKeyFile,
  type KeyFile,
  type ScryptParams,
} from './key-file';
import { DATA_KEY_BYTES } from './sealed';

/** What a switch needs of the store. */
export interface SwitchHost {
  fs: StoreFileSystem;
  dir: string;
  codec: FolderCodec;
  keyDerivation: ScryptParams;
  log: Logger;
  /** Runs `task` in the store's exclusive queue, after the journal is read in full. */
  exclusive<T>(task: () => Promise<T>): Promise<T>;
  /** Refuses (`recordsInvalid`, `storageFailed`) when the journal cannot be written in full now. */
  checkWritable(): Promise<void>;
  /** A full copy of the journal, as it is on disk now, before the switch. */
  backupFirst(): Promise<void>;
  /** Writes the main file and every year file as the codec writes now, then empties the log. */
  rewriteJournal(): Promise<void>;
}

/** Refuses a new passphrase shorter than the shortest Plausch accepts (`passphraseTooShort`). */
export function checkPassphraseLength(passphrase: string): void {
  if ([...passphrase].length < MIN_PASSPHRASE_LENGTH) throw new PlauschError('passphraseTooShort', { minLength: MIN_PASSPHRASE_LENGTH });
}

/**
 * The codec for an open: with the key of an encrypted folder, writing sealed unless a switch to plain is under way.
 * Returns whether a switch is left to finish.
 */
export function prepareCodec(codec: FolderCodec, keyFile: KeyFile | null, dataKey: Buffer | null): boolean {
  if (!keyFile || !dataKey) return false;
  const state = verifiedState(keyFile, dataKey);
  codec.openKey = dataKey;
  codec.sealKey = state === 'turningOff' ? null : dataKey;
  return state !== 'on';
}

export class FolderEncryption implements StoreEncryption {
  constructor(
    private readonly host: SwitchHost,
    private keyFile: KeyFile | null,
    private dataKey: Buffer | null,
  ) {}

  get on(): boolean {
    return this.keyFile !== null;
  }

  get keychain(): boolean {
    return this.keyFile?.keychain !== undefined;
  }

  turnOn(passphrase: string, protector?: KeyProtector): Promise<void> {
    try {
      if (this.keyFile) throw new PlauschError('encryptionUnchanged', { on: true });
      checkPassphraseLength(passphrase);
    } catch (error) {
      return Promise.reject(error);
    }
    return this.host.exclusive(async () => {
      if (this.keyFile) throw new PlauschError('encryptionUnchanged', { on: true });
      await this.host.checkWritable();
      await this.host.backupFirst();
      const dataKey = randomBytes(DATA_KEY_BYTES);
      const keyFile = await createKeyFile(dataKey, passphrase, this.host.keyDerivation, protector, 'turningOn');
      await writeKeyFile(this.host.fs, this.host.dir, keyFile);
      this.keyFile = keyFile;
      this.dataKey = dataKey;
      this.host.codec.openKey = dataKey;
      this.host.codec.sealKey = dataKey;
      await this.finish();
    });
  }

  turnOff(passphrase: string): Promise<void> {
    if (!this.keyFile) return Promise.reject(new PlauschError('encryptionUnchanged', { on: false }));
    return this.host.exclusive(async () => {
      const { keyFile, dataKey } = this;
      if (!keyFile || !dataKey) throw new PlauschError('encryptionUnchanged', { on: false });
      if (!(await unwrapWithPassphrase(keyFile, passphrase))) throw new PlauschError('wrongPassphrase');
      await this.host.checkWritable();
      await this.host.backupFirst();
      const turningOff = withState(keyFile, dataKey, 'turningOff');
      await writeKeyFile(this.host.fs, this.host.dir, turningOff);
      this.keyFile = turningOff;
      this.host.codec.sealKey = null;
      await this.finish();
    });
  }

  changePassphrase(current: string, next: string): Promise<void> {
    return this.rewrap(next, async (keyFile) => {
      const dataKey = await unwrapWithPassphrase(keyFile, current);
      if (!dataKey) throw new PlauschError('wrongPassphrase');
      return dataKey;
    });
  }

  /**
   * A new passphrase without the old one, for whoever forgot it: only where the key file holds a keychain wrap, which
   * is the way in that remains. Without one: `passphraseResetUnavailable`, and nothing changes.
   */
  resetPassphrase(next: string): Promise<void> {
    return this.rewrap(next, (keyFile) => {
      // The data key the journal was opened with (by the keychain, or the passphrase) is the one to wrap anew.
      if (keyFile.keychain === undefined || !this.dataKey) throw new PlauschError('passphraseResetUnavailable');
      return Promise.resolve(this.dataKey);
    });
  }

  /**
   * Wraps the data key that `dataKeyOf` gives (or refuses with) with the passphrase `next`, in the store's queue: only
   * the key file changes, written atomically, so the data key, and with it every sealed file, stays as it is.
   */
  private rewrap(next: string, dataKeyOf: (keyFile: KeyFile) => Promise<Buffer>): Promise<void> {
    try {
      if (!this.keyFile) throw new PlauschError('encryptionUnchanged', { on: false });
      checkPassphraseLength(next);
    } catch (error) {
      return Promise.reject(error);
    }
    return this.host.exclusive(async () => {
      const { keyFile } = this;
      if (!keyFile) throw new PlauschError('encryptionUnchanged', { on: false });
      const dataKey = await dataKeyOf(keyFile);
      const changed = await withPassphrase(keyFile, dataKey, next, this.host.keyDerivation);
      await writeKeyFile(this.host.fs, this.host.dir, changed);
      this.keyFile = changed;
    });
  }

  async checkPassphrase(passphrase: string): Promise<boolean> {
    return this.keyFile !== null && (await unwrapWithPassphrase(this.keyFile, passphrase)) !== null;
  }

  /** Finishes a switch a crash cut off (the codec was prepared for it by `prepareCodec`). */
  resume(): Promise<void> {
    return this.host.exclusive(async () => {
      if (!this.keyFile || !this.dataKey) return;
      this.host.log.warn('store: finishing a switch of encryption that was cut off', { state: this.keyFile.state });
      this.keyFile = withState(this.keyFile, this.dataKey, this.host.codec.on ? 'turningOn' : 'turningOff');
      await this.finish();
    });
  }

  private async finish(): Promise<void> {
    const { fs, dir, codec, log } = this.host;
    const { keyFile, dataKey } = this;
    if (!keyFile || !dataKey) return;
    await this.host.rewriteJournal();
    const unopened = await convertJournalFiles(fs, dir, codec);
    if (unopened.length > 0) log.warn('store: sealed files that do not open were left as they are', { files: unopened });
    if (codec.on) {
      const on = withState(keyFile, dataKey, 'on');
      await writeKeyFile(fs, dir, on);
      this.keyFile = on;
      return;
    }
    await fs.unlink(keyFilePath(dir));
    await syncDir(fs, dir);
    this.keyFile = null;
    this.dataKey = null;
    codec.openKey = null;
  }
}
