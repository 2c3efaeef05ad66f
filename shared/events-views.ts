// Shapes the events service computes for the renderer (never stored): the lists, the event page and event mode.
import type { CoachPrompt } from './coach-views';
import type { PromptSetting } from './content/schema';
import type { Contact, EventChecklist, EventKind, EventPhase, EventRecord, Interaction } from './model';

export interface PhaseProgress {
  done: number;
  total: number;
}

export type ChecklistProgress = Record<EventPhase, PhaseProgress>;

export interface EventSummary {
  id: string;
  title: string;
  eventKind: EventKind;
  date: string;
  endDate?: string;
  startTime?: string;
  endTime?: string;
  place: string;
  /** Where the event stands now, from the clock: before it starts, while it runs, after it ended. */
  phase: EventPhase;
  progress: ChecklistProgress;
  metCount: number;
}

export interface EventList {
  /** Not yet over, soonest first. */
  upcoming: EventSummary[];
  /** Over, most recent first. */
  past: EventSummary[];
}

export interface EventPerson {
  contactId: string;
  name: string;
  organisation: string;
}

/** Someone met at the event: the encounter logged for them and its follow-up. */
export interface MetPerson extends EventPerson {
  interactionId: string;
  /** The one detail noted when meeting them. */
  detail: string;
  followUpOn?: string;
  followUpDone: boolean;
}

export interface EventView {
  event: EventRecord;
  phase: EventPhase;
  progress: ChecklistProgress;
  expected: EventPerson[];
  toMeet: EventPerson[];
  met: MetPerson[];
  followUps: { done: number; open: number };
  /** The day follow-ups fall due: 48 hours after the event ends. */
  followUpOn: string;
  /** The user has saved a checklist of their own for this kind of event. */
  hasOwnTemplate: boolean;
  /** The comfort-zone challenge the reflection was recorded as, in the requested language. */
  reflectionChallenge?: { id: string; title: string; level: number };
}

/** A person to look out for in event mode, with what to ask them. */
export interface EventModePerson extends EventPerson {
  openers: CoachPrompt[];
  /** Already met at this event. */
  met: boolean;
}

export interface EventModeView {
  event: EventSummary;
  goals: string[];
  phase: EventPhase;
  /** The whole checklist in the language asked for; event mode opens at the current phase's tab. */
  checklist: EventChecklist;
  promptSettings: PromptSetting[];
  /** Openers for this kind of event, from the coach. */
  openers: CoachPrompt[];
  /** Expected people and people to meet, each once. */
  people: EventModePerson[];
  met: MetPerson[];
}

export interface CaptureReceipt {
  contact: Contact;
  interaction: Interaction;
  /** A new contact was created (no one in the journal had this name and organisation). */
  createdContact: boolean;
}

export interface ReflectionReceipt {
  event: EventRecord;
  /** Set when the reflection moved the user up a level of the comfort-zone ladder. */
  levelUp?: { from: number; to: number };
}
