// Reading the coach's records out of the store, and building the encounters the coach logs in the journal.
import { randomUUID } from 'node:crypto';
import {
  coachProfileSchema,
  interactionSchema,
  type ChallengeAttempt,
  type CoachProfile,
  type CoachRecord,
  type IntegrationPlan,
  type Interaction,
  type InteractionInput,
  type NetworkGroup,
} from '../../../../shared/model';
import type { JournalStore } from '../../store/types';
import type { Clock } from '../clock';
import { unknownContact, withoutUndefined } from '../records';
import { parseOrInvalid } from '../validation';

type RecordOf<K extends CoachRecord['kind']> = Extract<CoachRecord, { kind: K }>;

function recordsOf<K extends CoachRecord['kind']>(store: JournalStore, kind: K): RecordOf<K>[] {
  return [...store.coach.values()].filter((record): record is RecordOf<K> => record.kind === kind);
}

export function profileOf(store: JournalStore): CoachProfile {
  const stored = store.coach.get('profile');
  return stored?.kind === 'profile' ? stored : coachProfileSchema.parse({ kind: 'profile', id: 'profile' });
}

export function attemptsOf(store: JournalStore): ChallengeAttempt[] {
  return recordsOf(store, 'attempt');
}

export function plansOf(store: JournalStore): IntegrationPlan[] {
  return recordsOf(store, 'integrationPlan');
}

export function groupsOf(store: JournalStore): NetworkGroup[] {
  return recordsOf(store, 'networkGroup');
}

export function requireContactId(store: JournalStore, contactId: string, path: string): void {
  if (!store.contacts.has(contactId)) throw unknownContact(path);
}

/** A new journal entry as the interactions service would store it. */
export function newInteraction(clock: Clock, fields: InteractionInput): Interaction {
  const now = clock.now().toISOString();
  return withoutUndefined(parseOrInvalid(interactionSchema, { ...fields, id: randomUUID(), createdAt: now, updatedAt: now }));
}
