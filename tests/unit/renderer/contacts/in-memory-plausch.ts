// A small in-memory journal behind `window.plausch`: the real `createApi` over an invoke that validates every
// payload with the contract's schemas (as the router does) and keeps contacts and interactions in maps. It records
// every call, so a test can check exactly what a screen sent.
import { contract, createApi, type ChannelName, type Invoke } from '../../../../shared/contract';
import { PlauschError } from '../../../../shared/errors';
import {
  contactSchema,
  displayName,
  interactionSchema,
  settingsSchema,
  type Contact,
  type ContactInput,
  type Interaction,
  type InteractionInput,
  type Settings,
} from '../../../../shared/model';
import type { ContactDetail, Reciprocity } from '../../../../shared/views';

export interface InMemoryPlausch {
  contacts: Map<string, Contact>;
  interactions: Map<string, Interaction>;
  calls: { channel: ChannelName; payload: unknown }[];
  payloadsTo(channel: ChannelName): unknown[];
  addContact(fields: ContactInput & { id?: string; archived?: boolean }): Contact;
  addInteraction(fields: InteractionInput & { id?: string }): Interaction;
}

const timestamp = '2025-03-01T09:00:00.000Z';

/** `initialSettings` as if saved before, e.g. the kind of the last encounter logged. */
export function installInMemoryPlausch(initialSettings: Partial<Settings> = {}): InMemoryPlausch {
  const contacts = new Map<string, Contact>();
  const interactions = new Map<string, Interaction>();
  const undo = new Map<string, () => void>();
  let sequence = 0;
  let settings: Settings = settingsSchema.parse({ language: 'de', theme: 'light', ...initialSettings });
  const nextId = (prefix: string) => `${prefix}-${++sequence}`;

  const addContact = ({ id, ...fields }: ContactInput & { id?: string; archived?: boolean }): Contact => {
    const contact = contactSchema.parse({ ...fields, id: id ?? nextId('c'), createdAt: timestamp, updatedAt: timestamp });
    contacts.set(contact.id, contact);
    return contact;
  };
  const addInteraction = ({ id, ...fields }: InteractionInput & { id?: string }): Interaction => {
    const interaction = interactionSchema.parse({
      ...fields,
      id: id ?? nextId('i'),
      createdAt: timestamp,
      updatedAt: timestamp,
    });
    interactions.set(interaction.id, interaction);
    return interaction;
  };

  const newestFirst = () =>
    [...interactions.values()].sort((a, b) => (a.date === b.date ? b.id.localeCompare(a.id) : a.date < b.date ? 1 : -1));
  const names = (ids: Iterable<string>) => {
    const result: Record<string, string> = {};
    for (const id of ids) {
      const contact = contacts.get(id);
      if (contact) result[id] = displayName(contact);
    }
    return result;
  };
  const requireContact = (id: string) => {
    const contact = contacts.get(id);
    if (!contact) throw new PlauschError('notFound', { id });
    return contact;
  };

  const reciprocityOf = (timeline: Interaction[]): Reciprocity => {
    const given = timeline.filter((item) => item.type === 'favourGiven');
    const received = timeline.filter((item) => item.type === 'favourReceived');
    const open = [...received].reverse().slice(0, Math.max(0, received.length - given.length));
    return { given: given.length, received: received.length, balance: given.length - received.length, open };
  };

  const detailOf = (contact: Contact): ContactDetail => {
    const timeline = newestFirst().filter((item) => item.contactIds.includes(contact.id));
    const mentioned = new Set(timeline.flatMap((item) => item.contactIds));
    if (contact.introducedById) mentioned.add(contact.introducedById);
    return {
      contact,
      timeline,
      keepInTouch: {
        lastContactOn: timeline[0]?.date ?? contact.createdAt.slice(0, 10),
        status: 'ok',
        ...(contact.cadenceDays ? { cadenceDays: contact.cadenceDays, cadenceSource: { kind: 'contact' } } : {}),
      },
      reciprocity: reciprocityOf(timeline),
      names: names(mentioned),
    };
  };

  // Each handler gets the payload after the contract's schema has validated it and filled in defaults.
  const handlers: Record<string, (payload: never) => unknown> = {
    'contacts:list': (payload: { includeArchived: boolean } | undefined) =>
      [...contacts.values()].filter((contact) => payload?.includeArchived || !contact.archived),
    'contacts:get': ({ id }: { id: string }) => detailOf(requireContact(id)),
    'contacts:create': (input: ContactInput) => addContact(input),
    'contacts:update': ({ id, contact }: { id: string; contact: ContactInput }) => {
      const previous = requireContact(id);
      return addContact({ ...contact, id, archived: previous.archived });
    },
    'contacts:setArchived': ({ id, archived }: { id: string; archived: boolean }) => {
      const updated = { ...requireContact(id), archived };
      contacts.set(id, updated);
      return updated;
    },
    'contacts:delete': ({ id }: { id: string }) => {
      const removed = requireContact(id);
      contacts.delete(id);
      const undoToken = nextId('undo');
      undo.set(undoToken, () => contacts.set(id, removed));
      return { undoToken };
    },
    'interactions:list': (payload: { cursor?: string; limit: number; contactId?: string } | undefined) => {
      const all = newestFirst().filter((item) => !payload?.contactId || item.contactIds.includes(payload.contactId));
      const start = payload?.cursor ? Number(payload.cursor) : 0;
      const limit = payload?.limit ?? 100;
      const items = all.slice(start, start + limit);
      const end = start + items.length;
      return {
        items,
        names: names(items.flatMap((item) => item.contactIds)),
        total: all.length,
        ...(end < all.length ? { nextCursor: String(end) } : {}),
      };
    },
    'interactions:create': (input: InteractionInput) => addInteraction(input),
    'interactions:update': ({ id, interaction }: { id: string; interaction: InteractionInput }) => {
      if (!interactions.has(id)) throw new PlauschError('notFound', { id });
      return addInteraction({ ...interaction, id });
    },
    'interactions:delete': ({ id }: { id: string }) => {
      const removed = interactions.get(id);
      if (!removed) throw new PlauschError('notFound', { id });
      interactions.delete(id);
      const undoToken = nextId('undo');
      undo.set(undoToken, () => interactions.set(id, removed));
      return { undoToken };
    },
    'undo:apply': ({ undoToken }: { undoToken: string }) => {
      const revert = undo.get(undoToken);
      if (!revert) throw new PlauschError('undoExpired');
      undo.delete(undoToken);
      revert();
      return null;
    },
    'settings:get': () => settings,
    'settings:update': (patch: Partial<Settings>) => {
      settings = { ...settings, ...patch };
      return settings;
    },
    'app:status': () => ({ version: '0.1.0', dataDir: '/tmp/plausch', systemLanguage: 'de-DE', notices: [] }),
    'keepInTouch:drifting': () => [],
    'favours:open': () => [],
    'tags:list': () => [],
    'search:query': () => [],
  };

  const fake: InMemoryPlausch = {
    contacts,
    interactions,
    calls: [],
    payloadsTo: (channel) => fake.calls.filter((call) => call.channel === channel).map((call) => call.payload),
    addContact,
    addInteraction,
  };

  const invoke: Invoke = async (channel, payload) => {
    fake.calls.push({ channel, payload });
    const handler = handlers[channel];
    if (!handler) return { ok: false, error: { code: 'unknownChannel', details: { channel } } };
    const parsed = contract[channel].input.safeParse(payload);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
      return { ok: false, error: { code: 'invalidInput', details: { channel, issues } } };
    }
    try {
      return { ok: true, value: handler(parsed.data as never) };
    } catch (error) {
      return { ok: false, error: error instanceof PlauschError ? error.toData() : { code: 'internal' } };
    }
  };
  window.plausch = createApi(invoke, () => () => undefined);
  return fake;
}
