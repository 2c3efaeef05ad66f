import { describe, expect, it } from 'vitest';
import {
  datePlaceholder,
  formatDateInput,
  formatTimeInput,
  isIsoDate,
  parseDateInput,
  parseTimeInput,
  shiftIsoDate,
  shiftIsoTime,
} from '../../../../renderer/src/components/date-time-input';

describe('typed dates', () => {
  it('writes an ISO date as each language types it', () => {
    expect(formatDateInput('2026-11-27', 'de')).toBe('27.11.2026');
    expect(formatDateInput('2026-03-03', 'de')).toBe('03.03.2026');
    expect(formatDateInput('2026-11-27', 'en')).toBe('11/27/2026');
  });

  it('reads the language’s own form back as ISO', () => {
    expect(parseDateInput('27.11.2026', 'de')).toBe('2026-11-27');
    expect(parseDateInput('3.3.2026', 'de')).toBe('2026-03-03');
    expect(parseDateInput(' 27112026 ', 'de')).toBe('2026-11-27');
    expect(parseDateInput('11/27/2026', 'en')).toBe('2026-11-27');
    expect(parseDateInput('11272026', 'en')).toBe('2026-11-27');
  });

  it('accepts an ISO date in any language', () => {
    expect(parseDateInput('2026-11-27', 'de')).toBe('2026-11-27');
    expect(parseDateInput('2026-11-27', 'en')).toBe('2026-11-27');
  });

  it('refuses what is not a whole, real date', () => {
    for (const text of ['', '27.11.', '27.11.26', '31.04.2026', '29.02.2026', '32.01.2026', '27.13.2026', 'morgen', '2026-02-30']) {
      expect(parseDateInput(text, 'de'), text).toBeUndefined();
    }
    // The German order read as English is month 27.
    expect(parseDateInput('27/11/2026', 'en')).toBeUndefined();
    expect(parseDateInput('29.02.2028', 'de')).toBe('2028-02-29');
  });

  it('leaves a value that is not an ISO date as it is, such as a year-less birthday', () => {
    expect(formatDateInput('--02-29', 'de')).toBe('--02-29');
    expect(isIsoDate('--02-29')).toBe(false);
    expect(parseDateInput('--02-29', 'de')).toBeUndefined();
  });

  it('shows the format as a hint in the language’s letters and order', () => {
    expect(datePlaceholder('de', { day: 'T', month: 'M', year: 'J' })).toBe('TT.MM.JJJJ');
    expect(datePlaceholder('en', { day: 'D', month: 'M', year: 'Y' })).toBe('MM/DD/YYYY');
  });

  it('steps by a day across months and leap years', () => {
    expect(shiftIsoDate('2026-11-30', 1)).toBe('2026-12-01');
    expect(shiftIsoDate('2028-03-01', -1)).toBe('2028-02-29');
  });
});

describe('typed times', () => {
  it('writes a time with the language’s clock', () => {
    expect(formatTimeInput('18:00', 'de')).toBe('18:00');
    expect(formatTimeInput('09:05', 'de')).toBe('09:05');
    expect(formatTimeInput('18:00', 'en')).toBe('6:00 PM');
    expect(formatTimeInput('00:30', 'en')).toBe('12:30 AM');
  });

  it('reads 24-hour and AM/PM forms', () => {
    expect(parseTimeInput('18:00')).toBe('18:00');
    expect(parseTimeInput('18.30')).toBe('18:30');
    expect(parseTimeInput('1830')).toBe('18:30');
    expect(parseTimeInput('9')).toBe('09:00');
    expect(parseTimeInput('6:00 PM')).toBe('18:00');
    expect(parseTimeInput('6 pm')).toBe('18:00');
    expect(parseTimeInput('12:15 a.m.')).toBe('00:15');
    expect(parseTimeInput('12 PM')).toBe('12:00');
    expect(parseTimeInput('6:00\u202fPM')).toBe('18:00');
  });

  it('refuses what is not a time', () => {
    for (const text of ['', '24:00', '18:60', '13 pm', '0 am', '18:', 'abends', '18:0']) {
      expect(parseTimeInput(text), text).toBeUndefined();
    }
  });

  it('steps round the clock', () => {
    expect(shiftIsoTime('23:50', 15)).toBe('00:05');
    expect(shiftIsoTime('00:00', -15)).toBe('23:45');
  });
});
