// Reciprocity: favours given and received per contact. Each favour given returns the oldest favour received that is
// still open (first in, first out), so the open list shows what the user still owes.
import { displayName, type Interaction } from '../../../shared/model';
import type { OpenFavour, Reciprocity } from '../../../shared/views';
import type { JournalStore } from '../store/types';

function oldestFirst(a: Interaction, b: Interaction): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** A favour that counts in the ledger: given, or received and done (a request still `pending` does not count yet). */
export function isLedgerFavour(interaction: Interaction): boolean {
  return interaction.type === 'favourGiven' || (interaction.type === 'favourReceived' && !interaction.pending);
}

/** `timeline` holds the contact's interactions in any order. */
export function reciprocityOf(timeline: readonly Interaction[]): Reciprocity {
  const favours = timeline.filter(isLedgerFavour).sort(oldestFirst);
  let given = 0;
  let received = 0;
  const open: Interaction[] = [];
  for (const favour of favours) {
    if (favour.type === 'favourReceived') {
      received += 1;
      open.push(favour);
    } else {
      given += 1;
      open.shift();
    }
  }
  return { given, received, balance: given - received, open };
}

export function createReciprocity({ store }: { store: JournalStore }) {
  return {
    forContact: reciprocityOf,

    /** Every favour received and not yet returned, across all active contacts, oldest first. */
    openFavours(): OpenFavour[] {
      const favoursByContact = new Map<string, Interaction[]>();
      for (const interaction of store.interactions.values()) {
        if (!isLedgerFavour(interaction)) continue;
        for (const contactId of interaction.contactIds) {
          const list = favoursByContact.get(contactId) ?? [];
          list.push(interaction);
          favoursByContact.set(contactId, list);
        }
      }
      const open: OpenFavour[] = [];
      for (const [contactId, favours] of favoursByContact) {
        const contact = store.contacts.get(contactId);
        if (!contact || contact.archived) continue;
        for (const interaction of reciprocityOf(favours).open) open.push({ contactId, name: displayName(contact), interaction });
      }
      const collator = new Intl.Collator('de');
      return open.sort((a, b) => oldestFirst(a.interaction, b.interaction) || collator.compare(a.name, b.name));
    },
  };
}

export type ReciprocityService = ReturnType<typeof createReciprocity>;
