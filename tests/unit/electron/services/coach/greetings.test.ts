import { describe, expect, it } from 'vitest';
import type { GreetingsView } from '../../../../../shared/coach-views';
import { greetingOccasions, type GreetingOccasion } from '../../../../../shared/content';
import { PlauschError } from '../../../../../shared/errors';
import { aContact, anInteraction } from '../../../../support/journal-fixtures';
import { servicesHarness } from '../../../../support/services-harness';

// The harness's clock stands on Monday 2 June 2025.

const sabine = aContact({
  id: 'sabine',
  firstName: 'Sabine',
  lastName: 'Roth',
  // 50 on Wednesday: a round birthday this week.
  birthday: '1975-06-04',
  anniversaries: [{ id: 'work', kind: 'work', label: '', date: '2013-05-30' }],
  family: [{ id: 'mia', name: 'Mia', relation: 'child', schoolStart: '2025-06-10' }],
});

function occasion(view: GreetingsView, kind: GreetingOccasion) {
  const found = view.occasions.find((o) => o.occasion === kind);
  if (!found) throw new Error(`no ${kind} in ${view.occasions.map((o) => o.occasion).join(', ')}`);
  return found;
}

const allTexts = (view: GreetingsView) => view.occasions.flatMap((o) => o.greetings.flatMap((g) => [g.text, g.subject ?? '']));

