import { describe, expect, it } from 'vitest';
import { inferType, placeOf, timeOfDayAt } from '../../../../../electron/main/services/calendar/infer-type';
import { nameFromAddress, nameFromDisplayName, organisationFromDomain } from '../../../../../electron/main/services/calendar/newcomer';
import { aMeeting } from './occurrences';

describe('what kind of encounter a meeting was', () => {
  it.each([
    ['Telefonat mit Frau Keller', '', '', 'call'],
    ['Anruf Nordlicht', '', '', 'call'],
    ['Quick call', '', '', 'call'],
    ['TelKo Projekt Elbe', '', '', 'call'],
    ['Abstimmung', 'Microsoft Teams-Besprechung', '', 'call'],
    ['Abstimmung', '', 'Join: https://teams.microsoft.com/l/meetup-join/abc', 'call'],
    ['Review', 'https://zoom.us/j/123', '', 'call'],
    ['Mittagessen mit Tom', '', '', 'lunch'],
    ['Lunch', 'Kantine', '', 'lunch'],
    ['Essen gehen', '', '', 'lunch'],
    ['Kaffee', 'Microsoft Teams-Besprechung', '', 'coffee'],
    ['Coffee chat', '', '', 'coffee'],
    ['Kundentermin in Essen', '', '', 'meeting'],
    ['Interessen abstimmen', '', '', 'meeting'],
    ['Jour fixe', 'Raum 3.12', '', 'meeting'],
  ])('"%s" at "%s" is a %s', (summary, location, description, type) => {
    expect(inferType(aMeeting({ summary, location, description }))).toBe(type);
  });

  it.each([
    ['07:30', 'morning'],
    ['10:59', 'morning'],
    ['11:00', 'midday'],
    ['13:59', 'midday'],
    ['14:00', 'afternoon'],
    ['17:29', 'afternoon'],
    ['17:30', 'evening'],
    ['20:00', 'evening'],
  ])('a start at %s is in the %s', (time, part) => {
    expect(timeOfDayAt(time)).toBe(part);
  });

  it('takes the location as the place, without video links', () => {
    expect(placeOf('Konferenzraum Elbe; Microsoft Teams-Besprechung')).toBe('Konferenzraum Elbe');
    expect(placeOf('https://meet.google.com/abc-defg-hij')).toBe('');
    expect(placeOf('Microsoft Teams Meeting')).toBe('');
    expect(placeOf('Café Paris, Rathausmarkt 4')).toBe('Café Paris, Rathausmarkt 4');
  });
});

describe('a newcomer\'s name and organisation', () => {
  it.each([
    ['Keller, Sabine', 'Sabine', 'Keller', ''],
    ['Dr. Sabine Keller', 'Sabine', 'Keller', ''],
    ['Prof. Dr. Hans-Peter von Ahlen', 'Hans-Peter', 'von Ahlen', ''],
    ['"Sabine Keller (Nordlicht AG)"', 'Sabine', 'Keller', 'Nordlicht AG'],
  ])('reads "%s" as %s %s', (display, firstName, lastName, organisation) => {
    expect(nameFromDisplayName(display)).toEqual({ firstName, lastName, organisation });
  });

  it.each([
    ['sabine.keller@nordlicht-ag.de', 'Sabine', 'Keller'],
    ['hans-peter_mueller2@werft.de', 'Hans-Peter', 'Mueller'],
    ['s.keller@werft.de', 'S.', 'Keller'],
    ['skeller@werft.de', '', 'Skeller'],
  ])('spells %s as %s %s', (email, firstName, lastName) => {
    expect(nameFromAddress(email)).toEqual({ firstName, lastName });
  });

  it.each([
    ['nordlicht-ag.de', 'Nordlicht AG'],
    ['mail.hafenblick-consulting.de', 'Hafenblick Consulting'],
    ['werft-gmbh.com', 'Werft GmbH'],
    ['sap.com', 'SAP'],
    ['uni-hamburg.de', 'Uni Hamburg'],
    ['acme.co.uk', 'Acme'],
    ['gmail.com', ''],
  ])('names %s "%s"', (domain, organisation) => {
    expect(organisationFromDomain(domain)).toBe(organisation);
  });
});
