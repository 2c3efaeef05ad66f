import { describe, expect, it } from 'vitest';
import { meetingDateInMonth, nextMeetingOn } from '../../../../../electron/main/services/coach/network';
import { aContact } from '../../../../support/journal-fixtures';
import { servicesHarness } from '../../../../support/services-harness';

// The harness's clock stands on Monday 2 June 2025.
describe('meeting dates', () => {
  it('finds the nth or last weekday of a month', () => {
    expect(meetingDateInMonth({ weekday: 2, week: 1 }, 2025, 6)).toBe('2025-06-03');
    expect(meetingDateInMonth({ weekday: 2, week: 1 }, 2025, 7)).toBe('2025-07-01');
    expect(meetingDateInMonth({ weekday: 4, week: 3 }, 2025, 6)).toBe('2025-06-19');
    expect(meetingDateInMonth({ weekday: 5, week: -1 }, 2025, 5)).toBe('2025-05-30');
    expect(meetingDateInMonth({ weekday: 6, week: -1 }, 2025, 5)).toBe('2025-05-31');
  });

  it('gives the next date on or after today, after the last meeting held', () => {
    const rule = { weekday: 2, week: 1 } as const;
    expect(nextMeetingOn(rule, '2025-06-02')).toBe('2025-06-03');
    expect(nextMeetingOn(rule, '2025-06-03')).toBe('2025-06-03');
    expect(nextMeetingOn(rule, '2025-06-03', '2025-06-03')).toBe('2025-07-01');
    expect(nextMeetingOn(rule, '2025-12-10')).toBe('2026-01-06');
  });
});

describe('the assistants’ network', () => {
  function setUp() {
    const members = ['Anna', 'Bea', 'Cem'].map((firstName) => aContact({ firstName, lastName: 'Assistenz' }));
    return { members, ...servicesHarness({ contacts: members }) };
  }

  it('starts as a monthly Stammtisch lunch on the first Tuesday, the first member organising', async () => {
    const { services, members } = setUp();
    const view = await services.coach.network.save({ name: 'Assistenz-Stammtisch', memberIds: members.map((m) => m.id) }, 'de');
    expect(view.group).toMatchObject({ rule: { weekday: 2, week: 1 }, meetingType: 'lunch', meetings: [] });
    expect(view.members.map((m) => m.name)).toEqual(['Anna Assistenz', 'Bea Assistenz', 'Cem Assistenz']);
    expect(view.nextMeeting).toEqual({ date: '2025-06-03', organiserId: members[0]?.id, organiserName: 'Anna Assistenz' });
    expect(view.checklist.length).toBeGreaterThan(0);
    expect(view.checklist.every((item) => !item.done)).toBe(true);
  });

  it('rotates the organiser round the members and logs one lunch for everyone present', async () => {
    const { services, members, store, clock } = setUp();
    const [anna, bea, cem] = members.map((m) => m.id) as [string, string, string];
    const { group } = await services.coach.network.save({ name: 'Stammtisch', memberIds: [anna, bea, cem], place: 'Kantine' }, 'de');

    clock.set('2025-06-03T12:00:00.000Z');
    const afterJune = await services.coach.network.recordMeeting({ groupId: group.id, date: '2025-06-03', attendeeIds: [anna, cem], note: 'Reisekosten' }, 'de');
    expect(afterJune.group.meetings[0]).toMatchObject({ date: '2025-06-03', organiserId: anna, attendeeIds: [anna, cem] });
    expect(afterJune.nextMeeting).toMatchObject({ date: '2025-07-01', organiserId: bea });

    const lunch = store.interactions.get(afterJune.group.meetings[0]?.interactionId ?? '');
    expect(lunch).toMatchObject({ type: 'lunch', date: '2025-06-03', contactIds: [anna, cem], place: 'Kantine', note: 'Reisekosten' });
    expect(store.interactions.size).toBe(1);

    clock.set('2025-07-01T12:00:00.000Z');
    const afterJuly = await services.coach.network.recordMeeting({ groupId: group.id, date: '2025-07-01', attendeeIds: [anna, bea, cem] }, 'de');
    expect(afterJuly.nextMeeting).toMatchObject({ date: '2025-08-05', organiserId: cem });
    clock.set('2025-08-05T12:00:00.000Z');
    const afterAugust = await services.coach.network.recordMeeting({ groupId: group.id, date: '2025-08-05', attendeeIds: [] }, 'de');
    expect(afterAugust.nextMeeting.organiserId).toBe(anna);
    expect(afterAugust.group.meetings.map((m) => m.organiserId)).toEqual([cem, bea, anna]);
    expect(store.interactions.size).toBe(2);
  });

  it('keeps agenda ideas and the set-up checklist, in the language asked for', async () => {
    const { services, members } = setUp();
    const { group } = await services.coach.network.save({ name: 'Stammtisch', memberIds: members.map((m) => m.id) }, 'de');
    const withIdea = await services.coach.network.addIdea(group.id, 'Neue Reiserichtlinie', 'de');
    const idea = withIdea.group.agendaIdeas[0];
    expect(idea).toMatchObject({ text: 'Neue Reiserichtlinie', done: false });
    const ticked = await services.coach.network.setIdeaDone(group.id, idea?.id ?? '', true, 'de');
    expect(ticked.group.agendaIdeas[0]?.done).toBe(true);

    const firstItem = ticked.checklist[0]?.id ?? '';
    const checked = await services.coach.network.setChecklistItem(group.id, firstItem, true, 'en');
    expect(checked.checklist[0]).toMatchObject({ id: firstItem, done: true });
    expect(checked.checklist[0]?.text).not.toBe(ticked.checklist[0]?.text);
    await expect(services.coach.network.setChecklistItem(group.id, 'made-up', true, 'de')).rejects.toMatchObject({ code: 'invalidInput' });
  });

  it('refuses members who are not in the journal', async () => {
    const { services } = setUp();
    await expect(services.coach.network.save({ name: 'Stammtisch', memberIds: ['ghost'] }, 'de')).rejects.toMatchObject({ code: 'invalidInput' });
  });
});
