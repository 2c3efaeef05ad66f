import { describe, expect, it } from 'vitest';
import { eventKindOf } from '../../../../../electron/main/services/calendar/event-like';
import { aMeeting, aPerson, anAllDayEntry } from './occurrences';

describe('entries that look like events', () => {
  it.each([
    ['Weihnachtsfeier 2025', [], 'christmasParty'],
    ['Christmas Party', [], 'christmasParty'],
    ['Assistenz-Stammtisch', [], 'stammtisch'],
    ['Netzwerktreffen Hamburg', [], 'stammtisch'],
    ['Sommerfest', [], 'internalEvent'],
    ['Betriebsausflug an die Elbe', [], 'internalEvent'],
    ['Jahresfeier 25 Jahre', [], 'internalEvent'],
    ['Kundenkonferenz Nord', [], 'conference'],
    ['Kongress Office Management', [], 'conference'],
    ['Fachtagung', [], 'conference'],
    ['Abschiedsfeier Frau Lang', [], 'farewell'],
    ['Besuch', ['Messe'], 'conference'],
    ['Team-Tag', ['Veranstaltung'], 'other'],
  ] as const)('"%s" with categories %j is a %s', (summary, categories, kind) => {
    expect(eventKindOf(aMeeting({ summary, categories: [...categories] }), false)).toBe(kind);
  });

  it('makes a training with colleagues only an internal event, and one with others a conference', () => {
    const training = aMeeting({ summary: 'Excel-Schulung' });
    expect(eventKindOf(training, true)).toBe('internalEvent');
    expect(eventKindOf(training, false)).toBe('conference');
  });

  it('takes an ordinary meeting, and words that only end alike, for no event', () => {
    expect(eventKindOf(aMeeting({ summary: 'Abstimmung Budget' }), false)).toBeUndefined();
    expect(eventKindOf(aMeeting({ summary: 'Interessen klären' }), false)).toBeUndefined();
    expect(eventKindOf(aMeeting({ summary: 'Festnetz umstellen' }), false)).toBeUndefined();
  });

  it('takes several whole days for an event, unless they are time off', () => {
    expect(eventKindOf(anAllDayEntry({ summary: 'DMEXCO Köln', date: '2025-06-10', lastDay: '2025-06-11' }), false)).toBe('other');
    expect(eventKindOf(anAllDayEntry({ summary: 'Urlaub', date: '2025-06-10', lastDay: '2025-06-20' }), false)).toBeUndefined();
    expect(eventKindOf(anAllDayEntry({ summary: 'Geburtstag Tom', date: '2025-06-10' }), false)).toBeUndefined();
  });

  it('takes half a day with eight people and more for an event, not with fewer', () => {
    const people = (count: number) => Array.from({ length: count }, (_, index) => aPerson(`p${index}@firma.de`));
    expect(eventKindOf(aMeeting({ summary: 'Strategietag', from: '09:00', to: '13:00', attendees: people(8) }), false)).toBe('other');
    expect(eventKindOf(aMeeting({ summary: 'Strategietag', from: '09:00', to: '13:00', attendees: people(7) }), false)).toBeUndefined();
    expect(eventKindOf(aMeeting({ summary: 'Strategietag', from: '09:00', to: '12:59', attendees: people(8) }), false)).toBeUndefined();
  });
});
