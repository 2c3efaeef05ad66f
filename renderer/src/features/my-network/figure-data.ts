// The two figures' numbers as the chart and its table both show them, so the table alternative cannot drift from the
// picture: one row per week (or month) with a value per series and the total.
import { interactionTypes, type InteractionType } from '../../../../shared/model';
import type { NetworkMapMonth, NetworkMapWeek } from '../../../../shared/network-map-contract';

export interface EncounterRows {
  /** The kinds of encounter that occur in the year, in the journal's order of kinds. */
  types: InteractionType[];
  rows: { weekStart: string; counts: Record<InteractionType, number>; total: number }[];
  total: number;
}

export function encounterRows(weeks: readonly NetworkMapWeek[]): EncounterRows {
  const seen = new Set<InteractionType>();
  let total = 0;
  const rows = weeks.map((week) => {
    const counts = Object.fromEntries(interactionTypes.map((type) => [type, week.counts[type] ?? 0])) as Record<InteractionType, number>;
    let weekTotal = 0;
    for (const type of interactionTypes) {
      if (counts[type] > 0) seen.add(type);
      weekTotal += counts[type];
    }
    total += weekTotal;
    return { weekStart: week.weekStart, counts, total: weekTotal };
  });
  return { types: interactionTypes.filter((type) => seen.has(type)), rows, total };
}

export function favourTotal(months: readonly NetworkMapMonth[]): number {
  return months.reduce((sum, month) => sum + month.given + month.received, 0);
}

const monthFormatters = new Map<string, Intl.DateTimeFormat>();

/** `YYYY-MM` as the app's language writes a month: "Dezember 2025" / "December 2025", or short "Dez. 25" / "Dec 25". */
export function formatMonth(month: string, language: string, style: 'long' | 'short' = 'long'): string {
  const key = `${language}|${style}`;
  let formatter = monthFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(language, { month: style, year: style === 'long' ? 'numeric' : '2-digit', timeZone: 'UTC' });
    monthFormatters.set(key, formatter);
  }
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  return formatter.format(new Date(Date.UTC(year, monthNumber - 1, 1)));
}

const dayMonthFormatters = new Map<string, Intl.DateTimeFormat>();

/** A week's Monday on a chart axis: "1. Dez." / "1 Dec". */
export function formatDayMonth(isoDate: string, language: string): string {
  let formatter = dayMonthFormatters.get(language);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short', timeZone: 'UTC' });
    dayMonthFormatters.set(language, formatter);
  }
  return formatter.format(new Date(`${isoDate}T00:00:00Z`));
}
