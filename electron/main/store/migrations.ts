// The upgrade path for data files written by earlier versions. Each step is pure: it gets the document of
// version `from` as plain JSON and returns the document of version `from + 1`. Fields a step does not set are
// filled from the schema defaults when the result is validated.
import { currentSchemaVersion } from './document';

export type RawDocument = Record<string, unknown>;

/** What a step may need besides the document; passed in so the steps stay pure. */
export interface MigrationContext {
  /** ISO instant of the migration, for timestamps the old format did not have. */
  now: string;
}

export interface Migration {
  from: number;
  migrate(doc: RawDocument, context: MigrationContext): RawDocument;
}

type RawRecord = Record<string, unknown>;

function records(value: unknown): RawRecord[] {
  return Array.isArray(value) ? value.filter((item): item is RawRecord => typeof item === 'object' && item !== null) : [];
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/** "Anna Maria Müller" becomes first name "Anna Maria" and last name "Müller"; a single word stays a first name. */
export function splitName(name: string): { firstName: string; lastName: string } {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  const lastSpace = trimmed.lastIndexOf(' ');
  if (lastSpace < 0) return { firstName: trimmed, lastName: '' };
  return { firstName: trimmed.slice(0, lastSpace), lastName: trimmed.slice(lastSpace + 1) };
}

/**
 * Version 1, the first prototype: a contact had one `name`, a `company`, at most one `email` and `phone`;
 * an interaction belonged to exactly one `contactId`; timestamps were optional.
 */
const splitNamesAndLinkSeveralContacts: Migration = {
  from: 1,
  migrate(doc, { now }) {
    const contacts = records(doc.contacts).map(({ name, company, email, phone, ...rest }) => {
      const email1 = text(email);
      const phone1 = text(phone);
      return {
        ...rest,
        ...splitName(text(name)),
        organisation: text(company),
        emails: email1 ? [email1] : [],
        phones: phone1 ? [phone1] : [],
        createdAt: typeof rest.createdAt === 'string' ? rest.createdAt : now,
        updatedAt: typeof rest.updatedAt === 'string' ? rest.updatedAt : now,
      };
    });
    const interactions = records(doc.interactions).map(({ contactId, ...rest }) => ({
      ...rest,
      contactIds: typeof contactId === 'string' ? [contactId] : [],
      createdAt: typeof rest.createdAt === 'string' ? rest.createdAt : now,
      updatedAt: typeof rest.updatedAt === 'string' ? rest.updatedAt : now,
    }));
    const settings = typeof doc.settings === 'object' && doc.settings !== null ? doc.settings : {};
    return { ...doc, schemaVersion: 2, contacts, interactions, settings, walSeq: typeof doc.walSeq === 'number' ? doc.walSeq : 0 };
  },
};

/**
 * Version 3 changed where the interactions are kept (one history file per year), not what they hold: as a document
 * it is version 2 under a new number. The number changed so that an older Plausch refuses the new layout instead of
 * taking a main file without interactions for a damaged one.
 */
const moveInteractionsIntoYearFiles: Migration = {
  from: 2,
  migrate: (doc) => ({ ...doc, schemaVersion: 3 }),
};

/** Ordered by `from`; the last step ends at `currentSchemaVersion`. */
export const migrations: readonly Migration[] = [splitNamesAndLinkSeveralContacts, moveInteractionsIntoYearFiles];

/** Runs every step from the document's version up to the current one. */
export function migrate(doc: RawDocument, fromVersion: number, context: MigrationContext): RawDocument {
  let result = doc;
  for (let version = fromVersion; version < currentSchemaVersion; version += 1) {
    const step = migrations.find((candidate) => candidate.from === version);
    if (!step) throw new RangeError(`no migration from schema version ${version}`);
    result = step.migrate(result, context);
  }
  return result;
}
