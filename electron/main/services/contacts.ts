// Contacts: the people in the journal. Deleting one also removes it from the interactions and introductions that
// mention it, and can be undone.
import { randomUUID } from 'node:crypto';
import type { ChannelPayload } from '../../../shared/contract';
import { contactSchema, type Contact, type Interaction } from '../../../shared/model';
import type { ContactDetail, UndoReceipt } from '../../../shared/views';
import type { Change, JournalStore } from '../store/types';
import type { Clock } from './clock';
import type { JournalWriter } from './journal-writer';
import type { KeepInTouchService } from './keep-in-touch';
import type { ReciprocityService } from './reciprocity';
import { createInteractionIndex, type InteractionIndex } from './interaction-index';
import { namesOf, requireContact, unknownContact, withoutUndefined } from './records';
import type { UndoLedger } from './undo';
import { parseOrInvalid } from './validation';

export type ContactFields = ChannelPayload<'contacts:create'>;

interface ContactsDeps {
  store: JournalStore;
  clock: Clock;
  writer: JournalWriter;
  undo: UndoLedger;
  keepInTouch: KeepInTouchService;
  reciprocity: ReciprocityService;
  /** Shared with the other services; one of its own otherwise. */
  index?: InteractionIndex;
}

const collator = new Intl.Collator('de');

export function compareContacts(a: Contact, b: Contact): number {
  return (
    collator.compare(a.lastName || a.firstName, b.lastName || b.firstName) ||
    collator.compare(a.firstName, b.firstName) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

export function createContacts({ store, clock, writer, undo, keepInTouch, reciprocity, index = createInteractionIndex({ store, writer }) }: ContactsDeps) {
  function checkReferences(fields: ContactFields, ownId?: string): void {
    const introducer = fields.introducedById;
    if (introducer !== undefined && (introducer === ownId || !store.contacts.has(introducer))) {
      throw unknownContact('introducedById');
    }
  }

  function toRecord(fields: ContactFields, base: Pick<Contact, 'id' | 'archived' | 'createdAt'>): Contact {
    return withoutUndefined(parseOrInvalid(contactSchema, { ...fields, ...base, updatedAt: clock.now().toISOString() }));
  }

  return {
    list({ includeArchived = false }: { includeArchived?: boolean } = {}): Contact[] {
      return [...store.contacts.values()].filter((c) => includeArchived || !c.archived).sort(compareContacts);
    },

    /** Every tag in use with the number of active contacts carrying it, plus tags that only have a cadence. */
    tags(): { tag: string; count: number }[] {
      const counts = new Map<string, number>(Object.keys(store.settings.tagCadences).map((tag) => [tag, 0]));
      for (const contact of store.contacts.values()) {
        for (const tag of new Set(contact.tags)) counts.set(tag, (counts.get(tag) ?? 0) + (contact.archived ? 0 : 1));
      }
      return [...counts].map(([tag, count]) => ({ tag, count })).sort((a, b) => collator.compare(a.tag, b.tag));
    },

    get(id: string): ContactDetail {
      const contact = requireContact(store, id);
      const timeline = [...index.ofContact(id)];
      const mentioned = new Set(timeline.flatMap((i) => i.contactIds));
      if (contact.introducedById) mentioned.add(contact.introducedById);
      return {
        contact,
        timeline,
        keepInTouch: keepInTouch.forContact(contact, timeline),
        reciprocity: reciprocity.forContact(timeline),
        names: namesOf(store, mentioned),
      };
    },

    create(fields: ContactFields): Promise<Contact> {
      return writer.write(() => {
        checkReferences(fields);
        const contact = toRecord(fields, { id: randomUUID(), archived: false, createdAt: clock.now().toISOString() });
        return { changes: [{ op: 'put', collection: 'contacts', value: contact }], result: contact };
      });
    },

    update(id: string, fields: ContactFields): Promise<Contact> {
      return writer.write(() => {
        const current = requireContact(store, id);
        checkReferences(fields, id);
        const contact = toRecord(fields, { id, archived: current.archived, createdAt: current.createdAt });
        return { changes: [{ op: 'put', collection: 'contacts', value: contact }], result: contact };
      });
    },

    setArchived(id: string, archived: boolean): Promise<Contact> {
      return writer.write(() => {
        const current = requireContact(store, id);
        const contact = { ...current, archived, updatedAt: clock.now().toISOString() };
        return { changes: [{ op: 'put', collection: 'contacts', value: contact }], result: contact };
      });
    },

    delete(id: string): Promise<UndoReceipt> {
      return writer.write(() => {
        const contact = requireContact(store, id);
        const now = clock.now().toISOString();
        const changes: Change[] = [{ op: 'delete', collection: 'contacts', id }];
        const removedInteractions: Interaction[] = [];
        const trimmedInteractions: Interaction[] = [];
        for (const interaction of index.ofContact(id)) {
          const contactIds = interaction.contactIds.filter((other) => other !== id);
          if (contactIds.length === 0) {
            removedInteractions.push(interaction);
            changes.push({ op: 'delete', collection: 'interactions', id: interaction.id });
          } else {
            trimmedInteractions.push(interaction);
            changes.push({ op: 'put', collection: 'interactions', value: { ...interaction, contactIds, updatedAt: now } });
          }
        }
        const introduced: Contact[] = [];
        for (const other of store.contacts.values()) {
          if (other.introducedById !== id) continue;
          introduced.push(other);
          const { introducedById: _dropped, ...rest } = other;
          changes.push({ op: 'put', collection: 'contacts', value: { ...rest, updatedAt: now } });
        }
        const undoToken = undo.remember(() =>
          restoreDeletedContact(store, now, contact, removedInteractions, trimmedInteractions, introduced),
        );
        return { changes, result: { undoToken } };
      });
    },
  };
}

/**
 * Brings a deleted contact back. Records untouched since the delete return exactly as they were; records the user
 * has changed since keep those changes and only get their link to the contact back; records deleted since stay so.
 */
function restoreDeletedContact(
  store: JournalStore,
  deletedAt: string,
  contact: Contact,
  removedInteractions: readonly Interaction[],
  trimmedInteractions: readonly Interaction[],
  introduced: readonly Contact[],
): Change[] {
  const exists = (contactId: string) => contactId === contact.id || store.contacts.has(contactId);
  const introducer = contact.introducedById;
  const changes: Change[] = [
    {
      op: 'put',
      collection: 'contacts',
      value: introducer === undefined || exists(introducer) ? contact : withoutUndefined({ ...contact, introducedById: undefined }),
    },
  ];
  for (const original of removedInteractions) {
    changes.push({ op: 'put', collection: 'interactions', value: { ...original, contactIds: original.contactIds.filter(exists) } });
  }
  for (const original of trimmedInteractions) {
    const current = store.interactions.get(original.id);
    if (!current || current.contactIds.includes(contact.id)) continue;
    const contactIds = original.contactIds.filter((id) => id === contact.id || current.contactIds.includes(id));
    for (const added of current.contactIds) if (!contactIds.includes(added)) contactIds.push(added);
    const value = current.updatedAt === deletedAt ? { ...original, contactIds } : { ...current, contactIds };
    changes.push({ op: 'put', collection: 'interactions', value });
  }
  for (const original of introduced) {
    const current = store.contacts.get(original.id);
    if (!current || current.introducedById !== undefined) continue;
    const value = current.updatedAt === deletedAt ? original : { ...current, introducedById: contact.id };
    changes.push({ op: 'put', collection: 'contacts', value });
  }
  return changes;
}

export type ContactsService = ReturnType<typeof createContacts>;
