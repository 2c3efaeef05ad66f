// A journal in which Sabine Keller appears in every kind of record that can name a contact, beside Jürgen Müller,
// whose own data must stay out of her report except for his name where a shared record shows it.
import { coachRecordSchema, settingsSchema, type CoachRecord } from '../../../../../shared/model';
import { aContact, anInteraction } from '../../../../support/journal-fixtures';
import type { MemoryStoreSeed } from '../../../../support/memory-store';

export const HOSTILE_NOTE = 'Tochter krank <script>alert(1)</script> "><img src=x onerror=alert(2)>';

/** Strings stored only about Jürgen (or about nobody in particular) that must never reach Sabine's report. */
export const JUERGEN_ONLY = ['juergen-private-note', 'j.mueller@stadtwerke.de', 'encounter-only-juergen', 'juergen-advent-gift', 'Juergen-only event', 'juergen-goal', 'event-checklist-item', 'agenda-idea-text', 'meeting-note-text'];

export const ids = {
  sabine: 'sabine-keller',
  juergen: 'juergen-mueller',
  max: 'max-muster',
  lena: 'lena-vogt',
  event: 'event-conference',
  otherEvent: 'event-juergen',
};

export function personJournal(): MemoryStoreSeed {
  const sabine = aContact({
    id: ids.sabine,
    firstName: 'Sabine',
    lastName: 'Keller',
    role: 'Assistenz der Geschäftsführung',
    organisation: 'Nordlicht AG',
    department: 'Vorstand',
    relation: 'external',
    emails: ['sabine.keller@nordlicht.de'],
    phones: ['+49 40 123456'],
    tags: ['Stammtisch'],
    metOn: '2024-05-02',
    metAt: 'Messe Frankfurt',
    introducedById: ids.max,
    birthday: '--03-12',
    family: [{ id: 'fam-1', name: 'Mia', relation: 'child', birthday: '2018-07-01', schoolStart: '2024-08-15' }],
    anniversaries: [{ id: 'ann-1', kind: 'work', label: 'Nordlicht', date: '2015-04-01' }],
    interests: ['Segeln'],
    commonGround: ['Hamburg'],
    notes: HOSTILE_NOTE,
    cadenceDays: 30,
    giftIdeas: ['Tee'],
    addressForm: 'sie',
    canHelpWith: ['Raumbuchung'],
  });
  const juergen = aContact({ id: ids.juergen, firstName: 'Jürgen', lastName: 'Müller', emails: ['j.mueller@stadtwerke.de'], notes: 'juergen-private-note' });
  const max = aContact({ id: ids.max, firstName: 'Max', lastName: 'Muster' });
  const lena = aContact({ id: ids.lena, firstName: 'Lena', lastName: 'Vogt', introducedById: ids.sabine });

  const interactions = [
    anInteraction({ id: 'i-lunch', contactIds: [ids.sabine, ids.juergen], type: 'lunch', date: '2026-11-20', timeOfDay: 'midday', place: 'Kantine', topics: ['Umzug'], note: 'Sucht neuen Job', followUpOn: '2026-12-10' }),
    anInteraction({ id: 'i-favour', contactIds: [ids.sabine], type: 'favourReceived', date: '2026-10-01', note: 'Raum besorgt', pending: true }),
    anInteraction({ id: 'i-favour-given', contactIds: [ids.sabine], type: 'favourGiven', date: '2026-09-01', note: 'Unterlagen geschickt' }),
    anInteraction({ id: 'i-gift', contactIds: [ids.sabine], type: 'gift', date: '2025-12-01', note: 'Adventskalender' }),
    { ...anInteraction({ id: 'i-event', contactIds: [ids.sabine], type: 'event', date: '2026-03-04' }), eventId: ids.event },
    { ...anInteraction({ id: 'i-calendar', contactIds: [ids.sabine], type: 'meeting', date: '2026-03-05' }), calendarKey: 'c1a2b3:20260305T090000' },
    anInteraction({ id: 'i-juergen', contactIds: [ids.juergen], type: 'call', date: '2026-11-21', note: 'encounter-only-juergen' }),
  ];

  const coach: CoachRecord[] = [
    { kind: 'event', id: ids.event, title: 'Konferenz Digital Office', eventKind: 'conference', date: '2026-03-04', place: 'Messe Frankfurt', goals: ['juergen-goal'], expectedIds: [ids.sabine, ids.juergen], toMeetIds: [ids.sabine], checklist: { before: [{ id: 'c1', text: 'event-checklist-item', done: false }], during: [], after: [] }, templateId: 'own', calendarKey: 'c9f8e7:20260304T090000', createdAt: '2026-02-01T10:00:00.000Z', updatedAt: '2026-02-01T10:00:00.000Z' },
    { kind: 'event', id: ids.otherEvent, title: 'Juergen-only event', eventKind: 'other', date: '2026-04-04', place: '', goals: [], expectedIds: [ids.juergen], toMeetIds: [], checklist: { before: [], during: [], after: [] }, templateId: 'own', createdAt: '2026-02-01T10:00:00.000Z', updatedAt: '2026-02-01T10:00:00.000Z' },
    { kind: 'attempt', id: 'attempt-1', challengeId: 'unknown-challenge', level: 2, contactId: ids.sabine, startedOn: '2026-05-01', expectedDiscomfort: 6, expectation: 'Wird schwierig', status: 'done', completedOn: '2026-05-02', actualDiscomfort: 3, whatHappened: 'Ging gut', reflection: 'Öfter fragen', createdAt: '2026-05-01T10:00:00.000Z' },
    { kind: 'integrationPlan', id: `plan:${ids.sabine}`, contactId: ids.sabine, startDate: '2026-01-05', steps: [{ step: 'welcome', dueOn: '2026-01-05', doneOn: '2026-01-05' }, { step: 'coffee', dueOn: '2026-01-09' }], createdAt: '2026-01-01T10:00:00.000Z' },
    { kind: 'networkGroup', id: 'group-1', name: 'Assistenz-Stammtisch Nord', memberIds: [ids.sabine, ids.juergen], rule: { weekday: 4, week: 1 }, meetingType: 'lunch', place: 'Kantine', meetings: [{ id: 'm1', date: '2026-06-04', organiserId: ids.sabine, attendeeIds: [ids.sabine, ids.juergen], note: 'meeting-note-text' }], agendaIdeas: [{ id: 'a1', text: 'agenda-idea-text', done: false }], checklistDone: [], createdAt: '2026-01-01T10:00:00.000Z' },
  ].map((record) => coachRecordSchema.parse(record));

  const settings = settingsSchema.parse({
    campaigns: [
      { id: 'advent-2025', kind: 'advent', occursOn: '2025-12-01', recipients: [{ contactId: ids.sabine, status: 'sent', gift: 'Adventskalender', interactionId: 'i-gift' }, { contactId: ids.juergen, status: 'idea', gift: 'juergen-advent-gift' }] },
    ],
    reminderLog: [
      { id: `birthday:${ids.sabine}:2026-03-12:0`, kind: 'birthday', contactId: ids.sabine, occursOn: '2026-03-12', status: 'done' },
      { id: `birthday:${ids.juergen}:2026-03-13:0`, kind: 'birthday', contactId: ids.juergen, occursOn: '2026-03-13', status: 'fired' },
    ],
    todaySnoozes: { [ids.sabine]: '2026-12-05', [ids.juergen]: '2026-12-06' },
  });

  return { contacts: [sabine, juergen, max, lena], interactions, coach, settings };
}
