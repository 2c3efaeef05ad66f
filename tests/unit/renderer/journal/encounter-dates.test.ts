import { describe, expect, it } from 'vitest';
import {
  addMonth,
  dateChoiceOf,
  dateFor,
  followUpChoiceOf,
  followUpFor,
} from '../../../../renderer/src/features/journal/encounter-dates';

// A fixed "today" for every case: the functions never read a clock themselves.
const today = '2026-11-27';

describe('the encounter dialog\'s date chips', () => {
  it('turn "Heute", "Gestern" and "Datum…" into dates, across a month and a year boundary', () => {
    expect(dateFor('today', '2026-10-01', today)).toBe('2026-11-27');
    expect(dateFor('yesterday', '2026-10-01', today)).toBe('2026-11-26');
    expect(dateFor('yesterday', today, '2026-12-01')).toBe('2026-11-30');
    expect(dateFor('yesterday', today, '2027-01-01')).toBe('2026-12-31');
    // Another day starts from the date already there, for the user to change.
    expect(dateFor('other', '2026-10-01', today)).toBe('2026-10-01');
  });

  it('show a stored date under its chip', () => {
    expect(dateChoiceOf('2026-11-27', today)).toBe('today');
    expect(dateChoiceOf('2026-11-26', today)).toBe('yesterday');
    expect(dateChoiceOf('2026-11-25', today)).toBe('other');
    expect(dateChoiceOf('2026-11-28', today)).toBe('other');
  });
});

describe('the follow-up presets', () => {
  it('count a week and a month from today', () => {
    expect(followUpFor('none', '2026-12-24', today)).toBe('');
    expect(followUpFor('week', '', today)).toBe('2026-12-04');
    expect(followUpFor('month', '', today)).toBe('2026-12-27');
    expect(followUpFor('month', '', '2026-12-15')).toBe('2027-01-15');
    expect(followUpFor('other', '2026-12-24', today)).toBe('2026-12-24');
  });

  it('end a month on its last day when it is shorter', () => {
    expect(addMonth('2027-01-31')).toBe('2027-02-28');
    expect(addMonth('2028-01-31')).toBe('2028-02-29');
    expect(addMonth('2026-03-31')).toBe('2026-04-30');
    expect(addMonth('2026-12-31')).toBe('2027-01-31');
  });

  it('show a stored follow-up in the date field', () => {
    expect(followUpChoiceOf('')).toBe('none');
    expect(followUpChoiceOf('2026-12-04')).toBe('other');
  });
});
