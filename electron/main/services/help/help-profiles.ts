// Per-contact help profiles and the inverted index over them: for every word and every concept (help-lexicon.ts), the
// contacts whose "kann helfen bei", past favours, role, department, notes or encounters hold it, by field. A contact
// lives in one numbered slot; when it or one of its encounters changes, the slot is marked dead and the contact is
// profiled afresh in a new one. The index starts over once the dead outnumber the living.
import { fold } from '../search-text';
import { reciprocityOf } from '../reciprocity';
import type { Contact, Interaction } from '../../../../shared/model';
import { concepts, conceptsOf, learnedConceptsOf, isAssistantRole, type Concept } from './help-lexicon';
import { contentWords } from './need-words';
import { HelpVocabulary } from './help-vocabulary';

/** Where a word was found; the order is the strength, and `fieldWeights` the ranking's figure for each. */
/**
 * `ability` holds what a role or department brings without saying it ("Facility Manager" → rooms): concepts only, so
 * it always counts at the concept's quality, below the same word in "kann helfen bei".
 */
export const fields = ['canHelp', 'helpedBefore', 'ability', 'role', 'department', 'notes', 'encounters'] as const;
export type Field = (typeof fields)[number];
export const FIELD_COUNT = fields.length;
export const FIELD = Object.fromEntries(fields.map((field, i) => [field, i])) as Record<Field, number>;
export const fieldWeights: readonly number[] = [10, 7, 8, 5, 4, 2.5, 1.5];
const FIELD_SPAN = 8;

export interface HelpProfile {
  slot: number;
  contact: Contact;
  /** Folded, stemmed words of role and department, for the learned abilities and the assistant test. */
  roleWords: string[];
  /** The newest encounter's date, any kind. */
  newestOn?: string;
  /** Favours the user received and has not returned yet (reciprocity.ts). */
  owed: number;
  /** Favours the user did them beyond those they did her. */
  helped: number;
  /** The newest request to them still open (a favour received, `pending`). */
  askedOn?: string;
  /** Folded last name, organisation and department, for people named in a need. */
  lastName: string;
  firstName: string;
  organisation: string;
  department: string;
  assistant: boolean;
}

export const conceptIndex = new Map<Concept, number>(concepts.map((concept, i) => [concept, i]));

/** An encounter counts as what happened; a request not yet answered says nothing about what someone can do. */
export function isEvidence(interaction: Interaction): boolean {
  return !interaction.pending;
}

export class HelpIndex {
  readonly vocabulary = new HelpVocabulary();
  /** Postings by word id and by concept: slot * FIELD_SPAN + field. */
  readonly wordPostings: number[][] = [];
  readonly conceptPostings: number[][] = concepts.map(() => []);
  readonly profiles: (HelpProfile | undefined)[] = [];
  private readonly slotOfContact = new Map<string, number>();
  private readonly byLastName = new Map<string, number[]>();
  private readonly byTeam = new Map<string, number[]>();
  private readonly assistantsByOrganisation = new Map<string, number[]>();
  private living = 0;
  /** Per word, its concepts as index numbers: computed once per distinct word. */
  private readonly wordConcepts: number[][] = [];

  get slots(): number {
    return this.profiles.length;
  }

  get deadSlots(): number {
    return this.profiles.length - this.living;
  }

  profileOf(contactId: string): HelpProfile | undefined {
    const slot = this.slotOfContact.get(contactId);
    return slot === undefined ? undefined : this.profiles[slot];
  }

  /** Living profiles whose folded last name is `name`. */
  withLastName(name: string): HelpProfile[] {
    return this.alive(this.byLastName.get(name));
  }

  /** Living profiles in the same organisation and department. */
  inTeam(organisation: string, department: string): HelpProfile[] {
    return this.alive(this.byTeam.get(`${organisation}\u0000${department}`));
  }

  assistantsAt(organisation: string): HelpProfile[] {
    return this.alive(this.assistantsByOrganisation.get(organisation));
  }

