// Interactions: every encounter, favour and gift, each involving one or more contacts. The journal lists them newest
// first in pages; the cursor names the last item seen, so pages stay stable while entries are added.
import { randomUUID } from 'node:crypto';
import type { ChannelPayload } from '../../../shared/contract';
import { PlauschError } from '../../../shared/errors';
import { interactionSchema, type Interaction } from '../../../shared/model';
import type { JournalPage, UndoReceipt } from '../../../shared/views';
import type { JournalStore } from '../store/types';
import type { Clock } from './clock';
import type { JournalWriter } from './journal-writer';
import { createInteractionIndex, positionAfter, type InteractionIndex } from './interaction-index';
import { namesOf, requireInteraction, unknownContact, withoutUndefined } from './records';
import type { UndoLedger } from './undo';
import { parseOrInvalid } from './validation';

export type InteractionFields = ChannelPayload<'interactions:create'>;
export type JournalQuery = NonNullable<ChannelPayload<'interactions:list'>>;

type CursorKey = Pick<Interaction, 'date' | 'createdAt' | 'id'>;

function encodeCursor({ date, createdAt, id }: CursorKey): string {
  return Buffer.from(JSON.stringify([date, createdAt, id])).toString('base64url');
}

function decodeCursor(cursor: string): CursorKey {
  try {
    const [date, createdAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof date === 'string' && typeof createdAt === 'string' && typeof id === 'string') return { date, createdAt, id };
  } catch {
    // A cursor that does not decode was not made by us; it is reported like any other bad input.
  }
  throw new PlauschError('invalidInput', { issues: [{ path: 'cursor', message: 'invalidCursor' }] });
}

export function createInteractions({
  store,
  clock,
  writer,
  undo,
  index = createInteractionIndex({ store, writer }),
}: {
  store: JournalStore;
  clock: Clock;
  writer: JournalWriter;
  undo: UndoLedger;
  /** Shared with the other services; one of its own otherwise. */
  index?: InteractionIndex;
}) {
  function toRecord(fields: InteractionFields, base: Pick<Interaction, 'id' | 'createdAt' | 'eventId' | 'calendarKey'>): Interaction {
    const contactIds = [...new Set(fields.contactIds)];
    contactIds.forEach((id, index) => {
      if (!store.contacts.has(id)) throw unknownContact(`contactIds.${index}`);
    });
    return withoutUndefined(parseOrInvalid(interactionSchema, { ...fields, contactIds, ...base, updatedAt: clock.now().toISOString() }));
  }

  return {
    list({ contactId, cursor, limit = 100 }: Partial<JournalQuery> = {}): JournalPage {
      const matching = contactId === undefined ? index.newestFirst() : index.ofContact(contactId);
      const start = cursor === undefined ? 0 : positionAfter(matching, decodeCursor(cursor));
      const items = matching.slice(start, start + limit);
      const last = items.at(-1);
      const hasMore = start + limit < matching.length;
      return {
        items,
        names: namesOf(store, new Set(items.flatMap((i) => i.contactIds))),
        ...(hasMore && last ? { nextCursor: encodeCursor(last) } : {}),
        total: matching.length,
      };
    },

    create(fields: InteractionFields): Promise<Interaction> {
      return writer.write(() => {
        const interaction = toRecord(fields, { id: randomUUID(), createdAt: clock.now().toISOString() });
        return { changes: [{ op: 'put', collection: 'interactions', value: interaction }], result: interaction };
      });
    },

    update(id: string, fields: InteractionFields): Promise<Interaction> {
      return writer.write(() => {
        const current = requireInteraction(store, id);
        // The links to an event and to a calendar meeting are not part of what the user edits here, so they stay as they
        // were; so does a request's being asked for and not done yet ("Wer kann helfen?" settles it), as long as it
        // stays a favour received.
        const pending = fields.pending ?? (fields.type === 'favourReceived' ? current.pending : undefined);
        const interaction = toRecord({ ...fields, pending }, { id, createdAt: current.createdAt, eventId: current.eventId, calendarKey: current.calendarKey });
        return { changes: [{ op: 'put', collection: 'interactions', value: interaction }], result: interaction };
      });
    },

    delete(id: string): Promise<UndoReceipt> {
      return writer.write(() => {
        const interaction = requireInteraction(store, id);
        const undoToken = undo.remember(() => {
          const contactIds = interaction.contactIds.filter((contactId) => store.contacts.has(contactId));
          return contactIds.length === 0 ? [] : [{ op: 'put', collection: 'interactions', value: { ...interaction, contactIds } }];
        });
        return { changes: [{ op: 'delete', collection: 'interactions', id }], result: { undoToken } };
      });
    },
  };
}

export type InteractionsService = ReturnType<typeof createInteractions>;
