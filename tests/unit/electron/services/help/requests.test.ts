// Requests from "Wer kann helfen?": logged as a favour received that has not happened yet, kept out of the ledger
// everywhere the ledger shows (favours page, Today, the contact's balance) until settled; the suggestions for
// "kann helfen bei"; and an opener for asking, in the person's form of address.
import { describe, expect, it } from 'vitest';
import type { Interaction } from '../../../../../shared/model';
import { commonHelpEntries } from '../../../../../electron/main/services/help/suggestions';
import { topicOfNeed } from '../../../../../electron/main/services/help/requests';
import { aContact, anInteraction } from '../../../../support/journal-fixtures';
import { servicesHarness } from '../../../../support/services-harness';

// 2025-06-02 (services-harness NOW).
const petra = aContact({ id: 'petra', firstName: 'Petra', lastName: 'Lang', role: 'Assistentin des Vorstands', canHelpWith: ['Raumbuchung', 'Vorstandskalender'] });
const theo = aContact({ id: 'theo', firstName: 'Theo', lastName: 'Brandt', relation: 'external' });
const alt = aContact({ id: 'alt', firstName: 'Alt', lastName: 'Bestand', archived: true });
const givenToTheo = anInteraction({ id: 'given', contactIds: ['theo'], type: 'favourGiven', date: '2025-01-10' });

function harness(extra: { interactions?: Interaction[] } = {}) {
  return servicesHarness({ contacts: [petra, theo, alt], interactions: [givenToTheo, ...(extra.interactions ?? [])] });
}

async function rejection(call: () => Promise<unknown> | unknown): Promise<{ code: string }> {
  try {
    await call();
  } catch (error) {
    return error as { code: string };
  }
  throw new Error('expected a rejection');
}

describe('logging a request', () => {
  it('keeps the need as a pending favour received, dated today, with the fitting entry as its topic', async () => {
    const { services } = harness();
    const request = await services.help.logRequest({ contactId: 'petra', need: 'Raum für eine Videokonferenz heute Nachmittag' });
    expect(request).toMatchObject({
      contactIds: ['petra'],
      type: 'favourReceived',
      pending: true,
      date: '2025-06-02',
      note: 'Raum für eine Videokonferenz heute Nachmittag',
      topics: ['Raumbuchung'],
    });
    expect(services.interactions.list({ contactId: 'petra' }).items.map((i) => i.id)).toEqual([request.id]);
    expect(services.help.requests().map((r) => r.interaction.id)).toEqual([request.id]);
  });

  it('takes the given day and leaves the topic out when no entry fits', async () => {
    const { services } = harness();
    const request = await services.help.logRequest({ contactId: 'theo', need: 'Termin mit Dr. Roth', date: '2025-05-30' });
    expect(request).toMatchObject({ date: '2025-05-30', topics: [] });
  });

  it('does not count in the ledger anywhere: favours page, Today, the contact and what Theo still owes', async () => {
    const { services } = harness();
    await services.help.logRequest({ contactId: 'petra', need: 'Raumbuchung für Donnerstag' });
    await services.help.logRequest({ contactId: 'theo', need: 'Termin mit Dr. Roth' });

    expect(services.reciprocity.openFavours()).toEqual([]);
    expect(services.contacts.get('petra').reciprocity).toMatchObject({ given: 0, received: 0, balance: 0 });
    expect(services.contacts.get('theo').reciprocity).toMatchObject({ given: 1, received: 0, balance: 1 });
    const reasons = services.today.today().suggestions.map((s) => [s.contactId, s.reason.kind]);
    expect(reasons).not.toContainEqual(['petra', 'youOwe']);
    expect(reasons).not.toContainEqual(['theo', 'youOwe']);
    // A request asked for does not answer the favour the user did Theo in January.
    expect(reasons).toContainEqual(['theo', 'theyOwe']);
  });

  it('counts as being in touch, alike in the contact list and on Today: asking someone is talking to them', async () => {
    const drifting = aContact({ id: 'dora', firstName: 'Dora', cadenceDays: 14, metOn: '2025-03-01' });
    const { services } = servicesHarness({ contacts: [drifting] });
    expect(services.today.today().suggestions.map((s) => s.contactId)).toContain('dora');

    await services.help.logRequest({ contactId: 'dora', need: 'Catering für Freitag' });
    expect(services.contactOverview.list().find((o) => o.contactId === 'dora')).toMatchObject({ lastContactOn: '2025-06-02', keepInTouch: { status: 'ok' } });
    expect(services.today.today().suggestions.map((s) => s.contactId)).not.toContain('dora');
    expect(services.contacts.get('dora').reciprocity).toMatchObject({ received: 0 });
  });

  it('refuses an unknown or archived contact and changes nothing', async () => {
    const { services, store } = harness();
    const before = store.interactions.size;
    expect((await rejection(() => services.help.logRequest({ contactId: 'nobody', need: 'Raum' }))).code).toBe('notFound');
    expect((await rejection(() => services.help.logRequest({ contactId: 'alt', need: 'Raum' }))).code).toBe('notFound');
    expect(store.interactions.size).toBe(before);
  });
});

