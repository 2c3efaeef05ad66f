// Data in and out of the journal: imports with a preview, exports in the formats address books and calendars read,
// and the backups. Plain Node over the store, like every service; the CLI uses it as the app does.
import { join } from 'node:path';
import { PlauschError } from '../../../../shared/errors';
import type { Language } from '../../../../shared/model';
import { MAX_IMPORT_BYTES, type ExportFile, type ExportFormat } from '../../../../shared/transfer';
import { currentSchemaVersion } from '../../store/document';
import type { JournalStore } from '../../store/types';
import type { Clock } from '../clock';
import { compareContacts } from '../contacts';
import type { JournalWriter } from '../journal-writer';
import type { PhotosService } from '../photos';
import type { UndoLedger } from '../undo';
import { createBackups } from './backups';
import { contactsToCsv } from './export-csv';
import { contactsToIcs } from './export-ics';
import { contactsToVcards } from './export-vcard';
import { createImports } from './import-preview';
import { parseInThisThread, type ImportParser } from './parse-import';
import { parseInWorker } from './parse-in-worker';

interface TransferDeps {
  store: JournalStore;
  clock: Clock;
  writer: JournalWriter;
  undo: UndoLedger;
  dataDir: string;
  systemLanguage: string;
  /** Where contacts' photos are kept: vCard imports bring them, vCard exports carry them. None in some tests. */
  photos?: Pick<PhotosService, 'attachImported' | 'bytesOf'>;
  /** How an import file is parsed: by default as the bundle ships it (bundledImportParser). */
  parseImport?: ImportParser;
}

/**
 * Each bundle (the app, the CLI, the browser shell) builds the parser's worker beside itself and names it at build
 * time (import-worker-build.mjs). Run from source, as the unit tests run it, there is no built worker: the parser
 * runs in this thread.
 */
function bundledImportParser(): ImportParser {
  const workerFile = process.env.PLAUSCH_IMPORT_WORKER;
  return workerFile ? parseInWorker(join(__dirname, workerFile)) : parseInThisThread;
}

/** The photos of a complete backup: contact id to the photo's bytes in base64. */
function photosAsBase64(photos: ReadonlyMap<string, Uint8Array>): Record<string, string> {
  return Object.fromEntries([...photos].map(([id, bytes]) => [id, Buffer.from(bytes).toString('base64')]));
}

/** The bytes of an uploaded file; base64 is checked strictly, because Buffer.from would skip what it cannot read. */
export function importBytes(content: string, encoding: 'text' | 'base64'): Uint8Array {
  if (encoding === 'text') return new TextEncoder().encode(content);
  const compact = content.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4 === 1) throw new PlauschError('importUnreadable');
  if ((compact.length * 3) / 4 > MAX_IMPORT_BYTES + 3) {
    throw new PlauschError('importTooLarge', { limit: MAX_IMPORT_BYTES, size: Math.floor((compact.length * 3) / 4), unit: 'bytes' });
  }
  return Buffer.from(compact, 'base64');
}

export function createTransfer({ store, clock, writer, undo, photos, dataDir, systemLanguage, parseImport = bundledImportParser() }: TransferDeps) {
  const imports = createImports({ store, clock, writer, undo, parse: parseImport, ...(photos ? { photos } : {}) });
  const backups = createBackups({ store, clock, writer, dataDir, language: () => languageOf(), ...(photos ? { photos } : {}) });

  function languageOf(requested?: Language): Language {
    if (requested) return requested;
    const chosen = store.settings.language;
    if (chosen !== 'system') return chosen;
    return systemLanguage.toLowerCase().startsWith('de') ? 'de' : 'en';
  }

  return {
    preview: imports.preview,
    cancelImport: imports.cancel,
    confirmImport(importId: string, choices: Parameters<typeof imports.confirm>[1], relations: Parameters<typeof imports.confirm>[3] = []) {
      return imports.confirm(importId, choices, () => store.backupNow('pre-import'), relations);
    },
    backups,

    /** The export as the window saves it: vCards and the complete backup carry the photos, read from their files first. */
    async exportFile(format: ExportFormat, requestedLanguage?: Language): Promise<ExportFile> {
      const withPhotos = photos && (format === 'vcard' || format === 'vcard3' || format === 'json');
      return this.export(format, requestedLanguage, withPhotos ? await photos.bytesOf(store.contacts.keys()) : undefined);
    },

    /** `contactPhotos`: the photos a vCard export or the complete backup embeds, by contact id (exportFile reads them). */
    export(format: ExportFormat, requestedLanguage?: Language, contactPhotos?: ReadonlyMap<string, Uint8Array>): ExportFile {
      const language = languageOf(requestedLanguage);
      const today = clock.today();
      const contacts = [...store.contacts.values()].sort(compareContacts);
      switch (format) {
        case 'json':
          return {
            fileName: `plausch-backup-${today}.json`,
            mimeType: 'application/json',
            content: JSON.stringify(
              {
                schemaVersion: currentSchemaVersion,
                contacts,
                interactions: [...store.interactions.values()],
                coach: [...store.coach.values()],
                settings: store.settings,
                walSeq: 0,
                // Beside the journal's document, which a restore reads as it is; restoreFromText puts them back.
                ...(contactPhotos ? { photos: photosAsBase64(contactPhotos) } : {}),
              },
              null,
              1,
            ),
          };
        case 'csv':
          return { fileName: `plausch-contacts-${today}.csv`, mimeType: 'text/csv', content: contactsToCsv(contacts, language) };
        case 'vcard':
        case 'vcard3':
          return {
            fileName: `plausch-contacts-${today}${format === 'vcard3' ? '-outlook' : ''}.vcf`,
            mimeType: 'text/vcard',
            content: contactsToVcards(contacts, format === 'vcard' ? '4.0' : '3.0', language, contactPhotos),
          };
        case 'ics':
          return {
            fileName: `plausch-occasions-${today}.ics`,
            mimeType: 'text/calendar',
            content: contactsToIcs(contacts, { language, now: clock.now(), today }),
          };
      }
    },
  };
}

export type TransferService = ReturnType<typeof createTransfer>;
