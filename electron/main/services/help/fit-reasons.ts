// Why a ranked person is on the list, as HelpReasons, strongest first: what of theirs matched the need (the
// "kann helfen bei" entry, the favour with its date and what it was, role or department, a note), then what the user
// should know before asking (she owes them, she asked already, she helped them, when they last spoke). Worked out for
// the few people shown only, from their own records.
import type { Interaction } from '../../../../shared/model';
import type { HelpReason } from '../../../../shared/help-contract';
import { foldWithOrigin, snippetAround } from '../search-text';
import { learnedConceptsOf } from './help-lexicon';
import { FIELD, conceptIndex, fieldWeights, isEvidence, encounterWords, type HelpIndex } from './help-profiles';
import type { Concept } from './help-lexicon';
import { contentWords, stem } from './need-words';
import { answerQuality, qualityFor, type NeedQuery } from './need-query';
import type { RankedPerson } from './ranking';

const WORD = /[\p{L}\p{N}]+/gu;
/** Entries of "kann helfen bei" named at most, so the strongest reasons stay in view. */
const MOST_CAN_HELP = 2;
/** A favour's "what" when it comes from its note: short enough for one line. */
const WHAT_LENGTH = 60;

interface Scored {
  reason: HelpReason;
  strength: number;
}

/** How well a set of words answers the need: per need word, the best of them. */
function scoreWords(query: NeedQuery, index: HelpIndex, words: readonly string[], learned: readonly number[] = []): number {
  let total = 0;
  for (const needWord of query.words) total += answerQuality(needWord, index, words, learned);
  return total;
}

/** The piece of `text` around the first word that answers the need, or undefined when none does. */
function matchingSnippet(query: NeedQuery, index: HelpIndex, text: string): string | undefined {
  const folded = foldWithOrigin(text);
  for (const match of folded.text.matchAll(WORD)) {
    const word = stem(match[0]);
    if (!query.words.some((needWord) => qualityFor(needWord, index, word) > 0)) continue;
    const start = match.index;
    return snippetAround(text, folded, start, start + match[0].length - 1);
  }
  return undefined;
}

const conceptNumbers = (found: readonly Concept[]) => found.map((concept) => conceptIndex.get(concept) as number);

/**
 * The "kann helfen bei" entries to name: the best one, and a second only where it answers a word of the need better
 * ("Französisch" and "Übersetzungen" for "Übersetzung ins Französische"; not "VPN" beside "Laptop" for a laptop).
 */
function chosenEntries(query: NeedQuery, index: HelpIndex, canHelpWith: readonly string[]): { entry: string; score: number }[] {
  const scored = canHelpWith
    .map((entry) => {
      const words = contentWords(entry, 'need');
      const perWord = query.words.map((needWord) => answerQuality(needWord, index, words));
      return { entry, perWord, score: perWord.reduce((sum, quality) => sum + quality, 0) };
    })
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score);
  const chosen: typeof scored = [];
  const covered = query.words.map(() => 0);
  for (const candidate of scored) {
    if (chosen.length >= MOST_CAN_HELP) break;
    if (chosen.length > 0 && !candidate.perWord.some((quality, i) => quality > (covered[i] as number))) continue;
    chosen.push(candidate);
    candidate.perWord.forEach((quality, i) => (covered[i] = Math.max(covered[i] as number, quality)));
  }
  return chosen.map(({ entry, score }) => ({ entry, score }));
}

function shortened(text: string): string {
  const clean = text.trim().replace(/\s+/g, ' ').replace(/[.;:,]+$/, '');
  if (clean.length <= WHAT_LENGTH) return clean;
  const cut = clean.slice(0, WHAT_LENGTH);
  const atSpace = cut.lastIndexOf(' ');
  return `${(atSpace > WHAT_LENGTH / 2 ? cut.slice(0, atSpace) : cut).replace(/[\s.,;:–-]+$/, '')}…`;
}

