import { describe, expect, it } from 'vitest';
import { createMatcher, nameKey } from '../../../../../electron/main/services/calendar/matcher';
import { settingsSchema, type Contact, type Settings } from '../../../../../shared/model';
import { aContact } from '../../../../support/journal-fixtures';
import { aMeeting, aPerson } from './occurrences';

function settings(fields: Partial<Settings> = {}): Settings {
  return settingsSchema.parse(fields);
}

function matchOne(contacts: Contact[], person: ReturnType<typeof aPerson>, own: Partial<Settings> = {}) {
  return createMatcher(contacts, settings(own)).match(aMeeting({ attendees: [person] }));
}

describe('matching the people of a meeting to contacts', () => {
  const sabine = aContact({ firstName: 'Sabine', lastName: 'Keller', emails: ['Sabine.Keller@Nordlicht-AG.de'] });
  const joerg = aContact({ firstName: 'Jörg', lastName: 'Müller' });

  it('finds a contact by e-mail address whatever its case, and names them as the journal does', () => {
    const people = matchOne([sabine], aPerson('SABINE.KELLER@nordlicht-ag.de', 'Someone Else'));
    expect(people.contacts).toEqual([{ contactId: sabine.id, name: 'Sabine Keller' }]);
    expect(people.newcomers).toEqual([]);
  });

  it.each(['Keller, Sabine', 'sabine keller', 'Dr. Sabine Keller', 'SABINE   KELLER'])('finds a contact by the name "%s" when the address is unknown', (name) => {
    const people = matchOne([sabine], aPerson('skeller@elsewhere.de', name));
    expect(people.contacts.map((contact) => contact.contactId)).toEqual([sabine.id]);
  });

  it.each(['Jörg Müller', 'Joerg Mueller', 'Muller, Jorg', 'müller jörg'])('folds umlauts: "%s" is Jörg Müller', (name) => {
    expect(matchOne([joerg], aPerson('', name)).contacts.map((contact) => contact.contactId)).toEqual([joerg.id]);
  });

  it('reads a name from an address without a display name, or with the address for one', () => {
    expect(matchOne([joerg], aPerson('joerg.mueller@werft.de')).contacts.map((contact) => contact.contactId)).toEqual([joerg.id]);
    expect(matchOne([joerg], aPerson('joerg.mueller@werft.de', 'joerg.mueller@werft.de')).contacts.map((contact) => contact.contactId)).toEqual([joerg.id]);
  });

  it('matches no one by a name two contacts share, nor by a first name alone', () => {
    const other = aContact({ firstName: 'Sabine', lastName: 'Keller', organisation: 'Stadtwerke' });
    expect(matchOne([sabine, other], aPerson('', 'Sabine Keller')).contacts).toEqual([]);
    expect(matchOne([sabine], aPerson('', 'Sabine')).contacts).toEqual([]);
    expect(nameKey('Sabine')).toBeUndefined();
  });

  it('leaves out the user herself, rooms, resources, groups and people who declined', () => {
    const matcher = createMatcher([sabine], settings({ ownEmailAddresses: ['Ich@Firma.de'] }));
    const people = matcher.match(
      aMeeting({
        organiser: aPerson('ich@firma.de', 'Ich Selbst'),
        attendees: [
          aPerson('raum.3og@firma.de', 'Konferenzraum 3. OG'),
          aPerson('beamer@firma.de', 'Beamer', { cutype: 'resource' }),
          aPerson('x1@firma.de', 'Elbe', { cutype: 'room' }),
          aPerson('team@firma.de', 'Alle', { cutype: 'group' }),
          aPerson('meetingroom-berlin@firma.de', 'Berlin'),
          aPerson('sabine.keller@nordlicht-ag.de', 'Sabine Keller', { partstat: 'declined' }),
          aPerson('verteiler-vertrieb@firma.de', 'Verteiler Vertrieb'),
        ],
      }),
    );
    expect(people).toMatchObject({ contacts: [], newcomers: [], userDeclined: false });
  });

  it('tells when the user declined the meeting herself', () => {
    const matcher = createMatcher([sabine], settings({ ownEmailAddresses: ['ich@firma.de'] }));
    const people = matcher.match(aMeeting({ attendees: [aPerson('ich@firma.de', '', { partstat: 'declined' }), aPerson('sabine.keller@nordlicht-ag.de')] }));
    expect(people.userDeclined).toBe(true);
    expect(people.contacts).toHaveLength(1);
  });

  it('counts each contact once, the organiser first', () => {
    const matcher = createMatcher([sabine, joerg], settings());
    const people = matcher.match(
      aMeeting({ organiser: aPerson('', 'Jörg Müller'), attendees: [aPerson('sabine.keller@nordlicht-ag.de'), aPerson('', 'Keller, Sabine'), aPerson('', 'Joerg Mueller')] }),
    );
    expect(people.contacts.map((contact) => contact.contactId)).toEqual([joerg.id, sabine.id]);
  });

  it('knows an archived contact by address but suggests nothing with them, and never offers them as new', () => {
    const archived = aContact({ firstName: 'Paul', lastName: 'Alt', emails: ['paul@alt.de'], archived: true });
    const people = matchOne([archived], aPerson('paul@alt.de', 'Paul Alt'));
    expect(people).toMatchObject({ contacts: [], newcomers: [] });
    // By name an archived contact is nobody: the address makes a newcomer.
    expect(matchOne([archived], aPerson('p.alt@neu.de', 'Paul Alt')).newcomers).toHaveLength(1);
  });

  it('makes newcomers of unknown people with an address, with name, organisation and relation', () => {
    const matcher = createMatcher([], settings({ ownEmailDomains: ['firma.de'] }));
    const people = matcher.match(
      aMeeting({
        attendees: [
          aPerson('sabine.keller@nordlicht-ag.de'),
          aPerson('t.braun@mail.firma.de', 'Braun, Thomas'),
          aPerson('', 'Ohne Adresse'),
          aPerson('info@nordlicht-ag.de'),
        ],
      }),
    );
    expect(people.newcomers).toEqual([
      { email: 'sabine.keller@nordlicht-ag.de', firstName: 'Sabine', lastName: 'Keller', organisation: 'Nordlicht AG', relation: 'external' },
      { email: 't.braun@mail.firma.de', firstName: 'Thomas', lastName: 'Braun', organisation: 'Firma', relation: 'internal' },
    ]);
    expect(people.internalOnly).toBe(false);
  });

  it('matches the people of a 500-person meeting against 10,000 contacts by look-up, not by comparing', () => {
    const contacts = Array.from({ length: 10_000 }, (_, index) => aContact({ firstName: `Vorname${index}`, lastName: `Nachname${index}`, emails: [`p${index}@firma.de`] }));
    const matcher = createMatcher(contacts, settings());
    const attendees = Array.from({ length: 500 }, (_, index) => aPerson(index % 2 ? `p${index * 7}@firma.de` : `x${index}@else.de`, `Vorname${index * 7} Nachname${index * 7}`));
    const people = matcher.match(aMeeting({ attendees }));
    expect(people.contacts).toHaveLength(500);
    expect(people.contacts[0]).toEqual({ contactId: contacts[0]?.id, name: 'Vorname0 Nachname0' });
  });
});
