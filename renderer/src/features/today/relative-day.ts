// "heute", "morgen", "in 3 Tagen": how near an occasion is, in words, next to its date.
import type { TFunction } from 'i18next';
import { daysBetween } from '../../../../shared/dates';
import { formatDate } from '../../components';

export function relativeDay(date: string, today: string, t: TFunction<'today'>): string {
  const days = daysBetween(today, date);
  if (days === 0) return t('relative.today');
  if (days === 1) return t('relative.tomorrow');
  return t('relative.inDays', { count: days });
}

/** "morgen, 28. November 2026": the word for nearness first, because that is what the user scans for. */
export function whenText(date: string, today: string, t: TFunction<'today'>, language: string): string {
  return `${relativeDay(date, today, t)}, ${formatDate(date, language)}`;
}
