// Issue 18's budgets with encryption on: saving one quick-log entry (p95 ≤ 30 ms) and opening the main file
// (≤ 300 ms), each next to the same figure on the same journal unencrypted, measured in the same run. The encrypted
// folder is opened as the desktop app opens it, with the keychain; opening with the passphrase adds the key
// derivation at the cost the key file stores, which is shown on its own.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fixedClock } from '../../electron/main/services/clock';
import { openStore, openStoreEarly } from '../../electron/main/store';
import { defaultScryptParams, type ScryptParams } from '../../electron/main/store/encryption/key-file';
import type { KeyProtector, Unlock } from '../../electron/main/store/types';
import { BENCH_NOW, openServices, percentile, round, seedJournal, timeSaves } from './bench-core';
import { syntheticJournal } from './synthetic-journal';

export interface EncryptionSide {
  /** Until the store hands over the main file (the app starts its windows). */
  loadMs: number;
  /** Until every year of interactions is in memory as well. */
  historyMs: number;
  saveP50: number;
  saveP95: number;
}

export interface EncryptionFigures {
  plain: EncryptionSide;
  encrypted: EncryptionSide;
  /** Opening the encrypted main file with the passphrase instead of the keychain: the key derivation included. */
  passphraseLoadMs: number;
  /** Turning encryption on for the whole journal (backup, every file sealed). */
  switchOnMs: number;
  scrypt: ScryptParams;
  saves: number;
}

const PASSPHRASE = 'Benchmark-Kennwort 2026';

/** Stands in for the operating system's keychain (Electron's safeStorage), whose own cost is not Plausch's. */
const keychain: KeyProtector = {
  protect: (key) => Buffer.from(key.map((byte) => byte ^ 0xa5)),
  unprotect: (wrapped) => Buffer.from(wrapped.map((byte) => byte ^ 0xa5)),
};

async function side(dir: string, saves: number, unlock?: Unlock): Promise<EncryptionSide> {
  const { store, services, loadMs, historyMs } = await openServices(dir, unlock);
  // As in the main figures: saves are timed once the search index is built, not while it is built beside them.
  await services.search.whenReady();
  const times = await timeSaves(services, store, saves);
  await store.close();
  return { loadMs: round(loadMs), historyMs: round(historyMs), saveP50: round(percentile(times, 50)), saveP95: round(percentile(times, 95)) };
}

export async function encryptionFigures(options: { contacts: number; interactions: number; saves?: number; log?: (line: string) => void }): Promise<EncryptionFigures> {
  const log = options.log ?? (() => undefined);
  const saves = options.saves ?? 100;
  const dir = await mkdtemp(join(tmpdir(), 'plausch-bench-encryption-'));
  try {
    log(`encryption: generating ${options.contacts} contacts and ${options.interactions} interactions`);
    await seedJournal(dir, syntheticJournal(options));
    log('encryption: plain load and saves');
    const plain = await side(dir, saves);
    log('encryption: turning it on');
    const store = await openStore({ dir, clock: fixedClock(BENCH_NOW) });
    const switchStart = performance.now();
    await store.encryption.turnOn(PASSPHRASE, keychain);
    const switchOnMs = performance.now() - switchStart;
    await store.close();
    log('encryption: encrypted load and saves');
    const encrypted = await side(dir, saves, { protector: keychain });
    log('encryption: load with the passphrase');
    const start = performance.now();
    const withPassphrase = await openStoreEarly({ dir, clock: fixedClock(BENCH_NOW), unlock: { passphrase: PASSPHRASE } });
    const passphraseLoadMs = performance.now() - start;
    await withPassphrase.complete;
    await withPassphrase.close();
    return { plain, encrypted, passphraseLoadMs: round(passphraseLoadMs), switchOnMs: round(switchOnMs), scrypt: defaultScryptParams, saves };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const ratio = (value: number, plain: number) => (plain > 0 ? `${(value / plain).toFixed(2)}× plain` : '');

/** Table rows: each encrypted figure with its budget, the plain one as its baseline. */
export function encryptionRows(figures: EncryptionFigures): [string, string, string, string, string][] {
  const { plain, encrypted } = figures;
  return [
    ['save p50 (encryption on)', `${encrypted.saveP50} ms`, '', `${plain.saveP50} ms`, ratio(encrypted.saveP50, plain.saveP50)],
    ['save p95 (encryption on)', `${encrypted.saveP95} ms`, '≤ 30 ms', `${plain.saveP95} ms`, ratio(encrypted.saveP95, plain.saveP95)],
    ['load (main file, encryption on, keychain)', `${encrypted.loadMs} ms`, '≤ 300 ms', `${plain.loadMs} ms`, ratio(encrypted.loadMs, plain.loadMs)],
    ['load (every year read, encryption on)', `${encrypted.historyMs} ms`, '', `${plain.historyMs} ms`, ratio(encrypted.historyMs, plain.historyMs)],
    ['load (main file, encryption on, passphrase)', `${figures.passphraseLoadMs} ms`, '', `${plain.loadMs} ms`, ratio(figures.passphraseLoadMs, plain.loadMs)],
  ];
}

export function encryptionNote(figures: EncryptionFigures): string {
  const { N, r, p } = figures.scrypt;
  return `encryption: AES-256-GCM; baseline = the same journal unencrypted, same run; ${figures.saves} saves each; the passphrase load includes scrypt (N=${N}, r=${r}, p=${p}); turning encryption on took ${figures.switchOnMs} ms`;
}
