// Which reminders the journal holds and which of them are due: pure functions of the journal, the reminder log and
// the day, so the scheduler's only job is gating (quiet hours, pause, digest), recording and notifying.
import { addDays, compareIsoDates, daysBetween } from '../../../../shared/dates';
import {
  displayName,
  type CoachRecord,
  type Contact,
  type IntegrationPlan,
  type IntegrationStep,
  type Interaction,
  type ReminderLogEntry,
} from '../../../../shared/model';
import { occasionsInWindow, occasionsOf, type Occasion } from '../../../../shared/occasions';
import type { Reminder } from '../../../../shared/views';

/** Days ahead of the occasion each reminder falls due; 14 days leave time to order flowers. */
export const LEAD_DAYS = {
  birthday: [7, 0],
  roundBirthday: [14, 7, 0],
  anniversary: [14, 0],
  schoolStart: [7, 0],
  followUp: [0],
  colleagueStep: [0],
} as const;

/** The longest lead: how far ahead occasions are looked for. */
export const LOOKAHEAD_DAYS = 14;
/** A follow-up or a new colleague's step missed while the computer was off still fires if at most this many days late. */
export const FOLLOW_UP_CATCH_UP_DAYS = 30;
/** Log entries for occasions this long past are dropped: nothing can fire for them any more. */
export const LOG_RETENTION_DAYS = 60;

export interface JournalView {
  contacts: ReadonlyMap<string, Contact>;
  interactions: ReadonlyMap<string, Interaction>;
  /** The coach's records, for the steps of new colleagues' plans. */
  coach: ReadonlyMap<string, CoachRecord>;
}

/** The reminder's occasion without its lead: all leads of one occasion share it, and "done" applies to it. */
export function occasionKey(reminder: Pick<Reminder, 'kind' | 'occursOn'> & { recordId: string }): string {
  return `${reminder.kind}:${reminder.recordId}:${reminder.occursOn}`;
}

export interface ComputedReminder extends Reminder {
  recordId: string;
  /** The day it falls due: `occursOn - leadDays`. */
  fireOn: string;
}

export function parseReminderId(id: string): { kind: string; recordId: string; occursOn: string; leadDays: number } | undefined {
  const parts = id.split(':');
  if (parts.length < 4) return undefined;
  const kind = parts[0] as string;
  const leadDays = Number(parts.at(-1));
  const occursOn = parts.at(-2) as string;
  const recordId = parts.slice(1, -2).join(':');
  if (!Number.isInteger(leadDays) || !/^\d{4}-\d{2}-\d{2}$/.test(occursOn) || !recordId) return undefined;
  return { kind, recordId, occursOn, leadDays };
}

function leadsOf(occasion: Occasion): readonly number[] {
  if (occasion.kind === 'anniversary') return LEAD_DAYS.anniversary;
  if (occasion.kind === 'schoolStart') return LEAD_DAYS.schoolStart;
  return occasion.round ? LEAD_DAYS.roundBirthday : LEAD_DAYS.birthday;
}

function fromOccasion(occasion: Occasion, leadDays: number): ComputedReminder {
  const reminder: ComputedReminder = {
    id: `${occasion.kind}:${occasion.recordId}:${occasion.date}:${leadDays}`,
    kind: occasion.kind,
    contactId: occasion.contactId,
    recordId: occasion.recordId,
    name: occasion.name,
    occursOn: occasion.date,
    leadDays,
    fireOn: addDays(occasion.date, -leadDays),
    round: occasion.round,
  };
  if (occasion.detail !== undefined) reminder.detail = occasion.detail;
  if (occasion.years !== undefined) reminder.years = occasion.years;
  return reminder;
}

function fromFollowUp(interaction: Interaction, followUpOn: string, contacts: ReadonlyMap<string, Contact>): ComputedReminder | undefined {
  const people = interaction.contactIds.map((id) => contacts.get(id)).filter((c): c is Contact => c !== undefined && !c.archived);
  const first = people[0];
  if (!first) return undefined;
  const reminder: ComputedReminder = {
    id: `followUp:${interaction.id}:${followUpOn}:0`,
    kind: 'followUp',
    contactId: first.id,
    recordId: interaction.id,
    interactionId: interaction.id,
    name: people.map(displayName).join(', '),
    occursOn: followUpOn,
    leadDays: 0,
    fireOn: followUpOn,
    round: false,
  };
  if (interaction.note.trim()) reminder.detail = interaction.note;
  return reminder;
}

function fromColleagueStep(plan: IntegrationPlan, step: IntegrationStep, contacts: ReadonlyMap<string, Contact>): ComputedReminder | undefined {
  const contact = contacts.get(plan.contactId);
  if (!contact || contact.archived) return undefined;
  // The plan id already starts with `plan:`; the step follows it, so the record id names one step of one plan.
  const recordId = `${plan.id}:${step.step}`;
  return {
    id: `colleagueStep:${recordId}:${step.dueOn}:0`,
    kind: 'colleagueStep',
    contactId: plan.contactId,
    recordId,
    name: displayName(contact),
    step: step.step,
    occursOn: step.dueOn,
    leadDays: 0,
    fireOn: step.dueOn,
    round: false,
  };
}

function plansIn(coach: ReadonlyMap<string, CoachRecord>): IntegrationPlan[] {
  return [...coach.values()].filter((record): record is IntegrationPlan => record.kind === 'integrationPlan');
}

/**
 * Every reminder that is due today or falls due within the lookahead: occasions from today on, and follow-ups not
 * done and new colleagues' steps not done from the catch-up window on. Leads whose day has passed are included;
 * `selectDue` decides which counts. `occasions` are the contacts' occasions in the lookahead, when already at hand.
 */
