import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import type { Settings } from '../../../../shared/model';
import { fixedClock } from '../../../../electron/main/services/clock';
import { createColleagues } from '../../../../electron/main/services/coach/colleagues';
import { createJournalWriter } from '../../../../electron/main/services/journal-writer';
import type { NotificationRequest, Notifier, NotifyOutcome } from '../../../../electron/main/services/notifier';
import { createReminderScheduler, type ReminderTarget } from '../../../../electron/main/services/reminders/scheduler';
import { aContact, anInteraction } from '../../../support/journal-fixtures';
import { createMemoryStore, type MemoryStoreSeed } from '../../../support/memory-store';
import { recordingLogger } from '../../../support/services-harness';

const ZONE = 'Europe/Berlin';
const NO_QUIET_HOURS: Settings['reminders'] = {
  enabled: true,
  delivery: 'single',
  digestTime: '08:30',
  quietHours: { enabled: false, from: '20:00', to: '07:30' },
};

function recordingNotifier(outcome: NotifyOutcome = 'shown'): Notifier & { shown: NotificationRequest[] } {
  const shown: NotificationRequest[] = [];
  return {
    shown,
    async notify(notification) {
      shown.push(notification);
      return outcome;
    },
  };
}

/** Berlin wall-clock time as an instant. */
function berlin(dateTime: string): string {
  return Temporal.PlainDateTime.from(dateTime).toZonedDateTime(ZONE).toInstant().toString();
}

function scheduler(
  seed: MemoryStoreSeed,
  at: string,
  { notifier = recordingNotifier() as Notifier, language = 'de' as Settings['language'] }: { notifier?: Notifier; language?: Settings['language'] } = {},
) {
  const store = createMemoryStore({ ...seed, settings: { language, reminders: NO_QUIET_HOURS, ...seed.settings } });
  const clock = fixedClock(berlin(at), ZONE);
  const log = recordingLogger();
  const writer = createJournalWriter({ store, log });
  const activated: ReminderTarget[] = [];
  const reminders = createReminderScheduler({
    store,
    writer,
    clock,
    notifier,
    log,
    systemLanguage: 'de-DE',
    timeZone: ZONE,
    onActivate: (target) => activated.push(target),
  });
  return { store, clock, log, writer, reminders, notifier: notifier as ReturnType<typeof recordingNotifier>, activated };
}

/** Ticks every 15 minutes from `from` to `to` (Berlin wall-clock times, real elapsed time) and counts fires per id. */
async function tickEvery15Minutes(h: ReturnType<typeof scheduler>, from: string, to: string): Promise<Map<string, number>> {
  const fired = new Map<string, number>();
  let instant = Temporal.Instant.from(berlin(from));
  const end = Temporal.Instant.from(berlin(to));
  while (Temporal.Instant.compare(instant, end) <= 0) {
    h.clock.set(instant.toString());
    for (const reminder of (await h.reminders.tick()).fired) fired.set(reminder.id, (fired.get(reminder.id) ?? 0) + 1);
    instant = instant.add({ minutes: 15 });
  }
  return fired;
}

