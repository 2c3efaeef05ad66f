// What the journal knows about a person that an opener may name: interests, children, a partner, a trip and the
// topics of the last encounter. A prompt that needs such a fact is shown only when it is here, and names exactly it.
import type { PromptFactKind } from '../../../../shared/content';
import { addDays } from '../../../../shared/dates';
import type { Contact, FamilyRelation, Interaction } from '../../../../shared/model';
import { compareNewestFirst } from '../records';
import { holidayWords } from './personal-templates';

/** How far back an encounter's topics are still worth asking after. */
export const RECENT_TOPIC_DAYS = 60;

export interface NotedTopic {
  topic: string;
  interactionId: string;
}

export interface KnownFacts extends Record<PromptFactKind, string[]> {
  /** Trips and holidays from the recent encounters' topics, newest first, with the encounter they were noted in. */
  trips: NotedTopic[];
  /** The newest recent encounter's other topics: older small talk has usually been followed up already. */
  topics: NotedTopic[];
}

export function distinct(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = value.trim().toLocaleLowerCase('de');
    if (key === '' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function namesOf(contact: Contact, relation: FamilyRelation): string[] {
  return distinct(contact.family.filter((member) => member.relation === relation).map((member) => member.name));
}

export function knownFactsOf(contact: Contact, timeline: readonly Interaction[], today: string): KnownFacts {
  const since = addDays(today, -RECENT_TOPIC_DAYS);
  const recent = timeline.filter((i) => i.date >= since && i.date <= today).sort(compareNewestFirst);
  const trips: NotedTopic[] = [];
  const topics: NotedTopic[] = [];
  const seen = new Set<string>();
  for (const [index, interaction] of recent.entries()) {
    for (const topic of interaction.topics) {
      const key = topic.toLocaleLowerCase('de');
      if (seen.has(key)) continue;
      seen.add(key);
      if (holidayWords.test(topic)) trips.push({ topic, interactionId: interaction.id });
      else if (index === 0) topics.push({ topic, interactionId: interaction.id });
    }
  }
  return {
    // Interests only: common ground ("Beide aus Mainz") is no activity to ask about in a sentence made for one.
    interest: distinct(contact.interests),
    child: namesOf(contact, 'child'),
    partner: namesOf(contact, 'partner'),
    trip: trips.map(({ topic }) => topic),
    topic: topics.map(({ topic }) => topic),
    trips,
    topics,
  };
}