describe('a request edited in the journal', () => {
  it('stays asked for while it is a favour received, and is no request once it is something else', async () => {
    const { services } = harness();
    const request = await services.help.logRequest({ contactId: 'petra', need: 'Raum' });
    // The journal's dialog sends what it shows, which does not include `pending`.
    const edited = { contactIds: ['petra'], type: 'favourReceived' as const, date: request.date, place: '', topics: [], note: 'Raum 4.12 für Donnerstag', followUpDone: false };
    expect(await services.interactions.update(request.id, edited)).toMatchObject({ pending: true, note: 'Raum 4.12 für Donnerstag' });
    expect(services.reciprocity.openFavours()).toEqual([]);

    expect(await services.interactions.update(request.id, { ...edited, type: 'call' })).not.toHaveProperty('pending');
    expect(services.help.requests()).toEqual([]);
  });
});

describe('the open requests', () => {
  it('lists pending favours of active contacts only, newest first', () => {
    const pending = (id: string, contactId: string, date: string) =>
      anInteraction({ id, contactIds: [contactId], type: 'favourReceived', date, pending: true, note: id });
    const { services } = harness({
      interactions: [
        pending('older', 'petra', '2025-05-01'),
        pending('newer', 'theo', '2025-05-20'),
        pending('archived', 'alt', '2025-05-25'),
        anInteraction({ id: 'done', contactIds: ['petra'], type: 'favourReceived', date: '2025-05-28' }),
      ],
    });
    expect(services.help.requests().map((r) => r.interaction.id)).toEqual(['newer', 'older']);
  });
});

describe('settling a request', () => {
  it('helped: an ordinary favour received on the day it was done, counted from then', async () => {
    const { services, clock } = harness();
    const request = await services.help.logRequest({ contactId: 'petra', need: 'Vorstandskalender für Juli' });
    clock.set('2025-06-05T09:00:00.000Z');

    const settled = await services.help.settle({ id: request.id, outcome: 'helped', date: '2025-06-04' });
    expect(settled).toMatchObject({ id: request.id, date: '2025-06-04', type: 'favourReceived' });
    expect(settled).not.toHaveProperty('pending');
    expect(services.help.requests()).toEqual([]);
    expect(services.reciprocity.openFavours().map((f) => [f.contactId, f.interaction.date])).toEqual([['petra', '2025-06-04']]);
    expect(services.contacts.get('petra').reciprocity).toMatchObject({ received: 1, balance: -1 });
  });

  it('helped without a day: today', async () => {
    const { services, clock } = harness();
    const request = await services.help.logRequest({ contactId: 'petra', need: 'Raum', date: '2025-05-30' });
    clock.set('2025-06-03T09:00:00.000Z');
    expect(await services.help.settle({ id: request.id, outcome: 'helped' })).toMatchObject({ date: '2025-06-03' });
  });

  it('withdrawn: gone from the journal, and undo brings it back as it was', async () => {
    const { services, store } = harness();
    const request = await services.help.logRequest({ contactId: 'petra', need: 'Raum' });
    const receipt = await services.help.settle({ id: request.id, outcome: 'withdrawn' });
    expect(store.interactions.has(request.id)).toBe(false);
    expect(services.help.requests()).toEqual([]);

    await services.applyUndo((receipt as { undoToken: string }).undoToken);
    expect(store.interactions.get(request.id)).toEqual(request);
    expect(services.help.requests().map((r) => r.interaction.id)).toEqual([request.id]);
  });

  it('refuses an unknown id and a favour that is no open request, changing nothing', async () => {
    const { services, store } = harness();
    const request = await services.help.logRequest({ contactId: 'petra', need: 'Raum' });
    await services.help.settle({ id: request.id, outcome: 'helped' });
    const settled = store.interactions.get(request.id);

    expect((await rejection(() => services.help.settle({ id: 'nope', outcome: 'helped' }))).code).toBe('notFound');
    expect((await rejection(() => services.help.settle({ id: request.id, outcome: 'withdrawn' }))).code).toBe('requestNotPending');
    expect((await rejection(() => services.help.settle({ id: 'given', outcome: 'helped' }))).code).toBe('requestNotPending');
    expect(store.interactions.get(request.id)).toEqual(settled);
    expect(store.interactions.has('given')).toBe(true);
  });
});

