// An import in two steps: the preview reads the file and says what would be created, updated and skipped, with
// every duplicate and a merge choice for it; nothing is written until the user confirms. Confirming takes a backup,
// writes the whole import as one commit and hands back one undo token for all of it. A file with nothing to import
// is refused at the preview; an import that would change nothing writes nothing and takes no backup.
import { randomUUID } from 'node:crypto';
import { PlauschError } from '../../../../shared/errors';
import { contactSchema, displayName, type Contact, type ContactInput, type ContactRelation } from '../../../../shared/model';
import {
  leftOutProblemCodes,
  type DuplicateReason,
  type ImportItem,
  type ImportPreview,
  type ImportProblem,
  type ImportReceipt,
  type LeftOutProblemCode,
  type MergeAction,
} from '../../../../shared/transfer';
import type { Change, JournalStore } from '../../store/types';
import type { Clock } from '../clock';
import type { PhotosService } from '../photos';
import type { JournalWriter } from '../journal-writer';
import { withoutUndefined } from '../records';
import { fold } from '../search-text';
import type { UndoLedger } from '../undo';
import type { Candidate } from './candidate';
import { introducerResolver } from './introducers';
import { changedFields, mergeContact } from './merge-contact';
import { createRelationClassifier, domainGroupsOf } from './classify-relations';
import type { ImportParser, ParsedImport } from './parse-import';

/** How long a preview waits for its confirmation. */
const PREVIEW_TTL_MS = 30 * 60_000;
const LEFT_OUT = new Set<ImportProblem['code']>(leftOutProblemCodes);
const isLeftOut = (problem: ImportProblem): problem is ImportProblem & { code: LeftOutProblemCode } => LEFT_OUT.has(problem.code);
/** Previews kept at once; the oldest goes first. */
const MAX_PENDING = 5;

/** Why the records of a file were left out, by reason, most frequent first; a record counts once, for its first reason. */
function leftOutByReason(problems: readonly ImportProblem[]): { code: LeftOutProblemCode; records: number }[] {
  const reasonOf = new Map<number, LeftOutProblemCode>();
  for (const problem of problems) if (isLeftOut(problem) && !reasonOf.has(problem.record)) reasonOf.set(problem.record, problem.code);
  const counts = new Map<LeftOutProblemCode, number>();
  for (const code of reasonOf.values()) counts.set(code, (counts.get(code) ?? 0) + 1);
  return [...counts].map(([code, records]) => ({ code, records })).sort((a, b) => b.records - a.records);
}

const nameKey = (c: Pick<ContactInput, 'firstName' | 'lastName' | 'organisation'>) =>
  `${fold(c.firstName ?? '')}|${fold(c.lastName ?? '')}|${fold(c.organisation ?? '')}`;

interface PendingImport {
  preview: ImportPreview;
  /** The file's photos by record number; they stay here, out of the preview the window receives. */
  photos: Map<number, Uint8Array>;
  expiresAt: number;
}

interface Outcome {
  created: Contact[];
  replaced: { before: Contact; after: Contact }[];
  /** Where each record of the file went, for its photo; an existing contact keeps a photo it has. */
  placed: { record: number; contactId: string }[];
  skipped: number;
}

interface ImportsDeps {
  store: JournalStore;
  clock: Clock;
  writer: JournalWriter;
  undo: UndoLedger;
  /** Reads the file: in a worker thread in the app, so a window never waits for it; in this thread in tests. */
  parse: ImportParser;
  /** Keeps the photos the file brings, once their contacts exist; without it, photos are not taken in. */
  photos?: Pick<PhotosService, 'attachImported'>;
}

