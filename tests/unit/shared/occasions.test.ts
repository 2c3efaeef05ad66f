import { describe, expect, it } from 'vitest';
import { easterSunday, isRound, nextOccurrence, occasionsInWindow, occasionsOf, occurrenceInYear, yearsAt } from '../../../shared/occasions';
import { aContact } from '../../support/journal-fixtures';

describe('next occurrence', () => {
  it('puts Feb 29 on Feb 28 in common years and on Feb 29 in leap years', () => {
    expect(occurrenceInYear('1992-02-29', 2025)).toBe('2025-02-28');
    expect(occurrenceInYear('1992-02-29', 2028)).toBe('2028-02-29');
    expect(nextOccurrence('--02-29', '2025-02-28')).toBe('2025-02-28');
    expect(nextOccurrence('--02-29', '2025-03-01')).toBe('2026-02-28');
    expect(nextOccurrence('--02-29', '2027-03-01')).toBe('2028-02-29');
  });

  it('is on or after the given day, rolling into the next year', () => {
    expect(nextOccurrence('--06-02', '2025-06-02')).toBe('2025-06-02');
    expect(nextOccurrence('1980-06-01', '2025-06-02')).toBe('2026-06-01');
    expect(nextOccurrence('--01-03', '2025-12-30')).toBe('2026-01-03');
  });

  it('counts years only when the year is known', () => {
    expect(yearsAt('1975-06-02', '2025-06-02')).toBe(50);
    expect(yearsAt('--06-02', '2025-06-02')).toBeUndefined();
  });
});

describe('round numbers', () => {
  it('marks the tens, and the fives from 50 on, for birthdays', () => {
    expect([20, 30, 40, 50, 55, 60, 65].map((y) => isRound('birthday', y))).toEqual(Array(7).fill(true));
    expect([25, 35, 45, 51, 0].map((y) => isRound('birthday', y))).toEqual(Array(5).fill(false));
  });

  it('marks every five years for anniversaries', () => {
    expect([5, 10, 25].map((y) => isRound('anniversary', y))).toEqual([true, true, true]);
    expect([1, 7, 12].map((y) => isRound('anniversary', y))).toEqual([false, false, false]);
  });

  it('needs a known year', () => {
    expect(isRound('birthday', undefined)).toBe(false);
  });
});

describe('occasions of a contact', () => {
  const contact = aContact({
    firstName: 'Anna',
    lastName: 'Berg',
    birthday: '--06-05',
    family: [
      { id: 'kid', name: 'Mia', relation: 'child', birthday: '2019-06-03', schoolStart: '2025-08-11' },
      { id: 'partner', name: 'Jonas', relation: 'partner', birthday: '1975-06-04' },
    ],
    anniversaries: [
      { id: 'work', kind: 'work', label: 'Firma', date: '2015-06-06' },
      { id: 'wed', kind: 'wedding', label: '', date: '--06-07' },
    ],
  });

  it('lists birthdays, family birthdays and anniversaries in date order, with years only where known', () => {
    const occasions = occasionsOf(contact, '2025-06-01', '2025-06-30');
    expect(occasions.map((o) => [o.kind, o.date, o.detail, o.years, o.round])).toEqual([
      ['familyBirthday', '2025-06-03', 'Mia', 6, false],
      ['familyBirthday', '2025-06-04', 'Jonas', 50, true],
      ['birthday', '2025-06-05', undefined, undefined, false],
      ['anniversary', '2025-06-06', 'Firma', 10, true],
      ['anniversary', '2025-06-07', undefined, undefined, false],
    ]);
    expect(occasions.find((o) => o.kind === 'birthday')).not.toHaveProperty('years');
  });

  it('has the school start once, on its exact date', () => {
    expect(occasionsOf(contact, '2025-08-01', '2025-08-31').map((o) => [o.kind, o.date])).toEqual([['schoolStart', '2025-08-11']]);
    expect(occasionsOf(contact, '2026-08-01', '2026-08-31')).toEqual([]);
  });

  it('never counts the original day itself as an anniversary', () => {
    const newcomer = aContact({ anniversaries: [{ id: 'a', kind: 'work', label: '', date: '2025-06-06' }] });
    expect(occasionsOf(newcomer, '2025-06-01', '2025-06-30')).toEqual([]);
    expect(occasionsOf(newcomer, '2026-06-01', '2026-06-30').map((o) => o.years)).toEqual([1]);
  });

  it('finds occasions across the turn of the year and skips archived contacts', () => {
    const januaryBorn = aContact({ firstName: 'Jan', birthday: '1990-01-02' });
    const archived = aContact({ firstName: 'Old', birthday: '--12-31', archived: true });
    const found = occasionsInWindow([januaryBorn, archived], '2025-12-28', 7);
    expect(found.map((o) => [o.name, o.date, o.years])).toEqual([['Jan Mustermann', '2026-01-02', 36]]);
  });
});

describe('Easter Sunday', () => {
  it.each([
    [1961, '1961-04-02'],
    [2000, '2000-04-23'],
    [2008, '2008-03-23'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2038, '2038-04-25'],
  ])('falls in %i on %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });
});
