// Privacy self-service for the people in the journal (GDPR): what is stored about one person, as one readable file
// (Art. 15). Spread into the contract (contract.ts).
import { z } from 'zod';
import { channel } from './channel';
import { idSchema, languages } from './model';
import type { ExportFile } from './transfer';
import type { EncryptionState, ForgetPreview, ForgetReport, RetentionProposal } from './privacy';

/** A passphrase as it comes in; its length is judged by the service, which answers `passphraseTooShort`. */
const passphraseSchema = z.string().max(1024);

/** A person's report as data to keep (`json`) or as a page to print or hand over (`html`). */
export const personReportFormats = ['json', 'html'] as const;
export type PersonReportFormat = (typeof personReportFormats)[number];

export const privacyChannels = {
  /** Everything stored about one contact, as one file in `language`; writes nothing. */
  'privacy:personReport': channel<ExportFile>()(
    z.object({ contactId: idSchema, format: z.enum(personReportFormats), language: z.enum(languages) }).strict(),
  ),
  /** What forgetting the contact would remove; writes nothing. */
  'privacy:forgetPreview': channel<ForgetPreview>()(z.object({ contactId: idSchema }).strict()),
  /**
   * Deletes the person everywhere (Art. 17): the contact, their place in shared encounters, favours, gifts, campaigns,
   * events, groups, plans, their photo, and the backups, which are rewritten. Cannot be undone.
   */
  'privacy:forget': channel<ForgetReport>()(z.object({ contactId: idSchema, confirm: z.literal(true) }).strict()),
  /** Archived people untouched for `settings.retentionYears`; empty while retention is off. */
  'privacy:retention': channel<RetentionProposal[]>()(z.object({}).strict()),
} as const;

/** Encryption at rest and the app lock. Spread into the contract beside the channels above. */
export const encryptionChannels = {
  'privacy:encryptionState': channel<EncryptionState>()(z.object({}).strict()),
  /** Encrypts the whole data folder (a backup first); the passphrase is the way in everywhere and the recovery path. */
  'privacy:encryptionOn': channel<EncryptionState>()(z.object({ passphrase: passphraseSchema }).strict()),
  /** Decrypts the whole data folder; the passphrase confirms it is the user. */
  'privacy:encryptionOff': channel<EncryptionState>()(z.object({ passphrase: passphraseSchema }).strict()),
  'privacy:changePassphrase': channel<EncryptionState>()(z.object({ current: passphraseSchema, next: passphraseSchema }).strict()),
  /**
   * A new passphrase without the old one (it was forgotten): only while the journal is open and this computer's
   * keychain holds the data key (`EncryptionState.keychain`); otherwise `passphraseResetUnavailable`, nothing changed.
   */
  'privacy:resetPassphrase': channel<EncryptionState>()(z.object({ next: passphraseSchema }).strict()),
  /** Unlocks the windows (or, at start, the journal) with the passphrase; `wrongPassphrase` changes nothing. */
  'privacy:unlock': channel<EncryptionState>()(z.object({ passphrase: passphraseSchema }).strict()),
  /** Locks the windows now (with encryption on); they unlock with the passphrase or the system. */
  'privacy:lockNow': channel<EncryptionState>()(z.object({}).strict()),
} as const;