  /** Profiles `contact` with its `timeline` (its encounters, any order) into a new slot, replacing an older one. */
  add(contact: Contact, timeline: readonly Interaction[], wordsOf: (interaction: Interaction) => readonly string[]): void {
    this.remove(contact.id);
    if (contact.archived) return;
    const slot = this.profiles.length;
    const roleWords = [...contentWords(contact.role, 'need'), ...contentWords(contact.department, 'need')];
    const ledger = reciprocityOf(timeline);
    let newestOn: string | undefined;
    let askedOn: string | undefined;
    for (const interaction of timeline) {
      if (newestOn === undefined || interaction.date > newestOn) newestOn = interaction.date;
      if (interaction.type === 'favourReceived' && interaction.pending && (askedOn === undefined || interaction.date > askedOn)) {
        askedOn = interaction.date;
      }
    }
    const profile: HelpProfile = {
      slot,
      contact,
      roleWords,
      ...(newestOn ? { newestOn } : {}),
      ...(askedOn ? { askedOn } : {}),
      owed: ledger.balance > 0 ? 0 : ledger.open.length,
      helped: Math.max(0, ledger.balance),
      lastName: fold(contact.lastName).trim(),
      firstName: fold(contact.firstName).trim(),
      organisation: fold(contact.organisation).trim(),
      department: fold(contact.department).trim(),
      assistant: isAssistantRole(roleWords),
    };
    this.profiles.push(profile);
    this.slotOfContact.set(contact.id, slot);
    this.living += 1;

    const seen = new Set<number>();
    const post = (field: number, words: readonly string[]) => {
      for (const word of words) {
        const id = this.vocabulary.idOf(word);
        const key = id * FIELD_SPAN + field;
        if (seen.has(key)) continue;
        seen.add(key);
        (this.wordPostings[id] ??= []).push(slot * FIELD_SPAN + field);
        // Concepts of everyday encounters would put nearly everyone under "travel" or "rooms" at the weakest weight:
        // there only the words themselves count, which keeps a question from reading the whole network.
        if (field !== FIELD.encounters) for (const concept of this.conceptsOfWord(id)) this.postConcept(concept, slot, field, seen);
      }
    };
    post(FIELD.canHelp, contact.canHelpWith.flatMap((entry) => contentWords(entry, 'need')));
    post(FIELD.role, contentWords(contact.role, 'need'));
    post(FIELD.department, contentWords(contact.department, 'need'));
    for (const concept of learnedConceptsOf(roleWords)) this.postConcept(conceptIndex.get(concept) as number, slot, FIELD.ability, seen);
    post(FIELD.notes, contentWords(contact.notes));
    for (const interaction of timeline) {
      if (!isEvidence(interaction)) continue;
      const words = wordsOf(interaction);
      if (interaction.type === 'favourReceived') post(FIELD.helpedBefore, words);
      post(FIELD.encounters, words);
    }

    if (profile.lastName) this.register(this.byLastName, profile.lastName, slot);
    if (profile.organisation && profile.department) this.register(this.byTeam, `${profile.organisation}\u0000${profile.department}`, slot);
    if (profile.organisation && profile.assistant) this.register(this.assistantsByOrganisation, profile.organisation, slot);
  }

  remove(contactId: string): void {
    const slot = this.slotOfContact.get(contactId);
    if (slot === undefined) return;
    this.slotOfContact.delete(contactId);
    this.profiles[slot] = undefined;
    this.living -= 1;
  }

  private postConcept(concept: number, slot: number, field: number, seen: Set<number>): void {
    const key = -(concept * FIELD_SPAN + field) - 1;
    if (seen.has(key)) return;
    seen.add(key);
    (this.conceptPostings[concept] as number[]).push(slot * FIELD_SPAN + field);
  }

  private conceptsOfWord(id: number): number[] {
    let known = this.wordConcepts[id];
    if (known === undefined) {
      known = conceptsOf(this.vocabulary.wordOf(id)).map((concept) => conceptIndex.get(concept) as number);
      this.wordConcepts[id] = known;
    }
    return known;
  }

  private register(map: Map<string, number[]>, key: string, slot: number): void {
    const list = map.get(key);
    if (list) list.push(slot);
    else map.set(key, [slot]);
  }

  private alive(slots: readonly number[] | undefined): HelpProfile[] {
    const found: HelpProfile[] = [];
    for (const slot of slots ?? []) {
      const profile = this.profiles[slot];
      if (profile) found.push(profile);
    }
    return found;
  }
}

/** The words of an encounter that say what it was about: its note and its topics. */
export function encounterWords(interaction: Interaction): string[] {
  return [...contentWords(interaction.note), ...interaction.topics.flatMap((topic) => contentWords(topic))];
}

export function slotOfPosting(posting: number): number {
  return Math.floor(posting / FIELD_SPAN);
}

export function fieldOfPosting(posting: number): number {
  return posting % FIELD_SPAN;
}
