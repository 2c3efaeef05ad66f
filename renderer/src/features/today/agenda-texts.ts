// The words of Today's rows: who a row is about and why it is there ("wird 40", "Nachfassen: Mittagessen vom
// 12.11.2026"), and the heading of each day. Plain functions of the row and the language, so tests can read them.
import type { TFunction } from 'i18next';
import { daysBetween } from '../../../../shared/dates';
import type { Occasion } from '../../../../shared/occasions';
import type { AgendaItem, TodaySuggestion } from '../../../../shared/views';
import { formatDate, formatShortDate } from '../../components';
import { formatInstant } from './reminders-card';

export interface AgendaTexts {
  t: TFunction<'today'>;
  tJournal: TFunction<'journal'>;
  tCoach: TFunction<'coach'>;
  language: string;
}

/** "Heute", "Morgen", else "Mittwoch, 9. Dezember 2026", in the app's language whatever the browser's. */
export function dayHeading(date: string, today: string, { t, language }: Pick<AgendaTexts, 't' | 'language'>): string {
  const days = daysBetween(today, date);
  if (days <= 0) return t('agenda.today');
  if (days === 1) return t('agenda.tomorrow');
  const weekday = new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));
  return t('agenda.dayLabel', { weekday, date: formatDate(date, language) });
}

function anniversaryName(occasion: Occasion, t: TFunction<'today'>): string {
  return occasion.detail || t(`anniversaries.kinds.${occasion.anniversaryKind ?? 'other'}`);
}

/** Why an occasion is on the agenda, without the person's name (the row shows it beside). */
function occasionReason(occasion: Occasion, t: TFunction<'today'>): string {
  const relation = t(`relations.${occasion.relation ?? 'other'}`);
  switch (occasion.kind) {
    case 'familyBirthday':
      return occasion.years !== undefined
        ? t('agenda.familyTurns', { detail: occasion.detail, relation, count: occasion.years })
        : t('agenda.familyBirthday', { detail: occasion.detail, relation });
    case 'schoolStart':
      return t('agenda.schoolStart', { detail: occasion.detail });
    case 'anniversary':
      return occasion.years !== undefined
        ? t('agenda.anniversaryYears', { what: anniversaryName(occasion, t), count: occasion.years })
        : t('agenda.anniversary', { what: anniversaryName(occasion, t) });
    default:
      return occasion.years !== undefined ? t('agenda.turns', { count: occasion.years }) : t('agenda.birthday');
  }
}

export interface RowText {
  /** The person (or the event) the row is about. */
  who: string;
  /** Why it is on the agenda, in words. */
  reason: string;
  /** A second line: how overdue, the note, where. */
  detail?: string;
}

function firstLine(text: string | undefined): string {
  return text?.split('\n').find((line) => line.trim())?.trim() ?? '';
}

export function agendaRowText(item: AgendaItem, today: string, texts: AgendaTexts): RowText {
  const { t, tJournal, tCoach, language } = texts;
  switch (item.kind) {
    case 'occasion':
      return { who: item.occasion.name, reason: occasionReason(item.occasion, t) };
    case 'followUp': {
      const { interaction, names } = item.followUp;
      const who = interaction.contactIds.flatMap((id) => (names[id] ? [names[id]] : [])).join(', ');
      const reason = t('agenda.followUp', { type: tJournal(`types.${interaction.type}`), date: formatShortDate(interaction.date, language) });
      const overdue = daysBetween(interaction.followUpOn ?? today, today);
      const detail = [overdue > 0 ? t('agenda.overdue', { count: overdue }) : '', firstLine(interaction.note)].filter(Boolean).join(' · ');
      return { who, reason, ...(detail ? { detail } : {}) };
    }
    case 'colleagueStep': {
      const { step } = item;
      return {
        who: step.name,
        reason: t('agenda.colleagueStep', { step: tCoach(`steps.${step.step}`) }),
        ...(step.daysOverdue > 0 ? { detail: t('agenda.overdue', { count: step.daysOverdue }) } : {}),
      };
    }
    case 'event': {
      const { event } = item;
      const detail = [event.startTime, event.place].filter(Boolean).join(' · ');
      return { who: event.title, reason: t('agenda.event'), ...(detail ? { detail } : {}) };
    }
    case 'reminder': {
      const { reminder } = item;
      const snoozed = reminder.status === 'snoozed' && reminder.snoozedUntil !== undefined;
      return {
        who: reminder.name,
        reason: t(`agenda.reminderKinds.${reminder.kind}`, {
          detail: firstLine(reminder.detail) || (reminder.kind === 'anniversary' ? t('anniversaries.kinds.other') : t('followUps.withoutNote')),
          step: reminder.step ? tCoach(`steps.${reminder.step}`) : '',
        }),
        detail: snoozed ? t('agenda.snoozedUntil', { date: formatInstant(reminder.snoozedUntil as string, language) }) : formatDate(reminder.occursOn, language),
      };
    }
  }
}

/** Why Today suggests someone, e.g. "Lange nichts gehört – zuletzt am 3. März 2026". */
export function suggestionReason({ reason }: TodaySuggestion, { t, language }: Pick<AgendaTexts, 't' | 'language'>): string {
  switch (reason.kind) {
    case 'drifting':
      return t(reason.status === 'overdue' ? 'suggestions.driftingOverdue' : 'suggestions.drifting', { date: formatDate(reason.lastContactOn, language) });
    case 'youOwe':
      return t('suggestions.youOwe', { date: formatDate(reason.favour.date, language) });
    case 'theyOwe':
      return t('suggestions.theyOwe', { date: formatDate(reason.favour.date, language) });
    case 'occasion': {
      const { occasion } = reason;
      const date = formatDate(occasion.date, language);
      if (occasion.kind === 'familyBirthday') return t('suggestions.familyBirthday', { detail: occasion.detail, date });
      if (occasion.kind === 'schoolStart') return t('suggestions.schoolStart', { detail: occasion.detail, date });
      if (occasion.kind === 'anniversary') return t('suggestions.anniversary', { what: anniversaryName(occasion, t), date });
      return occasion.years !== undefined ? t('suggestions.birthdayTurns', { count: occasion.years, date }) : t('suggestions.birthday', { date });
    }
  }
}

/** The people a row is about, for its avatar and its log action; none for an event. */
export function peopleOf(item: AgendaItem): { contactId: string; name: string }[] {
  switch (item.kind) {
    case 'occasion':
      return [{ contactId: item.occasion.contactId, name: item.occasion.name }];
    case 'followUp':
      return item.followUp.interaction.contactIds.flatMap((contactId) => {
        const name = item.followUp.names[contactId];
        return name ? [{ contactId, name }] : [];
      });
    case 'colleagueStep':
      return [{ contactId: item.step.contactId, name: item.step.name }];
    case 'reminder':
      return [{ contactId: item.reminder.contactId, name: item.reminder.name }];
    case 'event':
      return [];
  }
}

/** The reminder a row snoozes or settles its thing with; none where that makes no sense (events, plans). */
export function reminderIdOf(item: AgendaItem): string | undefined {
  if (item.kind === 'occasion' || item.kind === 'followUp') return item.reminderId;
  if (item.kind === 'reminder') return item.reminder.id;
  return undefined;
}