describe('reminder lead times', () => {
  it('reminds of a birthday 7 days ahead and on the day, once each', async () => {
    const anna = aContact({ firstName: 'Anna', lastName: 'Berg', birthday: '--06-10' });
    const h = scheduler({ contacts: [anna] }, '2025-06-01T09:00');

    const fired = await tickEvery15Minutes(h, '2025-06-01T09:00', '2025-06-11T09:00');

    expect([...fired]).toEqual([
      [`birthday:${anna.id}:2025-06-10:7`, 1],
      [`birthday:${anna.id}:2025-06-10:0`, 1],
    ]);
    expect(h.notifier.shown.map((n) => n.title)).toEqual(['Geburtstag: Anna Berg', 'Geburtstag: Anna Berg']);
    expect(h.notifier.shown[0]?.body).toBe('In 7 Tagen, am 10. Juni, hat Anna Berg Geburtstag.');
    expect(h.notifier.shown[1]?.body).toBe('Heute hat Anna Berg Geburtstag.');
  });

  it('reminds of a round birthday and an anniversary 14 days ahead, for the flowers', async () => {
    const anna = aContact({ firstName: 'Anna', birthday: '1975-06-20' });
    const tom = aContact({ firstName: 'Tom', anniversaries: [{ id: 'w', kind: 'work', label: '', date: '2015-06-20' }] });
    const h = scheduler({ contacts: [anna, tom] }, '2025-06-05T09:00');

    const fired = await tickEvery15Minutes(h, '2025-06-05T09:00', '2025-06-21T00:00');

    expect([...fired.keys()].sort()).toEqual(
      [
        `birthday:${anna.id}:2025-06-20:14`,
        `birthday:${anna.id}:2025-06-20:7`,
        `birthday:${anna.id}:2025-06-20:0`,
        `anniversary:w:2025-06-20:14`,
        `anniversary:w:2025-06-20:0`,
      ].sort(),
    );
    expect([...fired.values()].every((count) => count === 1)).toBe(true);
    expect(h.notifier.shown.find((n) => n.id === `birthday:${anna.id}:2025-06-20:14`)?.body).toBe(
      'In 14 Tagen, am 20. Juni, hat Anna Mustermann Geburtstag und wird 50. Ein runder Anlass – rechtzeitig Blumen bestellen.',
    );
  });

  it('reminds of a follow-up on its day, and of a missed one late but only once', async () => {
    const anna = aContact({ firstName: 'Anna' });
    const onTime = anInteraction({ contactIds: [anna.id], followUpOn: '2025-06-03', note: 'Angebot nachfassen' });
    const missed = anInteraction({ contactIds: [anna.id], followUpOn: '2025-05-20' });
    const settled = anInteraction({ contactIds: [anna.id], followUpOn: '2025-06-03', followUpDone: true });
    const h = scheduler({ contacts: [anna], interactions: [onTime, missed, settled] }, '2025-06-02T09:00');

    const fired = await tickEvery15Minutes(h, '2025-06-02T09:00', '2025-06-04T09:00');

    expect([...fired]).toEqual([
      [`followUp:${missed.id}:2025-05-20:0`, 1],
      [`followUp:${onTime.id}:2025-06-03:0`, 1],
    ]);
    expect(h.notifier.shown.map((n) => n.body)).toEqual([
      'Sie wollten sich am 20. Mai bei Anna Mustermann melden.',
      'Notiz: Angebot nachfassen',
    ]);
  });

  it('fires only the latest lead when the earlier one was missed while the computer was off', async () => {
    const anna = aContact({ birthday: '--06-10' });
    const h = scheduler({ contacts: [anna] }, '2025-06-10T12:00');

    const { fired } = await h.reminders.tick();

    expect(fired.map((r) => r.id)).toEqual([`birthday:${anna.id}:2025-06-10:0`]);
    expect(h.reminders.list().pending).toEqual([]);
  });
});

