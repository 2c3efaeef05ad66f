// The command line and an encrypted data folder: `plausch encrypt`, `plausch decrypt`, and the passphrase every other
// command needs there. It comes from PLAUSCH_PASSPHRASE, or is asked for without echo when the command runs in a
// terminal; it is asked for once per command, however often the command opens the folder.
import { PlauschError } from '../../shared/errors';
import { checkPassphraseLength } from '../main/store/encryption/folder-encryption';
import type { ScryptParams } from '../main/store';
import { isEncryptedFolder } from '../main/store';
import type { JournalStore, Unlock } from '../main/store/types';
import { say, type Lang, type MessageKey } from './messages';

export interface PassphraseIo {
  env: NodeJS.ProcessEnv;
  out(line: string): void;
  /** Asks in the terminal without echo; absent when the command does not run in one (a script, a test). */
  askPassphrase?(prompt: string): Promise<string>;
  /** The cost of deriving a key from a new passphrase; tests pass a cheap one. */
  keyDerivation?: ScryptParams;
}

const PASSPHRASE_VARIABLE = 'PLAUSCH_PASSPHRASE';

/** A failure of these commands: its message and the command line's exit status for it. */
export class EncryptionCommandFailure extends Error {
  constructor(
    readonly key: MessageKey,
    readonly usage: boolean,
  ) {
    super(key);
  }
}

const asked = new WeakMap<PassphraseIo, Promise<Unlock | undefined>>();

/** How to unlock the folder for this command: nothing for a plain folder; `{}` when no passphrase can be had. */
export function unlockFor(dataDir: string, io: PassphraseIo, lang: Lang): Promise<Unlock | undefined> {
  let unlock = asked.get(io);
  if (!unlock) {
    unlock = (async () => {
      if (!(await isEncryptedFolder(dataDir))) return undefined;
      const passphrase = io.env[PASSPHRASE_VARIABLE] ?? (io.askPassphrase ? await io.askPassphrase(say(lang, 'passphrasePrompt')) : undefined);
      return passphrase === undefined ? {} : { passphrase };
    })();
    asked.set(io, unlock);
  }
  return unlock;
}

/** A new passphrase: from the environment, or typed twice in the terminal. */
async function newPassphrase(io: PassphraseIo, lang: Lang): Promise<string> {
  const fromEnv = io.env[PASSPHRASE_VARIABLE];
  if (fromEnv !== undefined) return fromEnv;
  if (!io.askPassphrase) throw new EncryptionCommandFailure('passphraseNeeded', true);
  const first = await io.askPassphrase(say(lang, 'passphraseNewPrompt'));
  const second = await io.askPassphrase(say(lang, 'passphraseRepeatPrompt'));
  if (first !== second) throw new EncryptionCommandFailure('passphraseMismatch', true);
  return first;
}

type WithStore = (task: (store: JournalStore) => Promise<number>) => Promise<number>;

/** `plausch encrypt`: encrypts the folder (a backup first); `encryptionUnchanged` when it is already. */
export async function encryptFolder(dataDir: string, io: PassphraseIo, lang: Lang, withStore: WithStore): Promise<number> {
  if (await isEncryptedFolder(dataDir)) throw new PlauschError('encryptionUnchanged', { on: true });
  const passphrase = await newPassphrase(io, lang);
  // Refused before the folder is opened, which would already tidy it up.
  checkPassphraseLength(passphrase);
  return withStore(async (store) => {
    await store.encryption.turnOn(passphrase);
    io.out(say(lang, 'encrypted', { dir: dataDir }));
    return 0;
  });
}

/** `plausch decrypt`: decrypts the folder with its passphrase; `encryptionUnchanged` when it is not encrypted. */
export async function decryptFolder(dataDir: string, io: PassphraseIo, lang: Lang, withStore: WithStore): Promise<number> {
  const unlock = await unlockFor(dataDir, io, lang);
  if (!unlock) throw new PlauschError('encryptionUnchanged', { on: false });
  return withStore(async (store) => {
    await store.encryption.turnOff(unlock.passphrase ?? '');
    io.out(say(lang, 'decrypted', { dir: dataDir }));
    return 0;
  });
}

/** Reads a passphrase in the terminal without showing it; Ctrl-C stops the command. */
export function askInTerminal(prompt: string): Promise<string> {
  const stdin = process.stdin;
  process.stderr.write(prompt);
  return new Promise((resolve, reject) => {
    let typed = '';
    const done = (finish: () => void) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      process.stderr.write('\n');
      finish();
    };
    const onData = (chunk: Buffer) => {
      for (const char of chunk.toString('utf8')) {
        if (char === '\r' || char === '\n') return done(() => resolve(typed));
        if (char === '\u0003') return done(() => reject(new Error('interrupted')));
        if (char === '\u007f' || char === '\b') typed = [...typed].slice(0, -1).join('');
        else typed += char;
      }
    };
    stdin.setRawMode(true);
    stdin.resume();
    stdin.on('data', onData);
  });
}
