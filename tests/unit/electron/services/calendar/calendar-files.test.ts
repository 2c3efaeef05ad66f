// The calendar service over real iCalendar text: the project's fixtures and small calendars written here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { aContact } from '../../../../support/journal-fixtures';
import { calendarHarness } from './calendar-harness';
import { icsText } from './ics-text';
import { TODAY, YESTERDAY } from './occurrences';

const fixture = (name: string) => readFileSync(new URL(`../../../../fixtures/calendar/${name}`, import.meta.url), 'utf8');

describe('calendars read from iCalendar text', () => {
  it('suggests yesterday\'s meeting from an imported file and logs it with one call', async () => {
    const sabine = aContact({ firstName: 'Sabine', lastName: 'Keller', emails: ['sabine@nordlicht.de'] });
    const { calendar, store } = calendarHarness({ contacts: [sabine] });
    const text = icsText([
      { uid: 'jf', summary: 'Telefonat Budget', start: '20250604T080000Z', end: '20250604T083000Z', organiser: '"Keller, Sabine":mailto:sabine@nordlicht.de', attendees: ['Ich:mailto:ich@firma.de'] },
    ]);

    await calendar.import({ name: 'export.ics', text });
    const [suggestion] = (await calendar.day()).suggestions;

    expect(suggestion).toMatchObject({ date: YESTERDAY, startTime: '10:00', timeOfDay: 'morning', type: 'call', contacts: [{ contactId: sabine.id }] });
    expect(suggestion?.newcomers.map((newcomer) => newcomer.email)).toEqual(['ich@firma.de']);
    const receipt = await calendar.log({ key: suggestion!.key });
    expect(store.interactions.get(receipt.interactionId)).toMatchObject({ type: 'call', date: YESTERDAY, calendarKey: suggestion!.key });
    expect((await calendar.day()).date).toBe(TODAY);
  });

  it('reads the Google export: a coffee by name, the resource left out, the user herself left out, a company outing offered', () => {
    const tobias = aContact({ firstName: 'Tobias', lastName: 'Wendel' });
    const lars = aContact({ firstName: 'Lars', lastName: 'Oldenburg', emails: ['lars.oldenburg@nordlicht.de'] });
    const { calendar } = calendarHarness({ contacts: [tobias, lars], settings: { ownEmailAddresses: ['sabine.krueger@nordlicht.de'], ownEmailDomains: ['nordlicht.de'] } });

    const review = calendar.review(fixture('google-export.ics'), { from: '2026-03-01', to: '2026-06-30' });

    const coffee = review.rows.find((row) => row.occurrence.summary === 'Kaffee mit Tobias Wendel');
    expect(coffee?.suggestion).toMatchObject({ type: 'coffee', place: 'Café Elbufer, Övelgönne 1, 22605 Hamburg', contacts: [{ contactId: tobias.id }], newcomers: [] });
    const round = review.rows.find((row) => row.occurrence.summary === 'Quartalsgespräch Einkauf');
    expect(round?.contacts.map((contact) => contact.contactId)).toEqual([lars.id]);
    expect(round?.newcomers.map((newcomer) => [newcomer.email, newcomer.relation])).toEqual([['henrike.voss@nordlicht.de', 'internal']]);
    const outing = review.rows.find((row) => row.occurrence.summary === 'Betriebsausflug');
    expect(outing?.suggestion).toBeUndefined();
    expect(outing?.eventOffer).toMatchObject({ eventKind: 'internalEvent', date: '2026-06-12', place: 'Hamburger Hafen' });
  });

  it('reads the Teams invitation as a call with everyone known among its 30 attendees', () => {
    const anna = aContact({ firstName: 'Anna', lastName: 'Brandt', emails: ['anna.brandt@nordlicht.de'] });
    const joerg = aContact({ firstName: 'Jörg', lastName: 'Yılmaz' });
    const { calendar } = calendarHarness({ contacts: [anna, joerg] });

    const [row, ...others] = calendar.review(fixture('teams-invite.ics'), { from: '2026-07-01', to: '2026-07-31' }).rows;

    expect(others).toEqual([]);
    expect(row?.suggestion).toMatchObject({ type: 'call', place: '', timeOfDay: 'morning', date: '2026-07-16' });
    expect(row?.contacts.map((contact) => contact.contactId)).toEqual([anna.id, joerg.id]);
    expect(row?.newcomers.length).toBeGreaterThan(20);
    expect(row?.newcomers.find((newcomer) => newcomer.email === 'lena.petersen@hafenblick-consulting.de')).toEqual({
      email: 'lena.petersen@hafenblick-consulting.de',
      firstName: 'Lena',
      lastName: 'Petersen',
      organisation: 'Hafenblick Consulting',
      relation: 'external',
    });
  });

  it.each(['not-a-calendar.ics', 'binary.ics', 'empty.ics'])('refuses the broken file %s and keeps nothing', async (name) => {
    const { calendar, store } = calendarHarness();
    await expect(calendar.import({ name, text: fixture(`broken/${name}`) || ' ' })).rejects.toMatchObject({ code: 'calendarUnreadable', details: { file: name } });
    expect(calendar.status()).toEqual({ sources: [] });
    expect(store.commits).toEqual([]);
  });
});