describe('dates that trip clocks', () => {
  it('remembers a Feb 29 birthday on Feb 28 in a common year and on Feb 29 in a leap year', async () => {
    const leapling = aContact({ firstName: 'Lea', birthday: '--02-29' });
    const common = scheduler({ contacts: [leapling] }, '2027-02-27T09:00');
    const leap = scheduler({ contacts: [leapling] }, '2028-02-27T09:00');

    const inCommonYear = await tickEvery15Minutes(common, '2027-02-27T09:00', '2027-03-01T23:45');
    const inLeapYear = await tickEvery15Minutes(leap, '2028-02-27T09:00', '2028-03-01T23:45');

    expect([...inCommonYear.keys()]).toEqual([`birthday:${leapling.id}:2027-02-28:7`, `birthday:${leapling.id}:2027-02-28:0`]);
    expect([...inLeapYear.keys()]).toEqual([`birthday:${leapling.id}:2028-02-29:7`, `birthday:${leapling.id}:2028-02-29:0`]);
  });

  it('never shows an age or a round birthday without a year', async () => {
    const yearless = aContact({ firstName: 'Ohne', lastName: 'Jahr', birthday: '--06-10' });
    const h = scheduler({ contacts: [yearless] }, '2025-06-10T09:00');

    const { fired } = await h.reminders.tick();

    expect(fired).toHaveLength(1);
    expect(fired[0]).not.toHaveProperty('years');
    expect(fired[0]?.round).toBe(false);
    expect(h.notifier.shown[0]?.body).toBe('Heute hat Ohne Jahr Geburtstag.');
  });

  it.each([
    ['spring forward', '2025-03-29T18:00', '2025-03-31T06:00', '--03-30', '--03-31'],
    ['fall back', '2025-10-25T18:00', '2025-10-27T06:00', '--10-26', '--10-27'],
  ])('neither loses nor doubles a reminder across the %s weekend and midnight', async (_name, from, to, sunday, monday) => {
    const onSunday = aContact({ firstName: 'Sonntag', birthday: sunday });
    const onMonday = aContact({ firstName: 'Montag', birthday: monday });
    const h = scheduler({ contacts: [onSunday, onMonday] }, from);
    // Quiet hours ending inside the hour that spring-forward skips must still end.
    await h.store.commit([
      { op: 'settings', value: { ...h.store.settings, reminders: { ...NO_QUIET_HOURS, quietHours: { enabled: true, from: '22:00', to: '02:30' } } } },
    ]);

    const fired = await tickEvery15Minutes(h, from, to);

    // The week-ahead reminders are late (the window starts a day before) and fire at once; the day's ones on the day.
    const year = from.slice(0, 4);
    expect(Object.fromEntries(fired)).toEqual({
      [`birthday:${onSunday.id}:${year}-${sunday.slice(2)}:7`]: 1,
      [`birthday:${onSunday.id}:${year}-${sunday.slice(2)}:0`]: 1,
      [`birthday:${onMonday.id}:${year}-${monday.slice(2)}:7`]: 1,
      [`birthday:${onMonday.id}:${year}-${monday.slice(2)}:0`]: 1,
    });
    const firedAt = h.store.settings.reminderLog?.map((e) => Temporal.Instant.from(e.firedAt as string).toZonedDateTimeISO(ZONE).toPlainTime().toString());
    expect(firedAt?.every((time) => time >= '02:30' && time < '22:00')).toBe(true);
  });

  it('does not fire again after a restart', async () => {
    const anna = aContact({ birthday: '--06-10' });
    const first = scheduler({ contacts: [anna] }, '2025-06-10T09:00');
    await first.reminders.tick();
    const restarted = scheduler({ contacts: [anna], settings: first.store.settings }, '2025-06-10T09:05');

    expect((await restarted.reminders.tick()).fired).toEqual([]);
    expect(restarted.notifier.shown).toEqual([]);
  });
});

