// Privacy self-service for the people in the journal (GDPR): a request for access (Art. 15) gets everything stored
// about one person, as one file to keep (JSON) or to print and hand over (HTML); erasure (Art. 17) forgets the person
// everywhere (forget.ts); retention proposes archived people untouched for years (retention.ts).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { PersonReportFormat } from '../../../../shared/privacy-contract';
import { displayName, type Language } from '../../../../shared/model';
import type { ExportFile } from '../../../../shared/transfer';
import type { JournalStore } from '../../store/types';
import type { Clock } from '../clock';
import type { JournalWriter } from '../journal-writer';
import type { UndoLedger } from '../undo';
import { createForget } from './forget';
import { retentionProposals } from './retention';
import { photosDir } from '../photos';
import { collectPersonData } from './person-data';
import { personReportHtml } from './report-html';
import { personReportJson } from './report-json';
import { reportWords } from './report-words';
import { reportFileName } from './report-file-name';

export interface PrivacyDeps {
  store: JournalStore;
  clock: Clock;
  appVersion: string;
  /**
   * Whether a photo of the contact is stored (photos live in files of their own, beside the journal). Without it the
   * report says no photo is stored.
   */
  hasPhoto?: (contactId: string) => boolean;
  writer: JournalWriter;
  undo: Pick<UndoLedger, 'clear'>;
  /** Deletes a contact's photo for good (photos service); without photos there is nothing to delete. */
  erasePhoto?: (contactId: string) => Promise<boolean>;
}

/** Whether `<data>/photos/<contact id>.photo` is there; read as the report is made, so it is never out of date. */
export function photoOnDisk(dataDir: string): (contactId: string) => boolean {
  return (contactId) => existsSync(join(photosDir(dataDir), `${contactId}.photo`));
}

export function createPrivacy({ store, clock, appVersion, hasPhoto = () => false, writer, undo, erasePhoto = () => Promise.resolve(false) }: PrivacyDeps) {
  const forget = createForget({ store, clock, writer, undo, hasPhoto, erasePhoto });
  return {
    ...forget,
    /** Archived people untouched for `settings.retentionYears`, the longest untouched first; none while it is unset. */
    retentionProposals: () => retentionProposals(store, clock),

    /** Everything stored about one contact in `language`; `notFound` for an id the journal does not hold. */
    personReport({ contactId, format, language }: { contactId: string; format: PersonReportFormat; language: Language }): ExportFile {
      const data = collectPersonData(store, contactId, hasPhoto(contactId));
      const words = reportWords(language);
      const today = clock.today();
      const header = { language, generatedAt: clock.now().toISOString(), appVersion };
      const fileName = reportFileName(words.fileNamePrefix, displayName(data.contact), today, format);
      return format === 'json'
        ? { fileName, mimeType: 'application/json', content: personReportJson(data, words, header) }
        : { fileName, mimeType: 'text/html', content: personReportHtml(data, words, { ...header, today }) };
    },
  };
}

export type PrivacyService = ReturnType<typeof createPrivacy>;
