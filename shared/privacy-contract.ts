// Privacy self-service for the people in the journal (GDPR): what is stored about one person, as one readable file
// (Art. 15). Spread into the contract (contract.ts).
import { z } from 'zod';
import { channel } from './channel';
import { idSchema, languages } from './model';
import type { ExportFile } from './transfer';

/** A person's report as data to keep (`json`) or as a page to print or hand over (`html`). */
export const personReportFormats = ['json', 'html'] as const;
export type PersonReportFormat = (typeof personReportFormats)[number];

export const privacyChannels = {
  /** Everything stored about one contact, as one file in `language`; writes nothing. */
  'privacy:personReport': channel<ExportFile>()(
    z.object({ contactId: idSchema, format: z.enum(personReportFormats), language: z.enum(languages) }).strict(),
  ),
} as const;