export function computeReminders(
  journal: JournalView,
  today: string,
  occasions: Iterable<Occasion> = occasionsInWindow(journal.contacts.values(), today, LOOKAHEAD_DAYS),
  /** Where to look for follow-ups: every interaction unless a kept list of the open ones is at hand. */
  followUps: Iterable<Interaction> = journal.interactions.values(),
): ComputedReminder[] {
  const reminders: ComputedReminder[] = [];
  for (const occasion of occasions) {
    for (const lead of leadsOf(occasion)) reminders.push(fromOccasion(occasion, lead));
  }
  const earliest = addDays(today, -FOLLOW_UP_CATCH_UP_DAYS);
  const latest = addDays(today, LOOKAHEAD_DAYS);
  for (const interaction of followUps) {
    const on = interaction.followUpOn;
    if (on === undefined || interaction.followUpDone || on < earliest || on > latest) continue;
    const reminder = fromFollowUp(interaction, on, journal.contacts);
    if (reminder) reminders.push(reminder);
  }
  for (const plan of plansIn(journal.coach)) {
    for (const step of plan.steps) {
      if (step.doneOn || step.dueOn < earliest || step.dueOn > latest) continue;
      const reminder = fromColleagueStep(plan, step, journal.contacts);
      if (reminder) reminders.push(reminder);
    }
  }
  return reminders.sort((a, b) => compareIsoDates(a.fireOn, b.fireOn) || compareIsoDates(a.occursOn, b.occursOn) || (a.id < b.id ? -1 : 1));
}

/** Rebuilds a reminder from its id, for one snoozed past its occasion; undefined once its record is gone. */
export function reminderById(journal: JournalView, id: string, contactId: string): ComputedReminder | undefined {
  const parsed = parseReminderId(id);
  if (!parsed) return undefined;
  if (parsed.kind === 'followUp') {
    const interaction = journal.interactions.get(parsed.recordId);
    if (!interaction || interaction.followUpDone) return undefined;
    return fromFollowUp(interaction, parsed.occursOn, journal.contacts);
  }
  if (parsed.kind === 'colleagueStep') {
    const split = parsed.recordId.lastIndexOf(':');
    const plan = journal.coach.get(parsed.recordId.slice(0, split));
    const stepKind = parsed.recordId.slice(split + 1);
    if (plan?.kind !== 'integrationPlan') return undefined;
    // A plan moved to another start date has new due dates: the reminder for the old one is gone.
    const step = plan.steps.find((s) => s.step === stepKind && s.dueOn === parsed.occursOn);
    return step && !step.doneOn ? fromColleagueStep(plan, step, journal.contacts) : undefined;
  }
  const contact = journal.contacts.get(contactId);
  if (!contact || contact.archived) return undefined;
  const occasion = occasionsOf(contact, parsed.occursOn, parsed.occursOn).find(
    (o) => o.kind === parsed.kind && o.recordId === parsed.recordId,
  );
  return occasion && fromOccasion(occasion, parsed.leadDays);
}

export function doneOccasions(log: readonly ReminderLogEntry[]): Set<string> {
  const done = new Set<string>();
  for (const entry of log) {
    const parsed = entry.status === 'done' ? parseReminderId(entry.id) : undefined;
    if (parsed) done.add(occasionKey({ kind: entry.kind, recordId: parsed.recordId, occursOn: entry.occursOn }));
  }
  return done;
}

/**
 * The reminders to fire now. Per occasion only the smallest lead already due counts: a reminder missed while the
 * computer was off fires late, once, and never together with a later one for the same occasion. A reminder fires
 * when it has no log entry yet, or when its snooze has run out.
 */
export function selectDue(
  journal: JournalView,
  reminders: readonly ComputedReminder[],
  log: readonly ReminderLogEntry[],
  now: Date,
  today: string,
): ComputedReminder[] {
  const entries = new Map(log.map((entry) => [entry.id, entry]));
  const done = doneOccasions(log);
  const current = new Map<string, ComputedReminder>();
  for (const reminder of reminders) {
    if (reminder.fireOn > today) continue;
    const key = occasionKey(reminder);
    const known = current.get(key);
    if (!known || reminder.leadDays < known.leadDays) current.set(key, reminder);
  }
  const snoozeOver = (entry: ReminderLogEntry | undefined) =>
    entry?.status === 'snoozed' && entry.snoozedUntil !== undefined && new Date(entry.snoozedUntil) <= now;

  const due: ComputedReminder[] = [];
  for (const [key, reminder] of current) {
    if (done.has(key)) continue;
    const entry = entries.get(reminder.id);
    if (!entry || snoozeOver(entry)) due.push(reminder);
  }
  // A reminder snoozed beyond its occasion is no longer computed; it fires once more when the snooze ends.
  const computedKeys = new Set(reminders.map(occasionKey));
  for (const entry of log) {
    if (!snoozeOver(entry) || entry.occursOn >= today) continue;
    const reminder = reminderById(journal, entry.id, entry.contactId);
    if (reminder && !computedKeys.has(occasionKey(reminder)) && !done.has(occasionKey(reminder))) due.push(reminder);
  }
  return due;
}

/** Drops entries no reminder can come back to, keeping snoozes that have yet to run out. */
export function pruneLog(log: readonly ReminderLogEntry[], now: Date, today: string): ReminderLogEntry[] {
  const oldest = addDays(today, -LOG_RETENTION_DAYS);
  return log.filter(
    (entry) => entry.occursOn >= oldest || (entry.status === 'snoozed' && entry.snoozedUntil !== undefined && new Date(entry.snoozedUntil) > now),
  );
}

export function daysAway(reminder: Pick<Reminder, 'occursOn'>, today: string): number {
  return daysBetween(today, reminder.occursOn);
}
