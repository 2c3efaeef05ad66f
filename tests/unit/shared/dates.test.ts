import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isoDateAt } from '../../../shared/dates';

describe('calendar arithmetic', () => {
  it('adds days across month ends, leap days and years', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('0050-01-01', 1)).toBe('0050-01-02');
  });

  it('counts whole days, also across the daylight-saving change', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
    expect(daysBetween('2026-11-27', '2026-10-15')).toBe(-43);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
  });

  it('finds the calendar date of an instant in a time zone', () => {
    const lateEvening = new Date('2026-11-27T23:30:00Z');
    expect(isoDateAt(lateEvening, 'Europe/Berlin')).toBe('2026-11-28');
    expect(isoDateAt(lateEvening, 'America/New_York')).toBe('2026-11-27');
    expect(isoDateAt(new Date('2026-03-29T00:30:00Z'), 'Europe/Berlin')).toBe('2026-03-29');
  });
});