export function createImports({ store, clock, writer, undo, parse, photos }: ImportsDeps) {
  const pending = new Map<string, PendingImport>();

  function findDuplicate(candidate: Candidate, byEmail: Map<string, Contact>, byName: Map<string, Contact>) {
    const sameId = candidate.sourceId ? store.contacts.get(candidate.sourceId) : undefined;
    if (sameId) return { contact: sameId, reason: 'sameId' as DuplicateReason };
    for (const email of candidate.contact.emails ?? []) {
      const match = byEmail.get(email.toLowerCase());
      if (match) return { contact: match, reason: 'sameEmail' as DuplicateReason };
    }
    const match = byName.get(nameKey(candidate.contact));
    return match ? { contact: match, reason: 'sameNameAndOrganisation' as DuplicateReason } : undefined;
  }

  function plan(parsed: ParsedImport): ImportPreview {
    const byEmail = new Map<string, Contact>();
    const byName = new Map<string, Contact>();
    for (const contact of store.contacts.values()) {
      for (const email of contact.emails) byEmail.set(email.toLowerCase(), contact);
      byName.set(nameKey(contact), contact);
    }
    const problems = [...parsed.problems];
    const seenInFile = new Set<string>();
    const items: ImportItem[] = [];
    /** Items whose relation the file gave rather than their addresses. */
    const stated = new Set<number>();
    const classifier = createRelationClassifier(
      store.settings.ownEmailDomains,
      parsed.candidates.map((candidate) => candidate.contact.emails ?? []),
    );
    for (const parsedCandidate of parsed.candidates) {
      const emails = parsedCandidate.contact.emails ?? [];
      const domain = classifier.groupOf(emails);
      // A file that says intern or extern (LinkedIn, XING, Plausch's own export) is believed; else the addresses decide.
      const relation = parsedCandidate.contact.relation ?? classifier.relationOf(emails);
      if (parsedCandidate.contact.relation) stated.add(items.length);
      const candidate = { ...parsedCandidate, contact: { ...parsedCandidate.contact, relation } };
      const inFileKeys = [nameKey(candidate.contact), ...(candidate.contact.emails ?? []).map((e) => e.toLowerCase())];
      if (inFileKeys.some((key) => seenInFile.has(key))) {
        problems.push({ record: candidate.record, code: 'duplicateInFile' });
        continue;
      }
      inFileKeys.forEach((key) => seenInFile.add(key));
      const duplicate = findDuplicate(candidate, byEmail, byName);
      const index = items.length;
      const carried = {
        ...(candidate.sourceId ? { sourceId: candidate.sourceId } : {}),
        ...(candidate.introducedBy ? { introducedBy: candidate.introducedBy } : {}),
        ...(candidate.archived ? { archived: true } : {}),
      };
      if (!duplicate) {
        items.push({ index, record: candidate.record, domain, contact: candidate.contact, action: 'create', ...carried });
        continue;
      }
      const changed = changedFields(duplicate.contact, mergeContact(duplicate.contact, candidate.contact));
      items.push({
        index,
        record: candidate.record,
        domain,
        contact: candidate.contact,
        action: changed.length ? 'update' : 'skip',
        ...carried,
        duplicate: { contactId: duplicate.contact.id, name: displayName(duplicate.contact), reason: duplicate.reason, changedFields: changed },
      });
    }
    const count = (action: MergeAction) => items.filter((item) => item.action === action).length;
    return {
      importId: randomUUID(),
      format: parsed.format,
      items,
      domainGroups: domainGroupsOf(
        items
          .filter((item) => !item.duplicate)
          .map((item) => ({ domain: item.domain, relation: item.contact.relation ?? 'external', stated: stated.has(item.index) })),
        classifier,
      ),
      problems: problems.sort((a, b) => a.record - b.record),
      counts: {
        create: count('create'),
        update: count('update'),
        skip: count('skip'),
        duplicates: items.filter((item) => item.duplicate).length,
        rejected: new Set(problems.filter(isLeftOut).map((p) => p.record)).size,
      },
    };
  }

  function dropExpired(now: number): void {
    for (const [id, entry] of pending) if (entry.expiresAt <= now) pending.delete(id);
  }

  /** The changes that take an import back, computed when the user asks: records changed since are left alone. */
  function undoImport(created: readonly Contact[], replaced: readonly { before: Contact; after: Contact }[]): Change[] {
    const referenced = new Set([...store.interactions.values()].flatMap((i) => i.contactIds));
    const unchanged = (contact: Contact) => store.contacts.get(contact.id)?.updatedAt === contact.updatedAt;
    return [
      ...created
        .filter((contact) => unchanged(contact) && !referenced.has(contact.id))
        .map((contact): Change => ({ op: 'delete', collection: 'contacts', id: contact.id })),
      ...replaced.filter(({ after }) => unchanged(after)).map(({ before }): Change => ({ op: 'put', collection: 'contacts', value: before })),
    ];
  }

  /** What confirming does with each item, against the journal as it is now. */
  function outcomeOf(
    items: readonly ImportItem[],
    actions: ReadonlyMap<number, MergeAction>,
    relationByGroup: ReadonlyMap<string, ContactRelation>,
    now: string,
  ): Outcome {
    const created: Contact[] = [];
    const replaced: { before: Contact; after: Contact }[] = [];
    const placed: { record: number; contactId: string }[] = [];
    let skipped = 0;
    for (const item of items) {
      const action = actions.get(item.index) ?? item.action;
      const existing = item.duplicate ? store.contacts.get(item.duplicate.contactId) : undefined;
      if (action === 'update' && existing) {
        placed.push({ record: item.record, contactId: existing.id });
        const merged = { ...mergeContact(existing, item.contact), updatedAt: now };
        if (changedFields(existing, merged).length === 0) skipped += 1;
        else replaced.push({ before: existing, after: contactSchema.parse(merged) });
      } else if (action === 'create' || (action === 'update' && !existing)) {
        const relation = relationByGroup.get(item.domain) ?? item.contact.relation;
        const archived = item.archived ?? false;
        const contact = withoutUndefined(contactSchema.parse({ ...item.contact, relation, id: randomUUID(), archived, createdAt: now, updatedAt: now }));
        created.push(contact);
        placed.push({ record: item.record, contactId: contact.id });
      } else {
        skipped += 1;
      }
    }
    withIntroducers(items, created, replaced, placed);
    return { created, replaced, placed, skipped };
  }

  /** Who introduced whom, once every record has its contact; a contact that already names an introducer keeps it. */
  function withIntroducers(items: readonly ImportItem[], created: Contact[], replaced: Outcome['replaced'], placed: Outcome['placed']): void {
    if (!items.some((item) => item.introducedBy)) return;
    const contactOfRecord = new Map(placed.map(({ record, contactId }) => [record, contactId]));
    const bySourceId = new Map(
      items.flatMap((item) => {
        const contactId = contactOfRecord.get(item.record);
        return item.sourceId && contactId ? [[item.sourceId, contactId] as const] : [];
      }),
    );
    const resolve = introducerResolver({ bySourceId, contacts: [...store.contacts.values(), ...created] });
    const introducerOf = new Map(
      items.flatMap((item) => {
        const contactId = contactOfRecord.get(item.record);
        const introducer = item.introducedBy && contactId ? resolve(item.introducedBy, contactId) : undefined;
        return introducer && contactId ? [[contactId, introducer] as const] : [];
      }),
    );
    created.forEach((contact, index) => {
      const introducedById = introducerOf.get(contact.id);
      if (introducedById && !contact.introducedById) created[index] = { ...contact, introducedById };
    });
    for (const entry of replaced) {
      const introducedById = introducerOf.get(entry.after.id);
      if (introducedById && !entry.after.introducedById) entry.after = { ...entry.after, introducedById };
    }
  }

  return {
    async preview(bytes: Uint8Array, fileName = ''): Promise<ImportPreview> {
      const parsed = await parse(bytes, fileName);
      const preview = plan(parsed);
      // Said before any preview is kept: a file of which nothing can be taken in is a failure, not "0 new".
      if (preview.items.length === 0) throw new PlauschError('importNothingToImport', { leftOut: leftOutByReason(preview.problems) });
      const filePhotos = new Map(parsed.candidates.flatMap((candidate) => (candidate.photo ? [[candidate.record, candidate.photo] as const] : [])));
      const now = clock.now().getTime();
      dropExpired(now);
      pending.set(preview.importId, { preview, photos: filePhotos, expiresAt: now + PREVIEW_TTL_MS });
      while (pending.size > MAX_PENDING) pending.delete(pending.keys().next().value as string);
      return preview;
    },

    cancel(importId: string): null {
      pending.delete(importId);
      return null;
    },

    async confirm(
      importId: string,
      choices: readonly { index: number; action: MergeAction }[],
      backupNow: () => Promise<string>,
      relations: readonly { domain: string; relation: ContactRelation }[] = [],
    ): Promise<ImportReceipt> {
      dropExpired(clock.now().getTime());
      const entry = pending.get(importId);
      if (!entry) throw new PlauschError('importExpired');
      const actions = new Map(entry.preview.items.map((item) => [item.index, item.action]));
      for (const { index, action } of choices) {
        const item = entry.preview.items[index];
        // Only a duplicate has a choice; a new record cannot be "updated".
        if (item && (item.duplicate || action !== 'update')) actions.set(index, action);
      }
      // The user's correction of a group applies to every new contact in it; existing contacts keep their relation.
      const relationByGroup = new Map(relations.map(({ domain, relation }) => [domain, relation]));
      pending.delete(importId);
      const outcome = (now: string) => outcomeOf(entry.preview.items, actions, relationByGroup, now);
      // Every record skipped, or an update that adds nothing: no backup for a write that would not happen.
      const planned = outcome(clock.now().toISOString());
      if (planned.created.length === 0 && planned.replaced.length === 0) return { created: 0, updated: 0, skipped: planned.skipped };
      const backupFile = await backupNow();
      let placed: Outcome['placed'] = [];
      // Worked out again under the writer: the journal may have changed while the backup was written.
      const receipt = await writer.write(() => {
        const { created, replaced, skipped, ...rest } = outcome(clock.now().toISOString());
        placed = rest.placed;
        const changes: Change[] = [
          ...created.map((value): Change => ({ op: 'put', collection: 'contacts', value })),
          ...replaced.map(({ after }): Change => ({ op: 'put', collection: 'contacts', value: after })),
        ];
        const undoToken = undo.remember(() => undoImport(created, replaced));
        return { changes, result: { created: created.length, updated: replaced.length, skipped, undoToken, backupFile } };
      });
      const withPhotos = placed.flatMap(({ record, contactId }) => {
        const bytes = entry.photos.get(record);
        return bytes ? [{ contactId, bytes }] : [];
      });
      if (photos && withPhotos.length > 0) await photos.attachImported(withPhotos);
      return receipt;
    },
  };
}

export type ImportsService = ReturnType<typeof createImports>;
