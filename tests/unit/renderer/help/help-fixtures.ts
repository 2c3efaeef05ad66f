// People as "Wer kann helfen?" answers with them: one who fits by her "kann helfen bei", one the user owes twice.
import type { HelpAnswer, HelpCandidate } from '../../../../shared/help-contract';
import type { Interaction } from '../../../../shared/model';

export const petra: HelpCandidate = {
  contactId: 'c-petra',
  name: 'Petra Lang',
  role: 'Facility Management',
  organisation: 'Hansa AG',
  department: 'Gebäudeservice',
  relation: 'internal',
  warmth: 'ok',
  reasons: [
    { kind: 'canHelp', entry: 'Raumbuchung' },
    { kind: 'youHelped', count: 2 },
    { kind: 'note', snippet: 'kennt jeden Raum im Haus' },
  ],
  score: 0.9,
};

export const jonas: HelpCandidate = {
  contactId: 'c-jonas',
  name: 'Jonas Müllner',
  role: 'IT-Support',
  organisation: 'Hansa AG',
  department: '',
  relation: 'internal',
  warmth: 'overdue',
  reasons: [
    { kind: 'roleOrDepartment', field: 'role', value: 'IT-Support' },
    { kind: 'youOwe', count: 2 },
  ],
  score: 0.6,
};

export const kai: HelpCandidate = {
  contactId: 'c-kai',
  name: 'Dr. Kai Berger',
  role: '',
  organisation: 'Beratung Berger',
  department: '',
  relation: 'external',
  warmth: 'none',
  reasons: [
    { kind: 'note', snippet: 'Videokonferenz' },
    { kind: 'youOwe', count: 1 },
  ],
  score: 0.3,
};

export function answerFor(need: string, people: HelpCandidate[] = [petra, jonas, kai]): HelpAnswer {
  return { need, people };
}

export function pendingRequest(contactId: string, need: string): Interaction {
  return {
    id: `request-${contactId}`,
    contactIds: [contactId],
    type: 'favourReceived',
    date: '2026-11-27',
    place: '',
    topics: [],
    note: need,
    followUpDone: false,
    pending: true,
    createdAt: '2026-11-27T08:30:00.000Z',
    updatedAt: '2026-11-27T08:30:00.000Z',
  };
}