describe('snooze, done and pause', () => {
  it('snoozes a reminder for a day, then fires it once more', async () => {
    const anna = aContact({ birthday: '--06-10' });
    const h = scheduler({ contacts: [anna] }, '2025-06-03T09:00');
    const [reminder] = (await h.reminders.tick()).fired;

    const snoozed = await h.reminders.snooze(reminder!.id, 'day');

    expect(snoozed).toMatchObject({ status: 'snoozed', snoozedUntil: berlin('2025-06-04T09:00') });
    const fired = await tickEvery15Minutes(h, '2025-06-03T09:15', '2025-06-04T09:30');
    expect(Object.fromEntries(fired)).toEqual({ [reminder!.id]: 1 });
    expect(h.store.settings.reminderLog?.find((e) => e.id === reminder!.id)?.status).toBe('fired');
  });

  it('snoozes for a week past the occasion and still comes back', async () => {
    const anna = aContact({ birthday: '--06-10' });
    const h = scheduler({ contacts: [anna] }, '2025-06-10T09:00');
    const [reminder] = (await h.reminders.tick()).fired;
    await h.reminders.snooze(reminder!.id, 'week');

    expect(h.reminders.list().pending.map((r) => [r.id, r.status])).toEqual([[reminder!.id, 'snoozed']]);
    const fired = await tickEvery15Minutes(h, '2025-06-16T09:00', '2025-06-17T10:00');
    expect(Object.fromEntries(fired)).toEqual({ [reminder!.id]: 1 });
  });

  it('settles every lead of the occasion when done, and the interaction for a follow-up', async () => {
    const anna = aContact({ birthday: '1975-06-20' });
    const call = anInteraction({ contactIds: [anna.id], followUpOn: '2025-06-06' });
    const h = scheduler({ contacts: [anna], interactions: [call] }, '2025-06-06T09:00');
    const fired = (await h.reminders.tick()).fired.map((r) => r.id);
    expect(fired.sort()).toEqual([`birthday:${anna.id}:2025-06-20:14`, `followUp:${call.id}:2025-06-06:0`]);

    await h.reminders.done(`birthday:${anna.id}:2025-06-20:14`);
    await h.reminders.done(`followUp:${call.id}:2025-06-06:0`);

    expect(h.store.interactions.get(call.id)?.followUpDone).toBe(true);
    expect(await tickEvery15Minutes(h, '2025-06-06T09:15', '2025-06-21T00:00')).toEqual(new Map());
  });

  it('refuses an id it cannot find', async () => {
    const h = scheduler({}, '2025-06-06T09:00');
    await expect(h.reminders.snooze('birthday:nobody:2025-06-10:0', 'day')).rejects.toMatchObject({ code: 'notFound' });
    await expect(h.reminders.done('nonsense')).rejects.toMatchObject({ code: 'notFound' });
  });

  it('holds everything while paused for an hour, then fires', async () => {
    const anna = aContact({ birthday: '--06-10' });
    const h = scheduler({ contacts: [anna] }, '2025-06-10T09:00');

    expect(await h.reminders.pause('hour')).toEqual({ pausedUntil: berlin('2025-06-10T10:00') });
    expect(await h.reminders.tick()).toEqual({ fired: [], heldBy: 'paused' });
    h.clock.set(berlin('2025-06-10T10:00'));
    expect((await h.reminders.tick()).fired).toHaveLength(1);
  });

  it('pauses until the next day begins, in the user\'s time zone', async () => {
    const h = scheduler({}, '2025-03-29T21:00');
    expect(await h.reminders.pause('untilTomorrow')).toEqual({ pausedUntil: berlin('2025-03-30T00:00') });
    expect(h.reminders.list().pausedUntil).toBe(berlin('2025-03-30T00:00'));
    expect(await h.reminders.pause('off')).toEqual({ pausedUntil: null });
    expect(h.reminders.list()).not.toHaveProperty('pausedUntil');
  });
});

