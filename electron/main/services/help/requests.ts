// The requests that follow from "Wer kann helfen?": asking someone is logged as a favour received that has not
// happened yet (`pending`), kept out of the ledger until it is settled — done, on the day it was done, or withdrawn.
// Beside them the suggestions for "kann helfen bei" and an opener for asking.
import { randomUUID } from 'node:crypto';
import { addressFormFor } from '../../../../shared/address-form';
import type { ChannelOutput, ChannelPayload } from '../../../../shared/contract';
import { PlauschError } from '../../../../shared/errors';
import { displayName, interactionSchema, type Contact, type Interaction } from '../../../../shared/model';
import type { JournalStore } from '../../store/types';
import { requireContact, requireInteraction, withoutUndefined } from '../records';
import { fold, wordsOf } from '../search-text';
import { parseOrInvalid } from '../validation';
import type { HelpDeps } from './index';
import { openerFor } from './opener';
import { helpSuggestions } from './suggestions';

/** Shorter need words ("für", "IT") say too little to tie a request to an entry. */
const MIN_SHARED_PREFIX = 4;

function sharePrefix(a: string, b: string): boolean {
  if (a.length < MIN_SHARED_PREFIX || b.length < MIN_SHARED_PREFIX) return false;
  return a.startsWith(b) || b.startsWith(a);
}

/**
 * The person's "kann helfen bei" entry the need is about, as the request's topic ("Raum für heute Nachmittag" is a
 * "Raumbuchung"), so that the journal groups it with like favours. None when no entry fits.
 */
export function topicOfNeed(need: string, contact: Pick<Contact, 'canHelpWith'>): string | undefined {
  const needWords = wordsOf(fold(need));
  return contact.canHelpWith.find((entry) =>
    wordsOf(fold(entry)).some((entryWord) => needWords.some((needWord) => sharePrefix(entryWord, needWord))),
  );
}

/** An archived contact is out of the network: nobody to ask, and their old requests are not listed. */
function requireActiveContact(store: JournalStore, id: string): Contact {
  const contact = requireContact(store, id);
  if (contact.archived) throw new PlauschError('notFound', { id });
  return contact;
}

function requirePendingRequest(store: JournalStore, id: string): Interaction {
  const interaction = requireInteraction(store, id);
  if (interaction.type !== 'favourReceived' || !interaction.pending) throw new PlauschError('requestNotPending', { id });
  return interaction;
}

export function createHelpRequests({ store, clock, writer, undo, index }: HelpDeps) {
  return {
    suggestions: ({ language }: ChannelPayload<'help:suggestions'>): ChannelOutput<'help:suggestions'> =>
      helpSuggestions(store, language),

    logRequest({ contactId, need, date }: ChannelPayload<'help:logRequest'>): Promise<ChannelOutput<'help:logRequest'>> {
      return writer.write(() => {
        const contact = requireActiveContact(store, contactId);
        const topic = topicOfNeed(need, contact);
        const now = clock.now().toISOString();
        const request = withoutUndefined(
          parseOrInvalid(interactionSchema, {
            id: randomUUID(),
            contactIds: [contactId],
            type: 'favourReceived',
            date: date ?? clock.today(),
            topics: topic ? [topic] : [],
            note: need,
            pending: true,
            createdAt: now,
            updatedAt: now,
          }),
        );
        return { changes: [{ op: 'put', collection: 'interactions', value: request }], result: request };
      });
    },

    requests(): ChannelOutput<'help:requests'> {
      // The index lists newest first already; a request to several people shows while one of them is active.
      return index.newestFirst().flatMap((interaction) => {
        if (interaction.pending !== true || interaction.type !== 'favourReceived') return [];
        const contact = interaction.contactIds.map((id) => store.contacts.get(id)).find((c) => c?.archived === false);
        return contact ? [{ contactId: contact.id, name: displayName(contact), interaction }] : [];
      });
    },

    settle({ id, outcome, date }: ChannelPayload<'help:settle'>): Promise<ChannelOutput<'help:settle'>> {
      return writer.write<ChannelOutput<'help:settle'>>(() => {
        const request = requirePendingRequest(store, id);
        if (outcome === 'withdrawn') {
          const undoToken = undo.remember(() => {
            const contactIds = request.contactIds.filter((contactId) => store.contacts.has(contactId));
            return contactIds.length === 0 ? [] : [{ op: 'put', collection: 'interactions', value: { ...request, contactIds } }];
          });
          return { changes: [{ op: 'delete', collection: 'interactions', id }], result: { undoToken } };
        }
        // Done: from now on an ordinary favour received, counted in the ledger from the day it was done.
        const { pending: _pending, ...rest } = request;
        const helped: Interaction = { ...rest, date: date ?? clock.today(), updatedAt: clock.now().toISOString() };
        return { changes: [{ op: 'put', collection: 'interactions', value: helped }], result: helped };
      });
    },

    opener({ contactId, language, form }: ChannelPayload<'help:opener'>): ChannelOutput<'help:opener'> {
      const contact = requireContact(store, contactId);
      const text = openerFor(contact, index.ofContact(contactId), {
        language,
        form: form ?? addressFormFor(contact, store.settings),
        today: clock.today(),
      });
      return { text };
    },
  };
}
