import { describe, expect, it } from 'vitest';
import { findContact, splitName } from '../../../../../electron/main/services/events/people';
import { aContact } from '../../../../support/journal-fixtures';
import { anEvent, eventsHarness } from './events-harness';

describe('met someone', () => {
  it('creates a contact and an encounter at the event, linked to it, with the follow-up 48 hours later', async () => {
    const { events, store, clock } = eventsHarness();
    const event = await events.create({ event: anEvent(), language: 'de', useOwnTemplate: true });
    clock.set('2025-06-05T17:15:00.000Z');

    const receipt = await events.capture({ eventId: event.id, name: 'Jana Albrecht', organisation: 'Kanzlei Roth', detail: 'Sucht einen Tagungsraum' });

    expect(receipt.createdContact).toBe(true);
    expect(receipt.contact).toMatchObject({
      firstName: 'Jana',
      lastName: 'Albrecht',
      organisation: 'Kanzlei Roth',
      relation: 'external',
      metOn: '2025-06-05',
      metAt: 'Assistenz-Forum',
    });
    expect(receipt.interaction).toMatchObject({
      contactIds: [receipt.contact.id],
      type: 'event',
      date: '2025-06-05',
      place: 'Messe Frankfurt',
      note: 'Sucht einen Tagungsraum',
      followUpOn: '2025-06-07',
      followUpDone: false,
      eventId: event.id,
    });
    expect(store.contacts.get(receipt.contact.id)).toEqual(receipt.contact);
    expect(store.interactions.get(receipt.interaction.id)).toEqual(receipt.interaction);
    // Contact and encounter are written together or not at all.
    expect(store.commits.at(-1)?.map((change) => change.op === 'put' && change.collection)).toEqual(['contacts', 'interactions']);
  });

  it('finds someone already in the journal by name and organisation, whatever the case and accents', async () => {
    const known = aContact({ firstName: 'Jürgen', lastName: 'Weiß', organisation: 'Müller AG' });
    const { events, store } = eventsHarness({ contacts: [known] });
    const event = await events.create({ event: anEvent(), language: 'de', useOwnTemplate: true });

    const receipt = await events.capture({ eventId: event.id, name: 'juergen  weiss', organisation: 'MÜLLER AG', detail: '' });

    expect(receipt.createdContact).toBe(false);
    expect(receipt.contact.id).toBe(known.id);
    expect(store.contacts.size).toBe(1);
    expect(receipt.interaction).toMatchObject({ contactIds: [known.id], eventId: event.id });
  });

  it('takes the same name at another organisation for someone else', async () => {
    const known = aContact({ firstName: 'Anna', lastName: 'Weber', organisation: 'Stadtwerke' });
    const { events, store } = eventsHarness({ contacts: [known] });
    const event = await events.create({ event: anEvent(), language: 'de', useOwnTemplate: true });

    const receipt = await events.capture({ eventId: event.id, name: 'Anna Weber', organisation: 'Bauverein', detail: '' });

    expect(receipt.createdContact).toBe(true);
    expect(store.contacts.size).toBe(2);
  });

  it('without an organisation typed, matches a name only one contact carries, and fills in the organisation later', async () => {
    const known = aContact({ firstName: 'Anna', lastName: 'Weber', organisation: '' });
    const { events, store } = eventsHarness({ contacts: [known] });
    const event = await events.create({ event: anEvent({ eventKind: 'stammtisch' }), language: 'de', useOwnTemplate: true });

    const first = await events.capture({ eventId: event.id, name: 'Anna Weber', organisation: '', detail: 'Neu im Einkauf' });
    expect(first.contact.id).toBe(known.id);

    const second = await events.capture({ eventId: event.id, name: 'Anna Weber', organisation: 'Einkauf', detail: 'Mag Bouldern' });
    expect(second.contact).toMatchObject({ id: known.id, organisation: 'Einkauf' });
    expect(store.contacts.get(known.id)?.organisation).toBe('Einkauf');
    // Met twice the same evening: one encounter, both details.
    expect(second.interaction.id).toBe(first.interaction.id);
    expect(second.interaction.note).toBe('Neu im Einkauf\nMag Bouldern');
    expect([...store.interactions.values()].filter((i) => i.eventId === event.id)).toHaveLength(1);
  });

  it('shows who was met on the event page, and in event mode who of the expected people was met', async () => {
    const expected = aContact({ firstName: 'Petra', lastName: 'Lang', organisation: 'Vorstand' });
    const { events, clock } = eventsHarness({ contacts: [expected] });
    const event = await events.create({ event: anEvent({ expectedIds: [expected.id] }), language: 'de', useOwnTemplate: true });

    await events.capture({ eventId: event.id, name: 'Petra Lang', organisation: 'Vorstand', detail: 'Fragt nach dem Sommerfest' });
    clock.set('2025-06-05T07:05:00.000Z');
    await events.capture({ eventId: event.id, name: 'Tom Berger', organisation: 'Eventagentur', detail: '' });

    const view = events.get(event.id, 'de');
    expect(view.met.map((person) => [person.name, person.detail])).toEqual([
      ['Petra Lang', 'Fragt nach dem Sommerfest'],
      ['Tom Berger', ''],
    ]);
    expect(view.followUps).toEqual({ done: 0, open: 2 });
    const mode = events.mode(event.id, 'de');
    expect(mode.people).toMatchObject([{ contactId: expected.id, met: true }]);
    expect(mode.people[0]?.openers.length).toBeGreaterThan(0);
    expect(mode.openers).toHaveLength(5);
    expect(mode.promptSettings).toEqual(['largeEvent', 'tradeFair']);
  });

  it('refuses an event that does not exist and changes nothing', async () => {
    const { events, store } = eventsHarness();
    await expect(events.capture({ eventId: 'nope', name: 'Jana', organisation: '', detail: '' })).rejects.toMatchObject({ code: 'notFound' });
    expect(store.contacts.size).toBe(0);
  });
});

describe('reading a name typed in a hurry', () => {
  it('splits the last word off as the last name', () => {
    expect(splitName('Anna Maria  Weber')).toEqual({ firstName: 'Anna Maria', lastName: 'Weber' });
    expect(splitName('Jana')).toEqual({ firstName: 'Jana', lastName: '' });
  });

  it('does not guess between two people of the same name', () => {
    const contacts = [aContact({ firstName: 'Anna', lastName: 'Weber', organisation: 'A' }), aContact({ firstName: 'Anna', lastName: 'Weber', organisation: 'B' })];
    expect(findContact(contacts, 'Anna Weber', '')).toBeUndefined();
    expect(findContact(contacts, 'Anna Weber', 'b')?.organisation).toBe('B');
  });
});