describe('delivery', () => {
  it('keeps quiet during quiet hours and fires when they end', async () => {
    const anna = aContact({ birthday: '--06-10' });
    const h = scheduler(
      { contacts: [anna], settings: { reminders: { ...NO_QUIET_HOURS, quietHours: { enabled: true, from: '20:00', to: '07:30' } } } },
      '2025-06-10T00:00',
    );

    const fired = await tickEvery15Minutes(h, '2025-06-10T00:00', '2025-06-10T07:15');
    expect(fired.size).toBe(0);
    expect((await h.reminders.tick()).heldBy).toBe('quietHours');
    h.clock.set(berlin('2025-06-10T07:30'));
    expect((await h.reminders.tick()).fired).toHaveLength(1);
  });

  it('gathers the day\'s reminders into one digest at the chosen time', async () => {
    const anna = aContact({ firstName: 'Anna', lastName: 'A', birthday: '--06-10' });
    const ben = aContact({ firstName: 'Ben', lastName: 'B', birthday: '--06-17' });
    const h = scheduler(
      { contacts: [anna, ben], settings: { reminders: { ...NO_QUIET_HOURS, delivery: 'digest', digestTime: '08:30' } } },
      '2025-06-10T00:00',
      { language: 'en' },
    );

    const early = await tickEvery15Minutes(h, '2025-06-10T00:00', '2025-06-10T08:15');
    expect(early.size).toBe(0);
    h.clock.set(berlin('2025-06-10T08:30'));
    const { fired } = await h.reminders.tick();

    expect(fired).toHaveLength(2);
    expect(h.notifier.shown).toEqual([
      { id: expect.stringMatching(/^digest:2025-06-10:/), title: 'Plausch: 2 reminders', body: 'Birthday: Anna A\nBirthday: Ben B' },
    ]);
  });

  it('opens the person at the greeting for the occasion when a notification is clicked', async () => {
    const anna = aContact({ birthday: '--06-10' });
    const h = scheduler({ contacts: [anna] }, '2025-06-10T09:00', { notifier: recordingNotifier('clicked') });
    await h.reminders.tick();
    expect(h.activated).toEqual([{ kind: 'contact', contactId: anna.id, greeting: 'birthday' }]);
  });

  it('opens a round birthday’s and a work anniversary’s greeting, and none for a wedding anniversary', async () => {
    const ben = aContact({ birthday: '1975-06-10' });
    const cem = aContact({ anniversaries: [{ id: 'work', kind: 'work', label: '', date: '2015-06-10' }] });
    const dora = aContact({ anniversaries: [{ id: 'wedding', kind: 'wedding', label: '', date: '2015-06-10' }] });
    const h = scheduler({ contacts: [ben, cem, dora] }, '2025-06-10T09:00', { notifier: recordingNotifier('clicked') });
    await h.reminders.tick();
    expect(h.activated).toEqual(
      expect.arrayContaining([
        { kind: 'contact', contactId: ben.id, greeting: 'roundBirthday' },
        { kind: 'contact', contactId: cem.id, greeting: 'workAnniversary' },
        { kind: 'contact', contactId: dora.id },
      ]),
    );
  });

  it('records the fire even when the notifier fails or throws, and does not throw itself', async () => {
    const anna = aContact({ birthday: '--06-10' });
    const throwing: Notifier = {
      notify: () => Promise.reject(new Error('D-Bus gone')),
    };
    const h = scheduler({ contacts: [anna] }, '2025-06-10T09:00', { notifier: throwing });

    const { fired } = await h.reminders.tick();

    expect(fired).toHaveLength(1);
    expect(h.log.errors.map(([message]) => message)).toEqual(['notifier failed']);
    expect(h.reminders.list().history.map((r) => [r.id, r.status])).toEqual([[fired[0]?.id, 'fired']]);
  });

  it('does not fire what it could not record', async () => {
    const anna = aContact({ birthday: '--06-10' });
    const h = scheduler({ contacts: [anna] }, '2025-06-10T09:00');
    h.store.failCommitsWith(new Error('disk full'));

    expect(await h.reminders.tick()).toEqual({ fired: [] });
    expect(h.notifier.shown).toEqual([]);
    h.store.failCommitsWith(undefined);
    expect((await h.reminders.tick()).fired).toHaveLength(1);
  });
});

