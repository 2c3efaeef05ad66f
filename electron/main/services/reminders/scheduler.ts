// The reminder scheduler. `tick()` is called at start, after wake from sleep and by a timer the shell owns; each
// tick records what it fires in the journal before it notifies, so a reminder fires at most once even across
// restarts, a crash mid-notification, daylight-saving changes and midnight (ids carry the date, not the hour).
import { Temporal } from 'temporal-polyfill';
import type { GreetingOccasion } from '../../../../shared/content/greetings';
import { PlauschError } from '../../../../shared/errors';
import { greetingOccasionOf } from '../../../../shared/greeting-occasion';
import { reminderSettingsOf, type Interaction, type ReminderLogEntry, type ReminderSettings } from '../../../../shared/model';
import type { Reminder, ReminderEntry, RemindersOverview } from '../../../../shared/views';
import type { Change, JournalStore, Logger } from '../../store/types';
import type { Clock } from '../clock';
import { createDayCache } from '../day-cache';
import type { OccasionsAhead } from '../occasions-ahead';
import { stepCompletion } from '../coach/colleagues';
import type { JournalWriter } from '../journal-writer';
import type { Notifier, NotifyOutcome } from '../notifier';
import { digestText, notificationLanguage, reminderText } from './catalog';
import {
  computeReminders,
  daysAway,
  doneOccasions,
  occasionKey,
  parseReminderId,
  pruneLog,
  reminderById,
  selectDue,
  type ComputedReminder,
} from './compute';

export type SnoozeDuration = 'day' | 'week';
export type PauseDuration = 'hour' | 'untilTomorrow' | 'off';

/** Where a click on a notification should take the user; for a birthday or anniversary, to the greeting for it. */
export type ReminderTarget = { kind: 'contact'; contactId: string; greeting?: GreetingOccasion } | { kind: 'today' };

export interface ReminderSchedulerDeps {
  store: JournalStore;
  writer: JournalWriter;
  clock: Clock;
  notifier: Notifier;
  log: Logger;
  /** The operating system's language, used when the settings say `system`. */
  systemLanguage: string;
  /** The user's time zone, for quiet hours and the digest time; the system's by default. */
  timeZone?: string;
  onActivate?: (target: ReminderTarget) => void;
  /** The contacts' occasions in the lookahead, kept between commits; computed here when not given. */
  occasionsAhead?: OccasionsAhead;
  /** The follow-ups not yet done, kept between commits; every interaction is looked at when not given. */
  openFollowUps?: () => Iterable<Interaction>;
}

export interface TickResult {
  fired: Reminder[];
  /** Why nothing was sent although something may be due. */
  heldBy?: 'disabled' | 'paused' | 'quietHours' | 'digestTime';
}

const HISTORY_LENGTH = 100;

