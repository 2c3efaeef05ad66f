import { describe, expect, it } from 'vitest';
import { formatDate, formatPartialDate, formatShortDate } from '../../../renderer/src/components/format';

describe('date formatting', () => {
  it('writes a calendar date the way each language does', () => {
    expect(formatDate('2025-03-03', 'de')).toBe('3. März 2025');
    expect(formatDate('2025-03-03', 'en')).toBe('March 3, 2025');
  });

  it('keeps the calendar day whatever the time zone', () => {
    expect(formatDate('2025-01-01', 'de')).toBe('1. Januar 2025');
    expect(formatDate('2024-12-31', 'de')).toBe('31. Dezember 2024');
  });

  it('shows a birthday without a year as day and month only', () => {
    expect(formatPartialDate('--02-29', 'de')).toBe('29. Februar');
    expect(formatPartialDate('--07-14', 'en')).toBe('July 14');
  });

  it('shows a birthday with a year as a full date', () => {
    expect(formatPartialDate('1980-07-14', 'de')).toBe('14. Juli 1980');
  });

  it('has a compact form for lists', () => {
    expect(formatShortDate('2025-03-03', 'de')).toBe('03.03.2025');
  });

  it('refuses values that are not dates', () => {
    expect(() => formatDate('03.03.2025', 'de')).toThrow(RangeError);
  });
});