// 2 June 2025 is a Monday: the coffee falls due on Friday 6 June.
describe('new colleagues\' steps', () => {
  function withPlan(at: string, language: Settings['language'] = 'de') {
    const lena = aContact({ firstName: 'Lena', lastName: 'Neu' });
    const h = scheduler({ contacts: [lena] }, at, { notifier: recordingNotifier('clicked'), language });
    const colleagues = createColleagues({ store: h.store, clock: h.clock, writer: h.writer });
    const id = (step: string, dueOn: string) => `colleagueStep:plan:${lena.id}:${step}:${dueOn}:0`;
    /** The Berlin day a reminder fired on. */
    const firedOn = (reminderId: string) => {
      const firedAt = h.store.settings.reminderLog?.find((e) => e.id === reminderId)?.firedAt;
      return firedAt && Temporal.Instant.from(firedAt).toZonedDateTimeISO(ZONE).toPlainDate().toString();
    };
    return { ...h, lena, colleagues, id, firedOn };
  }

  it('reminds of each step on its day, once, and opens the colleague', async () => {
    const h = withPlan('2025-06-02T08:00');
    await h.colleagues.mark({ contactId: h.lena.id, startDate: '2025-06-02' });

    const firstTwoDays = await tickEvery15Minutes(h, '2025-06-02T08:00', '2025-06-03T23:45');
    expect([...firstTwoDays]).toEqual([
      [h.id('showAround', '2025-06-02'), 1],
      [h.id('welcome', '2025-06-02'), 1],
    ]);
    expect(h.firedOn(h.id('welcome', '2025-06-02'))).toBe('2025-06-02');
    expect(h.notifier.shown.map((n) => [n.title, n.body])).toEqual([
      ['Neu im Team: Lena Neu', 'Heute steht an: „Herumführen“ mit Lena Neu.'],
      ['Neu im Team: Lena Neu', 'Heute steht an: „Am ersten Tag begrüßen“ mit Lena Neu.'],
    ]);
    expect(h.activated).toEqual([
      { kind: 'contact', contactId: h.lena.id },
      { kind: 'contact', contactId: h.lena.id },
    ]);

    const restOfWeek = await tickEvery15Minutes(h, '2025-06-04T00:00', '2025-06-06T23:45');
    expect([...restOfWeek]).toEqual([
      [h.id('introduceKeyPeople', '2025-06-04'), 1],
      [h.id('coffee', '2025-06-06'), 1],
    ]);
    expect(h.firedOn(h.id('introduceKeyPeople', '2025-06-04'))).toBe('2025-06-04');
    expect(h.firedOn(h.id('coffee', '2025-06-06'))).toBe('2025-06-06');
  });

  it('does not remind of a step already done in the plan', async () => {
    const h = withPlan('2025-06-02T08:00');
    await h.colleagues.mark({ contactId: h.lena.id, startDate: '2025-06-02' });
    await h.colleagues.completeStep({ contactId: h.lena.id, step: 'welcome' });

    const fired = await tickEvery15Minutes(h, '2025-06-02T08:00', '2025-06-03T08:00');

    expect([...fired.keys()]).toEqual([h.id('showAround', '2025-06-02')]);
    expect(h.reminders.list().pending.map((r) => r.step)).toEqual(['introduceKeyPeople', 'coffee']);
  });

  it('marks the step done in the plan and logs the encounter when the reminder is done', async () => {
    const h = withPlan('2025-06-02T08:00');
    await h.colleagues.mark({ contactId: h.lena.id, startDate: '2025-06-02' });
    await h.reminders.tick();

    const settled = await h.reminders.done(h.id('welcome', '2025-06-02'));

    expect(settled).toMatchObject({ kind: 'colleagueStep', step: 'welcome', status: 'done' });
    const welcome = h.colleagues.list()[0]?.steps.find((s) => s.step === 'welcome');
    expect(welcome).toMatchObject({ status: 'done', doneOn: '2025-06-02' });
    expect(h.store.interactions.get(welcome?.interactionId ?? '')).toMatchObject({ type: 'smallTalk', contactIds: [h.lena.id], date: '2025-06-02' });
    expect(h.colleagues.due().map((s) => s.step)).toEqual(['showAround']);
    expect(h.reminders.list().history.map((r) => r.step)).toEqual(['showAround']);
    await expect(h.reminders.done(h.id('welcome', '2025-06-02'))).rejects.toMatchObject({ code: 'notFound' });
  });

  it('reminds once, late, of steps already overdue when the plan is made', async () => {
    const h = withPlan('2025-06-10T09:00', 'en');
    await h.colleagues.mark({ contactId: h.lena.id, startDate: '2025-06-02' });

    const fired = await tickEvery15Minutes(h, '2025-06-10T09:00', '2025-06-11T09:00');

    expect([...fired.keys()]).toEqual([
      h.id('showAround', '2025-06-02'),
      h.id('welcome', '2025-06-02'),
      h.id('introduceKeyPeople', '2025-06-04'),
      h.id('coffee', '2025-06-06'),
    ]);
    expect([...fired.values()].every((count) => count === 1)).toBe(true);
    expect(h.notifier.shown.at(-1)).toMatchObject({
      title: 'New colleague: Lena Neu',
      body: '“Coffee in the first week” with Lena Neu was planned for 6 June.',
    });
  });
});