describe('suggestions for "kann helfen bei"', () => {
  it("puts the journal's entries first, most used first, then the user's offer, then the common ones, each once", async () => {
    const contacts = [
      aContact({ canHelpWith: ['Französisch', 'Raumbuchung'] }),
      aContact({ canHelpWith: ['raumbuchung', 'Uebersetzungen'] }),
      aContact({ canHelpWith: ['RAUMBUCHUNG'] }),
      aContact({ canHelpWith: ['Geheimes'], archived: true }),
    ];
    const { services } = servicesHarness({ contacts, settings: { canOffer: ['Excel', 'Protokolle'] } });

    const { entries } = services.help.suggestions({ language: 'de' });
    expect(entries.slice(0, 5)).toEqual(['Raumbuchung', 'Französisch', 'Uebersetzungen', 'Excel', 'Protokolle']);
    expect(entries).not.toContain('Geheimes');
    // "Übersetzungen" is the journal's "Uebersetzungen"; "Excel" is already the user's.
    expect(entries).not.toContain('Übersetzungen');
    expect(entries.filter((e) => e.toLowerCase() === 'excel')).toHaveLength(1);
    expect(entries).toEqual(expect.arrayContaining(['Vorstandskalender', 'IT-Zugänge', 'Post und Kurier']));
    expect(new Set(entries).size).toBe(entries.length);
  });

  it('offers the common entries in the language asked for', () => {
    const { services } = servicesHarness();
    expect(services.help.suggestions({ language: 'en' }).entries).toEqual([...commonHelpEntries.en]);
    expect(services.help.suggestions({ language: 'de' }).entries).toEqual([...commonHelpEntries.de]);
  });
});

describe('an opener for asking', () => {
  const hanna = aContact({ id: 'hanna', firstName: 'Hanna', role: 'Assistenz Geschäftsführung', addressForm: 'du' });
  const jens = aContact({ id: 'jens', firstName: 'Jens', role: 'Assistent des CFO' });
  const kai = aContact({ id: 'kai', firstName: 'Kai', relation: 'internal', role: 'Facility Management' });

  it("speaks to an assistant in the assistants' call words, in her own form of address, unless told otherwise", () => {
    const { services } = servicesHarness({ contacts: [hanna, jens] });
    const du = services.help.opener({ contactId: 'hanna', language: 'de' }).text;
    const sie = services.help.opener({ contactId: 'jens', language: 'de' }).text;
    expect(du).toMatch(/\b(du|dich|dir|dein\w*|hast|siehst|bist)\b/);
    expect(du).not.toMatch(/\b(Sie|Ihnen|Ihr\w*)\b/);
    expect(sie).toMatch(/\b(Sie|Ihnen|Ihr\w*)\b/);
    const hannaFormally = services.help.opener({ contactId: 'hanna', language: 'de', form: 'sie' }).text;
    expect(hannaFormally).toMatch(/\b(Sie|Ihnen|Ihr\w*)\b/);
  });

  it('is the same all day for a person, and comes from the setting one meets them in', () => {
    const { services } = servicesHarness({ contacts: [hanna, jens, kai] });
    for (const contactId of ['hanna', 'jens', 'kai']) {
      const first = services.help.opener({ contactId, language: 'en' }).text;
      expect(first.length).toBeGreaterThan(0);
      expect(services.help.opener({ contactId, language: 'en' }).text).toBe(first);
    }
  });

  it('opens with something personal when the journal knows it', () => {
    // Her birthday is this week (2025-06-02 is a Monday).
    const birthdayGirl = aContact({ id: 'bea', firstName: 'Bea', birthday: '1980-06-04', addressForm: 'du' });
    const { services } = servicesHarness({ contacts: [birthdayGirl] });
    expect(services.help.opener({ contactId: 'bea', language: 'de' }).text).toBe('Du hast bald Geburtstag – hast du schon etwas Schönes vor?');
    expect(services.help.opener({ contactId: 'bea', language: 'en' }).text).toBe('Your birthday is coming up – anything nice planned?');
  });

  it('refuses an unknown contact', async () => {
    const { services } = servicesHarness();
    expect((await rejection(() => services.help.opener({ contactId: 'nobody', language: 'de' }))).code).toBe('notFound');
  });
});

describe('the topic of a need', () => {
  it('is the entry that shares a word beginning with the need, umlaut- and case-insensitive', () => {
    expect(topicOfNeed('Übersetzung ins Französische', { canHelpWith: ['Reisebuchung', 'Uebersetzungen'] })).toBe('Uebersetzungen');
    expect(topicOfNeed('Raum für Dienstag', { canHelpWith: ['IT', 'Raumbuchung'] })).toBe('Raumbuchung');
    expect(topicOfNeed('ein IT Problem', { canHelpWith: ['IT-Zugänge'] })).toBeUndefined();
  });
});