describe('written greetings', () => {
  it('fills the greetings with what the journal holds: the name, a round birthday’s age, the years, the child', () => {
    const { services } = servicesHarness({ contacts: [sabine] });
    const view = services.coach.greetings.forContact({ contactId: 'sabine', language: 'de' });

    expect(view.name).toBe('Sabine Roth');
    expect(view.addressForm).toBe('sie');
    const round = occasion(view, 'roundBirthday');
    expect(round.greetings.map((g) => g.channel)).toEqual(['email', 'teams']);
    expect(round.greetings[0]?.subject).toBe('Herzlichen Glückwunsch zum 50. Geburtstag');
    expect(round.greetings[0]?.text).toMatch(/^Guten Tag Sabine Roth,\n\nzum 50\. Geburtstag gratuliere ich Ihnen herzlich!/u);
    expect(occasion(view, 'workAnniversary').greetings[0]?.text).toContain('12-jährigen Dienstjubiläum');
    expect(occasion(view, 'schoolStart').greetings[0]?.subject).toBe('Alles Gute zur Einschulung von Mia');
    for (const text of allTexts(view)) expect(text).not.toMatch(/[{}]/);
  });

  it('puts what is due now first: the round birthday this week, the work anniversary three days ago, the school start next week', () => {
    const { services } = servicesHarness({ contacts: [sabine] });
    const view = services.coach.greetings.forContact({ contactId: 'sabine', language: 'de' });
    expect(view.occasions.map((o) => [o.occasion, o.fitsNow])).toEqual([
      ['roundBirthday', true],
      ['workAnniversary', true],
      ['schoolStart', true],
      ['birthday', false],
      ['thanks', false],
      ['getWell', false],
      ['condolence', false],
      ['farewell', false],
    ]);
  });

  it('puts the occasion asked for first, as a reminder or a Today row asks', () => {
    const { services } = servicesHarness({ contacts: [sabine] });
    const view = services.coach.greetings.forContact({ contactId: 'sabine', language: 'en', occasion: 'farewell' });
    expect(view.occasions[0]?.occasion).toBe('farewell');
    expect(view.occasions[0]?.greetings[0]?.text).toMatch(/^Hello Sabine,/u);
  });

  it('says du and greets by first name when the contact is on first-name terms, else the default from Settings', () => {
    const du = aContact({ id: 'jan', firstName: 'Jan', lastName: 'Berg', addressForm: 'du' });
    const byDefault = aContact({ id: 'ute', firstName: 'Ute', lastName: 'Klein' });
    const formal = aContact({ id: 'eva', firstName: 'Eva', lastName: 'Lang', addressForm: 'sie' });
    const { services } = servicesHarness({ contacts: [du, byDefault, formal], settings: { addressForm: 'du' } });

    const jan = services.coach.greetings.forContact({ contactId: 'jan', language: 'de', occasion: 'thanks' });
    expect(jan.addressForm).toBe('du');
    expect(jan.occasions[0]?.greetings[0]?.subject).toBe('Vielen Dank für deine Hilfe');
    expect(jan.occasions[0]?.greetings[0]?.text).toMatch(/^Hallo Jan,\n\nvielen Dank für deine Hilfe!/u);
    expect(services.coach.greetings.forContact({ contactId: 'ute', language: 'de' }).addressForm).toBe('du');
    const eva = services.coach.greetings.forContact({ contactId: 'eva', language: 'de', occasion: 'thanks' });
    expect(eva.occasions[0]?.greetings[0]?.text).toMatch(/^Guten Tag Eva Lang,\n\nvielen Dank für Ihre Hilfe!/u);
  });

  it('offers no greeting whose detail the journal lacks: no round birthday without a year, no school start without a child', () => {
    const plain = aContact({ id: 'plain', firstName: 'Tom', lastName: 'Weber', birthday: '--06-03' });
    const { services } = servicesHarness({ contacts: [plain] });
    for (const language of ['de', 'en'] as const) {
      const view = services.coach.greetings.forContact({ contactId: 'plain', language });
      const kinds = view.occasions.map((o) => o.occasion);
      expect(kinds).not.toContain('roundBirthday');
      expect(kinds).not.toContain('schoolStart');
      expect(kinds[0]).toBe('birthday');
      // Without a year in the firm, only the work-anniversary greetings that name no number.
      expect(occasion(view, 'workAnniversary').greetings.map((g) => g.id)).toEqual(['work-anniversary-email', 'work-anniversary-teams']);
      expect(occasion(view, 'thanks').greetings.map((g) => g.id)).toEqual(['thanks-email', 'thanks-teams']);
      for (const text of allTexts(view)) expect(text).not.toMatch(/[{}]/);
    }
  });

  it('names the favour to thank for: the one asked for, else the newest received in the last weeks', () => {
    const recent = anInteraction({ id: 'recent', contactIds: ['sabine'], type: 'favourReceived', date: '2025-05-28', topics: ['Raumbuchung'] });
    const older = anInteraction({ id: 'older', contactIds: ['sabine'], type: 'favourReceived', date: '2025-05-01', note: 'Vertretung am Empfang.' });
    const { services } = servicesHarness({ contacts: [sabine], interactions: [recent, older] });

    const newest = occasion(services.coach.greetings.forContact({ contactId: 'sabine', language: 'de' }), 'thanks');
    expect(newest.fitsNow).toBe(true);
    expect(newest.greetings[0]?.text).toContain('vielen Dank für Ihre Hilfe bei „Raumbuchung“!');

    const asked = services.coach.greetings.forContact({ contactId: 'sabine', language: 'en', favourId: 'older' });
    expect(occasion(asked, 'thanks').greetings[0]?.text).toContain('your help with “Vertretung am Empfang”!');
  });

  it('offers every occasion in both languages for a person with a full record', () => {
    const { services } = servicesHarness({
      contacts: [sabine],
      interactions: [anInteraction({ contactIds: ['sabine'], type: 'favourReceived', date: '2025-05-30', topics: ['Reise'] })],
    });
    for (const language of ['de', 'en'] as const) {
      const view = services.coach.greetings.forContact({ contactId: 'sabine', language });
      expect(view.occasions.map((o) => o.occasion).sort()).toEqual([...greetingOccasions].sort());
      for (const choice of view.occasions) expect(new Set(choice.greetings.map((g) => g.channel))).toEqual(new Set(['email', 'teams']));
    }
  });

  it('reports an unknown contact, and a favour of someone else, as not found', () => {
    const other = anInteraction({ id: 'other', contactIds: ['someone'], type: 'favourReceived' });
    const { services } = servicesHarness({ contacts: [sabine], interactions: [other] });
    expect(() => services.coach.greetings.forContact({ contactId: 'nobody', language: 'de' })).toThrow(PlauschError);
    expect(() => services.coach.greetings.forContact({ contactId: 'sabine', language: 'de', favourId: 'other' })).toThrow(/notFound/);
  });
});
