// New colleagues: an integration plan from the start date (welcome, tour, introductions, coffee, lunch, check-in),
// each step due on a day of its own; a step done becomes an encounter in the journal.
import { Temporal } from 'temporal-polyfill';
import type { DueIntegrationStep, IntegrationPlanView } from '../../../../shared/coach-views';
import { addDays, daysBetween } from '../../../../shared/dates';
import { PlauschError } from '../../../../shared/errors';
import {
  displayName,
  integrationPlanSchema,
  integrationSteps,
  type IntegrationPlan,
  type IntegrationStepKind,
  type InteractionType,
} from '../../../../shared/model';
import type { Change, JournalStore } from '../../store/types';
import type { Clock } from '../clock';
import type { JournalWriter } from '../journal-writer';
import { parseOrInvalid } from '../validation';
import { newInteraction, plansOf, requireContactId } from './coach-records';

/** When each step is due, counted from the first working day. */
export function stepDueOn(step: IntegrationStepKind, startDate: string): string {
  switch (step) {
    case 'welcome':
    case 'showAround':
      return startDate;
    case 'introduceKeyPeople':
      return addDays(startDate, 2);
    // Within the first week: by the Friday when the start is a Monday.
    case 'coffee':
      return addDays(startDate, 4);
    // "By day 30", the start being day one.
    case 'lunch':
      return addDays(startDate, 29);
    case 'checkIn':
      return Temporal.PlainDate.from(startDate).add({ months: 3 }).toString();
  }
}

export const interactionTypeByStep: Readonly<Record<IntegrationStepKind, InteractionType>> = {
  welcome: 'smallTalk',
  showAround: 'smallTalk',
  introduceKeyPeople: 'meeting',
  coffee: 'coffee',
  lunch: 'lunch',
  checkIn: 'meeting',
};

export interface CompleteStepInput {
  contactId: string;
  step: IntegrationStepKind;
  note?: string;
  /** For the introductions: the key people the newcomer met, logged in the same encounter. */
  withContactIds?: string[];
}

function planFor(store: JournalStore, contactId: string): IntegrationPlan {
  const plan = store.coach.get(planId(contactId));
  if (plan?.kind !== 'integrationPlan') throw new PlauschError('notFound', { id: contactId });
  return plan;
}

/**
 * Marks a step done and logs its encounter, as changes for a write already under way: the reminder scheduler settles
 * a step's reminder with them inside its own write.
 */
export function stepCompletion(
  store: JournalStore,
  clock: Clock,
  { contactId, step, note = '', withContactIds = [] }: CompleteStepInput,
): { plan: IntegrationPlan; changes: Change[] } {
  const plan = planFor(store, contactId);
  const current = plan.steps.find((s) => s.step === step);
  if (!current) throw new PlauschError('notFound', { id: step });
  if (current.doneOn) throw new PlauschError('invalidInput', { issues: [{ path: 'step', message: 'alreadyDone' }] });
  withContactIds.forEach((id, index) => requireContactId(store, id, `withContactIds.${index}`));
  const today = clock.today();
  const interaction = newInteraction(clock, {
    contactIds: [...new Set([contactId, ...withContactIds])],
    type: interactionTypeByStep[step],
    date: today,
    note,
  });
  const updated: IntegrationPlan = {
    ...plan,
    steps: plan.steps.map((s) => (s.step === step ? { ...s, doneOn: today, interactionId: interaction.id } : s)),
  };
  return {
    plan: updated,
    changes: [
      { op: 'put', collection: 'coach', value: updated },
      { op: 'put', collection: 'interactions', value: interaction },
    ],
  };
}

export function createColleagues({ store, clock, writer }: { store: JournalStore; clock: Clock; writer: JournalWriter }) {
  function view(plan: IntegrationPlan, today: string): IntegrationPlanView {
    const contact = store.contacts.get(plan.contactId);
    const steps = plan.steps.map((step) => ({
      ...step,
      status: step.doneOn ? ('done' as const) : step.dueOn <= today ? ('due' as const) : ('upcoming' as const),
    }));
    return {
      contactId: plan.contactId,
      name: contact ? displayName(contact) : '',
      startDate: plan.startDate,
      steps,
      complete: steps.every((step) => step.status === 'done'),
    };
  }

  return {
    /** Marks a contact as a new colleague; marking again moves the open steps to the new start date. */
    mark({ contactId, startDate }: { contactId: string; startDate: string }): Promise<IntegrationPlanView> {
      return writer.write(() => {
        requireContactId(store, contactId, 'contactId');
        const existing = store.coach.get(planId(contactId));
        const previous = existing?.kind === 'integrationPlan' ? existing : undefined;
        const plan = parseOrInvalid(integrationPlanSchema, {
          kind: 'integrationPlan',
          id: planId(contactId),
          contactId,
          startDate,
          steps: integrationSteps.map((step) => {
            const done = previous?.steps.find((s) => s.step === step && s.doneOn);
            return done ?? { step, dueOn: stepDueOn(step, startDate) };
          }),
          createdAt: previous?.createdAt ?? clock.now().toISOString(),
        });
        return { changes: [{ op: 'put', collection: 'coach', value: plan }], result: view(plan, clock.today()) };
      });
    },

    remove(contactId: string): Promise<null> {
      return writer.write(() => {
        planFor(store, contactId);
        return { changes: [{ op: 'delete', collection: 'coach', id: planId(contactId) }], result: null };
      });
    },

    /** Plans of active contacts, newest start first. */
    list(): IntegrationPlanView[] {
      const today = clock.today();
      return plansOf(store)
        .filter((plan) => store.contacts.get(plan.contactId)?.archived === false)
        .sort((a, b) => (a.startDate < b.startDate ? 1 : a.startDate > b.startDate ? -1 : a.id < b.id ? -1 : 1))
        .map((plan) => view(plan, today));
    },

    completeStep(input: CompleteStepInput): Promise<IntegrationPlanView> {
      return writer.write(() => {
        const { plan, changes } = stepCompletion(store, clock, input);
        return { changes, result: view(plan, clock.today()) };
      });
    },

    /** Steps due today or overdue, for the Today view; the oldest first. */
    due(): DueIntegrationStep[] {
      const today = clock.today();
      const collator = new Intl.Collator('de');
      const due: DueIntegrationStep[] = [];
      for (const plan of plansOf(store)) {
        const contact = store.contacts.get(plan.contactId);
        if (!contact || contact.archived) continue;
        for (const step of plan.steps) {
          if (step.doneOn || step.dueOn > today) continue;
          due.push({ contactId: plan.contactId, name: displayName(contact), step: step.step, dueOn: step.dueOn, daysOverdue: daysBetween(step.dueOn, today) });
        }
      }
      const order = (step: IntegrationStepKind) => integrationSteps.indexOf(step);
      return due.sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : collator.compare(a.name, b.name) || order(a.step) - order(b.step)));
    },
  };
}

/** One plan per contact, so its record id is derived from the contact's. */
function planId(contactId: string): string {
  return `plan:${contactId}`;
}

export type ColleaguesService = ReturnType<typeof createColleagues>;