function minutesOf(hhmm: string): number {
  const [hours, minutes] = hhmm.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

function inQuietHours(settings: ReminderSettings, minuteOfDay: number): boolean {
  const { enabled, from, to } = settings.quietHours;
  if (!enabled) return false;
  const start = minutesOf(from);
  const end = minutesOf(to);
  if (start === end) return false;
  return start < end ? minuteOfDay >= start && minuteOfDay < end : minuteOfDay >= start || minuteOfDay < end;
}

function publicReminder({ recordId: _recordId, fireOn: _fireOn, ...reminder }: ComputedReminder): Reminder {
  return reminder;
}

/** Ids of leads already due for which a smaller lead of the same occasion is due too: they will never fire. */
function supersededBy(reminders: readonly ComputedReminder[], today: string): Set<string> {
  const smallestDue = new Map<string, number>();
  for (const r of reminders) {
    if (r.fireOn > today) continue;
    const key = occasionKey(r);
    smallestDue.set(key, Math.min(r.leadDays, smallestDue.get(key) ?? Infinity));
  }
  return new Set(reminders.filter((r) => r.fireOn <= today && r.leadDays > (smallestDue.get(occasionKey(r)) ?? Infinity)).map((r) => r.id));
}

export function createReminderScheduler({
  store,
  writer,
  clock,
  notifier,
  log,
  systemLanguage,
  timeZone = Temporal.Now.timeZoneId(),
  onActivate,
  occasionsAhead,
  openFollowUps,
}: ReminderSchedulerDeps) {
  // The list is read on every Today and every reminders screen; what the journal holds changes only on a commit.
  // Computed from the contacts, the interactions and the coach's plans: a fired, snoozed or settled reminder (a
  // settings commit) leaves them as they are.
  const remindersOn = createDayCache(writer, (today) => computeReminders(store, today, occasionsAhead?.get(today), openFollowUps?.()), {
    dependsOn: ['contacts', 'interactions', 'coach'],
  });

  function local(now: Date): Temporal.ZonedDateTime {
    return Temporal.Instant.fromEpochMilliseconds(now.getTime()).toZonedDateTimeISO(timeZone);
  }

  function logOf(): readonly ReminderLogEntry[] {
    return store.settings.reminderLog ?? [];
  }

  function withLog(reminderLog: ReminderLogEntry[]): Change {
    return { op: 'settings', value: { ...store.settings, reminderLog } };
  }

  function heldBy(settings: ReminderSettings, now: Date): TickResult['heldBy'] {
    if (!settings.enabled) return 'disabled';
    if (settings.pausedUntil !== undefined && new Date(settings.pausedUntil) > now) return 'paused';
    const wall = local(now);
    const minuteOfDay = wall.hour * 60 + wall.minute;
    if (inQuietHours(settings, minuteOfDay)) return 'quietHours';
    if (settings.delivery === 'digest' && minuteOfDay < minutesOf(settings.digestTime)) return 'digestTime';
    return undefined;
  }

  /** Finds a reminder by id among those computed now, else rebuilds it from its id. */
  function findReminder(id: string, today: string): ComputedReminder {
    const computed = computeReminders(store, today).find((r) => r.id === id);
    if (computed) return computed;
    const known = logOf().find((entry) => entry.id === id);
    const parsed = parseReminderId(id);
    // An own birthday's record is the contact; a follow-up's contact comes from its interaction.
    const rebuilt = parsed && reminderById(store, id, known?.contactId ?? parsed.recordId);
    if (!rebuilt) throw new PlauschError('notFound', { id });
    return rebuilt;
  }

  function entryFor(reminder: ComputedReminder, fields: Pick<ReminderLogEntry, 'status'> & Partial<ReminderLogEntry>): ReminderLogEntry {
    const previous = logOf().find((entry) => entry.id === reminder.id);
    const entry: ReminderLogEntry = { id: reminder.id, kind: reminder.kind, contactId: reminder.contactId, occursOn: reminder.occursOn, status: fields.status };
    const firedAt = fields.firedAt ?? previous?.firedAt;
    if (firedAt !== undefined) entry.firedAt = firedAt;
    if (fields.snoozedUntil !== undefined) entry.snoozedUntil = fields.snoozedUntil;
    return entry;
  }

  function replaceEntries(entries: ReminderLogEntry[], now: Date, today: string): ReminderLogEntry[] {
    const replaced = new Set(entries.map((entry) => entry.id));
    return [...pruneLog(logOf(), now, today).filter((entry) => !replaced.has(entry.id)), ...entries];
  }

  function greetingOf(reminder: ComputedReminder): { greeting?: GreetingOccasion } {
    const anniversaryKind = store.contacts.get(reminder.contactId)?.anniversaries.find((a) => a.id === reminder.recordId)?.kind;
    const greeting = greetingOccasionOf({ ...reminder, anniversaryKind });
    return greeting ? { greeting } : {};
  }

  async function deliver(fired: ComputedReminder[], settings: ReminderSettings, today: string): Promise<void> {
    const language = notificationLanguage(store.settings.language, systemLanguage);
    const texts = fired.map((reminder) => reminderText(reminder, daysAway(reminder, today), language));
    const activate = (outcome: NotifyOutcome, target: ReminderTarget) => {
      if (outcome === 'clicked') onActivate?.(target);
    };
    const safely = (promise: Promise<NotifyOutcome>) =>
      promise.catch((error: unknown) => {
        log.error('notifier failed', error);
        return 'failed' as const;
      });

    if (settings.delivery === 'digest' && fired.length > 1) {
      const text = digestText(texts.map((t) => t.title), language);
      const outcome = await safely(notifier.notify({ id: `digest:${today}:${fired[0]?.id ?? ''}`, ...text }));
      activate(outcome, { kind: 'today' });
      return;
    }
    await Promise.all(
      fired.map(async (reminder, index) => {
        const outcome = await safely(notifier.notify({ id: reminder.id, ...(texts[index] as { title: string; body: string }) }));
        activate(outcome, { kind: 'contact', contactId: reminder.contactId, ...greetingOf(reminder) });
      }),
    );
  }

  const toEntry = (reminder: ComputedReminder, entry: ReminderLogEntry | undefined): ReminderEntry => ({
    ...publicReminder(reminder),
    status: entry?.status ?? 'pending',
    ...(entry?.firedAt ? { firedAt: entry.firedAt } : {}),
    ...(entry?.snoozedUntil ? { snoozedUntil: entry.snoozedUntil } : {}),
  });

  /** The reminders not fired yet and the snoozed ones: what Today shows, without the history it does not need. */
  function pendingOn(now: Date): ReminderEntry[] {
    const today = local(now).toPlainDate().toString();
    const log = logOf();
    const entries = new Map(log.map((entry) => [entry.id, entry]));
    const done = doneOccasions(log);
    const computed = remindersOn.get(today);
    const superseded = supersededBy(computed, today);
    const pending = computed
      .filter((r) => !done.has(occasionKey(r)) && !superseded.has(r.id) && entries.get(r.id)?.status !== 'fired')
      .map((r) => toEntry(r, entries.get(r.id)));
    const computedIds = new Set(computed.map((r) => r.id));
    for (const entry of log) {
      if (entry.status !== 'snoozed' || computedIds.has(entry.id)) continue;
      const reminder = reminderById(store, entry.id, entry.contactId);
      if (reminder) pending.push(toEntry(reminder, entry));
    }
    return pending;
  }

  return {
    /** Fires what is due now. Never throws: a failed write or notifier is logged and the next tick tries again. */
    async tick(): Promise<TickResult> {
      const settings = reminderSettingsOf(store.settings);
      const held = heldBy(settings, clock.now());
      if (held) return { fired: [], heldBy: held };
      let outcome: { due: ComputedReminder[]; today: string };
      try {
        outcome = await writer.write(() => {
          const now = clock.now();
          const today = local(now).toPlainDate().toString();
          const due = selectDue(store, computeReminders(store, today), logOf(), now, today);
          const firedAt = now.toISOString();
          const entries = due.map((reminder) => entryFor(reminder, { status: 'fired', firedAt }));
          return { changes: due.length === 0 ? [] : [withLog(replaceEntries(entries, now, today))], result: { due, today } };
        });
      } catch (error) {
        log.error('reminder tick failed', error);
        return { fired: [] };
      }
      if (outcome.due.length > 0) await deliver(outcome.due, settings, outcome.today);
      return { fired: outcome.due.map(publicReminder) };
    },

    pending(): ReminderEntry[] {
      return pendingOn(clock.now());
    },

    list(): RemindersOverview {
      const now = clock.now();
      const log = logOf();
      const pending = pendingOn(now);
      const history = log
        .filter((entry) => entry.firedAt !== undefined)
        .sort((a, b) => ((a.firedAt ?? '') < (b.firedAt ?? '') ? 1 : -1))
        .slice(0, HISTORY_LENGTH)
        .flatMap((entry) => {
          const reminder = reminderById(store, entry.id, entry.contactId);
          return reminder ? [toEntry(reminder, entry)] : [];
        });
      const pausedUntil = reminderSettingsOf(store.settings).pausedUntil;
      return { pending, history, ...(pausedUntil && new Date(pausedUntil) > now ? { pausedUntil } : {}) };
    },

    /** Asks again in a day or a week, at the same wall-clock time. */
    snooze(id: string, duration: SnoozeDuration): Promise<ReminderEntry> {
      return writer.write(() => {
        const now = clock.now();
        const today = local(now).toPlainDate().toString();
        const reminder = findReminder(id, today);
        const until = local(now).add(duration === 'day' ? { days: 1 } : { weeks: 1 });
        const entry = entryFor(reminder, { status: 'snoozed', snoozedUntil: until.toInstant().toString() });
        return { changes: [withLog(replaceEntries([entry], now, today))], result: { ...publicReminder(reminder), ...entry } };
      });
    },

    /**
     * Settles the whole occasion (every lead); for a follow-up, the interaction's follow-up is marked done too, and a
     * new colleague's step is marked done in the plan and logged as an encounter, as the coach does.
     */
    done(id: string): Promise<ReminderEntry> {
      return writer.write(() => {
        const now = clock.now();
        const today = local(now).toPlainDate().toString();
        const reminder = findReminder(id, today);
        const entry = entryFor(reminder, { status: 'done' });
        const changes: Change[] = [withLog(replaceEntries([entry], now, today))];
        const interaction = reminder.interactionId ? store.interactions.get(reminder.interactionId) : undefined;
        if (interaction && !interaction.followUpDone) {
          changes.push({ op: 'put', collection: 'interactions', value: { ...interaction, followUpDone: true, updatedAt: now.toISOString() } });
        }
        if (reminder.kind === 'colleagueStep' && reminder.step) {
          changes.push(...stepCompletion(store, clock, { contactId: reminder.contactId, step: reminder.step }).changes);
        }
        return { changes, result: { ...publicReminder(reminder), ...entry } };
      });
    },

    /** Holds every reminder for an hour or until the next day begins; `off` lifts the pause. */
    pause(duration: PauseDuration): Promise<{ pausedUntil: string | null }> {
      return writer.write(() => {
        const now = local(clock.now());
        const { pausedUntil: _previous, ...settings } = reminderSettingsOf(store.settings);
        const until =
          duration === 'off'
            ? undefined
            : (duration === 'hour' ? now.add({ hours: 1 }) : now.toPlainDate().add({ days: 1 }).toZonedDateTime(timeZone)).toInstant().toString();
        const reminders: ReminderSettings = until === undefined ? settings : { ...settings, pausedUntil: until };
        return { changes: [{ op: 'settings', value: { ...store.settings, reminders } }], result: { pausedUntil: until ?? null } };
      });
    },
  };
}

export type ReminderScheduler = ReturnType<typeof createReminderScheduler>;
