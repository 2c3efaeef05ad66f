// An import in two steps: the preview reads the file and says what would be created, updated and skipped, with
// every duplicate and a merge choice for it; nothing is written until the user confirms. Confirming takes a backup,
// writes the whole import as one commit and hands back one undo token for all of it.
import { randomUUID } from 'node:crypto';
import { PlauschError } from '../../../../shared/errors';
import { contactSchema, displayName, type Contact, type ContactInput, type ContactRelation } from '../../../../shared/model';
import type { DuplicateReason, ImportItem, ImportPreview, ImportProblem, ImportReceipt, MergeAction } from '../../../../shared/transfer';
import type { Change, JournalStore } from '../../store/types';
import type { Clock } from '../clock';
import type { PhotosService } from '../photos';
import type { JournalWriter } from '../journal-writer';
import { withoutUndefined } from '../records';
import { fold } from '../search-text';
import type { UndoLedger } from '../undo';
import type { Candidate } from './candidate';
import { changedFields, mergeContact } from './merge-contact';
import { createRelationClassifier, domainGroupsOf } from './classify-relations';
import type { ImportParser, ParsedImport } from './parse-import';

/** How long a preview waits for its confirmation. */
const PREVIEW_TTL_MS = 30 * 60_000;
/** Problems that keep a record out of the import (the others only change it). */
const LEFT_OUT = new Set<ImportProblem['code']>(['noName', 'unreadableRecord', 'incompleteRecord', 'duplicateInFile']);
/** Previews kept at once; the oldest goes first. */
const MAX_PENDING = 5;

const nameKey = (c: Pick<ContactInput, 'firstName' | 'lastName' | 'organisation'>) =>
  `${fold(c.firstName ?? '')}|${fold(c.lastName ?? '')}|${fold(c.organisation ?? '')}`;

interface PendingImport {
  preview: ImportPreview;
  /** The file's photos by record number; they stay here, out of the preview the window receives. */
  photos: Map<number, Uint8Array>;
  expiresAt: number;
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
    const classifier = createRelationClassifier(
      store.settings.ownEmailDomains,
      parsed.candidates.map((candidate) => candidate.contact.emails ?? []),
    );
    for (const parsedCandidate of parsed.candidates) {
      const emails = parsedCandidate.contact.emails ?? [];
      const domain = classifier.groupOf(emails);
      // A file that says intern or extern (LinkedIn, XING, Plausch's own export) is believed; else the addresses decide.
      const relation = parsedCandidate.contact.relation ?? classifier.relationOf(emails);
      const candidate = { ...parsedCandidate, contact: { ...parsedCandidate.contact, relation } };
      const inFileKeys = [nameKey(candidate.contact), ...(candidate.contact.emails ?? []).map((e) => e.toLowerCase())];
      if (inFileKeys.some((key) => seenInFile.has(key))) {
        problems.push({ record: candidate.record, code: 'duplicateInFile' });
        continue;
      }
      inFileKeys.forEach((key) => seenInFile.add(key));
      const duplicate = findDuplicate(candidate, byEmail, byName);
      const index = items.length;
      if (!duplicate) {
        items.push({ index, record: candidate.record, domain, contact: candidate.contact, action: 'create' });
        continue;
      }
      const changed = changedFields(duplicate.contact, mergeContact(duplicate.contact, candidate.contact));
      items.push({
        index,
        record: candidate.record,
        domain,
        contact: candidate.contact,
        action: changed.length ? 'update' : 'skip',
        duplicate: { contactId: duplicate.contact.id, name: displayName(duplicate.contact), reason: duplicate.reason, changedFields: changed },
      });
    }
    const count = (action: MergeAction) => items.filter((item) => item.action === action).length;
    return {
      importId: randomUUID(),
      format: parsed.format,
      items,
      domainGroups: domainGroupsOf(
        items.filter((item) => !item.duplicate).map((item) => ({ domain: item.domain, relation: item.contact.relation ?? 'external' })),
        classifier,
      ),
      problems: problems.sort((a, b) => a.record - b.record),
      counts: {
        create: count('create'),
        update: count('update'),
        skip: count('skip'),
        duplicates: items.filter((item) => item.duplicate).length,
        rejected: new Set(problems.filter((p) => LEFT_OUT.has(p.code)).map((p) => p.record)).size,
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

  return {
    async preview(bytes: Uint8Array, fileName = ''): Promise<ImportPreview> {
      const parsed = await parse(bytes, fileName);
      const preview = plan(parsed);
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
      const backupFile = await backupNow();
      /** Where each record of the file went, for its photo; an existing contact keeps a photo it has. */
      const placed: { record: number; contactId: string }[] = [];
      const receipt = await writer.write(() => {
        const now = clock.now().toISOString();
        const created: Contact[] = [];
        const replaced: { before: Contact; after: Contact }[] = [];
        let skipped = 0;
        for (const item of entry.preview.items) {
          const action = actions.get(item.index) ?? item.action;
          const existing = item.duplicate ? store.contacts.get(item.duplicate.contactId) : undefined;
          if (action === 'update' && existing) {
            placed.push({ record: item.record, contactId: existing.id });
            const merged = { ...mergeContact(existing, item.contact), updatedAt: now };
            if (changedFields(existing, merged).length === 0) skipped += 1;
            else replaced.push({ before: existing, after: contactSchema.parse(merged) });
          } else if (action === 'create' || (action === 'update' && !existing)) {
            const relation = relationByGroup.get(item.domain) ?? item.contact.relation;
            created.push(withoutUndefined(contactSchema.parse({ ...item.contact, relation, id: randomUUID(), archived: false, createdAt: now, updatedAt: now })));
            placed.push({ record: item.record, contactId: (created.at(-1) as Contact).id });
          } else {
            skipped += 1;
          }
        }
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