/** What a favour was: its first topic, else the piece of its note that matched (or its start). */
function whatOf(query: NeedQuery, index: HelpIndex, favour: Interaction): string {
  const topic = favour.topics[0];
  if (topic) return topic;
  const snippet = matchingSnippet(query, index, favour.note) ?? favour.note;
  return shortened(snippet);
}

export function reasonsFor(person: RankedPerson, query: NeedQuery, index: HelpIndex, timeline: readonly Interaction[]): HelpReason[] {
  const { profile } = person;
  const { contact } = profile;
  const fit: Scored[] = [];

  const entries = chosenEntries(query, index, contact.canHelpWith);
  for (const { entry, score } of entries) fit.push({ reason: { kind: 'canHelp', entry }, strength: score * (fieldWeights[FIELD.canHelp] as number) });

  // The timeline comes newest first (interaction-index.ts), so the first of equals found is the newest.
  const evidence = timeline.filter(isEvidence);
  let bestFavour: { favour: Interaction; score: number } | undefined;
  for (const favour of evidence) {
    if (favour.type !== 'favourReceived') continue;
    const score = scoreWords(query, index, encounterWords(favour));
    if (score > (bestFavour?.score ?? 0)) bestFavour = { favour, score };
  }
  if (bestFavour) {
    const { favour, score } = bestFavour;
    fit.push({ reason: { kind: 'helpedBefore', date: favour.date, what: whatOf(query, index, favour) }, strength: score * (fieldWeights[FIELD.helpedBefore] as number) });
  }

  if (person.worksWith) fit.push({ reason: person.worksWith, strength: person.worksWithWeight });

  // What the role or the department brings is told with whichever brings it; what only both together bring (an
  // "Assistenz" in the "Vorstandsbüro"), with the role.
  const roleWords = contentWords(contact.role, 'need');
  const departmentWords = contentWords(contact.department, 'need');
  const departmentLearned = conceptNumbers(learnedConceptsOf(departmentWords));
  const roleLearned = conceptNumbers(learnedConceptsOf(profile.roleWords)).filter((concept) => !departmentLearned.includes(concept) || !contact.department);
  const roleScore = contact.role ? scoreWords(query, index, roleWords, roleLearned) : 0;
  const departmentScore = contact.department ? scoreWords(query, index, departmentWords, departmentLearned) : 0;
  if (roleScore > 0) {
    fit.push({ reason: { kind: 'roleOrDepartment', field: 'role', value: contact.role }, strength: roleScore * (fieldWeights[FIELD.role] as number) });
  }
  if (departmentScore > 0) {
    fit.push({
      reason: { kind: 'roleOrDepartment', field: 'department', value: contact.department },
      strength: departmentScore * (fieldWeights[FIELD.department] as number),
    });
  }

  // A note is told only where nothing stronger says why: the contact's own notes, else the newest encounter with it.
  if (entries.length === 0 && !bestFavour) {
    let noteSnippet = matchingSnippet(query, index, contact.notes);
    for (const interaction of evidence) {
      if (noteSnippet) break;
      noteSnippet = matchingSnippet(query, index, interaction.note) ?? interaction.topics.find((topic) => matchingSnippet(query, index, topic));
    }
    if (noteSnippet) fit.push({ reason: { kind: 'note', snippet: noteSnippet }, strength: fieldWeights[FIELD.notes] as number });
  }

  const reasons = fit.sort((a, b) => b.strength - a.strength).map(({ reason }) => reason);
  if (profile.owed > 0) reasons.push({ kind: 'youOwe', count: profile.owed });
  if (profile.askedOn) reasons.push({ kind: 'alreadyAsked', date: profile.askedOn });
  if (profile.helped > 0) reasons.push({ kind: 'youHelped', count: profile.helped });
  if (profile.newestOn) reasons.push({ kind: 'lastContact', date: profile.newestOn, warmth: person.warmth });
  return reasons;
}
