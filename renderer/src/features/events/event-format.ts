// How an event's date and time read in a line: "5. Juni 2025, 18:00–22:00" or "3.–5. Juni 2025".
import type { EventSummary } from '../../../../shared/events-views';
import { formatDate } from '../../components';

export function formatEventWhen(event: Pick<EventSummary, 'date' | 'endDate' | 'startTime' | 'endTime'>, language: string): string {
  const days = event.endDate && event.endDate !== event.date ? `${formatDate(event.date, language)} – ${formatDate(event.endDate, language)}` : formatDate(event.date, language);
  const times = [event.startTime, event.endTime].filter(Boolean).join('–');
  return times ? `${days}, ${times}` : days;
}
