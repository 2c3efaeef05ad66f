// The ranking of "Wer kann helfen?". Fit first: per word of the need, the best field a contact holds it in (weighted:
// "kann helfen bei" strongest, then past favours, role, department, notes, encounters), other fields holding it adding
// a quarter, and working with a person the need names. Then the relationship on top: people the user has helped rank
// up, people she already owes two favours rank well down, and warmth (a recent encounter, a kept rhythm) adds little
// enough to decide between equals but never to put a weaker fit first. Nobody is put forward for warmth alone.
import { daysBetween } from '../../../../shared/dates';
import type { Settings } from '../../../../shared/model';
import type { HelpReason, Warmth } from '../../../../shared/help-contract';
import { keepInTouchFor } from '../keep-in-touch';
import { FIELD_COUNT, fieldOfPosting, fieldWeights, slotOfPosting, type HelpIndex, type HelpProfile } from './help-profiles';
import { conceptsOf, learnedConceptsOf } from './help-lexicon';
import { MOST_CONCEPT_QUALITY, conceptSpread, type NeedQuery } from './need-query';
import { MIN_PART, contentWords, isCompoundPart } from './need-words';

/** The share of a need word's score that fields beyond its best one add: more evidence, a little more. */
const CORROBORATION = 0.25;

/** Working with a person the need names, by how close: their assistant is whom one asks for their calendar. */
export const WORKS_WITH_WEIGHT = { assistant: 9, colleague: 5, introducer: 4 } as const;
type WorksWith = Extract<HelpReason, { kind: 'worksWith' }>;

const OWED_TWICE_FACTOR = 0.55;
const OWED_ONCE_FACTOR = 0.95;
const HELPED_STEP = 0.08;
const HELPED_MOST = 3;
const MOST_RECIPROCITY = 1 + HELPED_STEP * HELPED_MOST;
const RECENCY_WEIGHT = 0.6;
/** Days after which a last encounter counts half as warm. */
const RECENCY_HALF_DAYS = 60;
const RHYTHM_BONUS: Record<Warmth, number> = { ok: 0.3, due: 0.15, overdue: 0, none: 0.1 };
const MOST_WARMTH = RECENCY_WEIGHT + RHYTHM_BONUS.ok;

export interface RankedPerson {
  profile: HelpProfile;
  score: number;
  warmth: Warmth;
  worksWith?: WorksWith;
  worksWithWeight: number;
}

export function warmthOf(profile: HelpProfile, settings: Settings, today: string): Warmth {
  const { contact, newestOn } = profile;
  // A date always given, so keep-in-touch never falls back to reading the creation instant in a time zone.
  const state = keepInTouchFor(contact, newestOn ?? contact.metOn ?? contact.createdAt.slice(0, 10), settings, today);
  return state.cadenceDays === undefined ? 'none' : state.status;
}

function reciprocityFactor(profile: HelpProfile): number {
  if (profile.owed >= 2) return OWED_TWICE_FACTOR;
  if (profile.owed === 1) return OWED_ONCE_FACTOR;
  return 1 + HELPED_STEP * Math.min(profile.helped, HELPED_MOST);
}

function warmthBonus(profile: HelpProfile, warmth: Warmth, today: string): number {
  const recency = profile.newestOn ? 1 / (1 + Math.max(0, daysBetween(profile.newestOn, today)) / RECENCY_HALF_DAYS) : 0;
  return RECENCY_WEIGHT * recency + RHYTHM_BONUS[warmth];
}

const onBoardSide = (words: readonly string[]) =>
  words.some((word) => conceptsOf(word).includes('board')) || learnedConceptsOf(words).includes('board');

/**
 * Whether an assistant at the named person's company works for their part of it: the same department, a department
 * named after it ("Vorstandsbüro" for the "Vorstand"), or both on the board's side. Not every assistant in the house.
 */
function assistsTeamOf(named: HelpProfile): (assistant: HelpProfile) => boolean {
  const teamWords = contentWords(named.contact.department, 'need').filter((word) => word.length >= MIN_PART);
  const namedOnBoardSide = onBoardSide(named.roleWords);
  return (assistant) => {
    if (named.department && assistant.department === named.department) return true;
    if (teamWords.some((team) => assistant.roleWords.some((word) => word === team || isCompoundPart(team, word)))) return true;
    return namedOnBoardSide && onBoardSide(assistant.roleWords);
  };
}

/** The people working with those the need names, each by the closest link; the named themselves are left out later. */
function worksWithNamed(query: NeedQuery, index: HelpIndex): Map<number, { link: WorksWith; weight: number }> {
  const found = new Map<number, { link: WorksWith; weight: number }>();
  // A name shared by several contacts spreads its weight: the user means one of them.
  const share = Math.min(1, 2 / Math.max(1, query.named.length));
  const offer = (profile: HelpProfile | undefined, named: HelpProfile, link: WorksWith['link']) => {
    if (!profile || profile.slot === named.slot) return;
    const weight = WORKS_WITH_WEIGHT[link] * share;
    const known = found.get(profile.slot);
    if (known && known.weight >= weight) return;
    const person = [named.contact.firstName, named.contact.lastName].filter(Boolean).join(' ');
    found.set(profile.slot, { link: { kind: 'worksWith', person, link }, weight });
  };
  for (const named of query.named) {
    if (named.organisation) {
      if (named.department) for (const colleague of index.inTeam(named.organisation, named.department)) offer(colleague, named, 'colleague');
      const assists = assistsTeamOf(named);
      for (const assistant of index.assistantsAt(named.organisation)) if (assists(assistant)) offer(assistant, named, 'assistant');
    }
    if (named.contact.introducedById) offer(index.profileOf(named.contact.introducedById), named, 'introducer');
  }
  return found;
}

export class HelpRanking {
  /** Per slot and field, for the need word at hand: the best same-word quality, and the concept qualities summed. */
  private wordBest = new Float64Array(0);
  private conceptSum = new Float64Array(0);
  private fit = new Float64Array(0);
  private stamp = new Int32Array(0);
  private round = 0;

  constructor(private readonly index: HelpIndex) {}

  /** The best `limit` people for the need, best first; each with a fit, none of them named in the need. */
  rank(query: NeedQuery, limit: number, settings: Settings, today: string): RankedPerson[] {
    this.ensureScratch();
    const { index } = this;
    const { wordBest, conceptSum, fit, stamp } = this;
    const candidates: number[] = [];
    for (const word of query.words) {
      this.round += 1;
      const round = this.round;
      const touched: number[] = [];
      const touch = (slot: number) => {
        if (stamp[slot] === round) return;
        stamp[slot] = round;
        touched.push(slot);
        wordBest.fill(0, slot * FIELD_COUNT, slot * FIELD_COUNT + FIELD_COUNT);
        conceptSum.fill(0, slot * FIELD_COUNT, slot * FIELD_COUNT + FIELD_COUNT);
      };
      for (const [id, quality] of word.words) {
        for (const posting of index.wordPostings[id] ?? []) {
          const slot = slotOfPosting(posting);
          if (index.profiles[slot] === undefined) continue;
          touch(slot);
          const at = slot * FIELD_COUNT + fieldOfPosting(posting);
          if (quality > (wordBest[at] as number)) wordBest[at] = quality;
        }
      }
      // A field holds each concept at most once (help-profiles.ts), so the sum counts how many of the word's it covers.
      for (const [concept, quality] of word.concepts) {
        for (const posting of index.conceptPostings[concept] ?? []) {
          const slot = slotOfPosting(posting);
          if (index.profiles[slot] === undefined) continue;
          touch(slot);
          const at = slot * FIELD_COUNT + fieldOfPosting(posting);
          conceptSum[at] = (conceptSum[at] as number) + quality;
        }
      }
      const spread = conceptSpread(word);
      for (const slot of touched) {
        let best = 0;
        let sum = 0;
        for (let field = 0; field < FIELD_COUNT; field += 1) {
          const at = slot * FIELD_COUNT + field;
          const quality = Math.max(wordBest[at] as number, Math.min(MOST_CONCEPT_QUALITY, (conceptSum[at] as number) / spread));
          const value = quality * (fieldWeights[field] as number);
          sum += value;
          if (value > best) best = value;
        }
        if (fit[slot] === 0) candidates.push(slot);
        fit[slot] = (fit[slot] as number) + best + CORROBORATION * (sum - best);
      }
    }

    const worksWith = worksWithNamed(query, index);
    for (const [slot, { weight }] of worksWith) {
      if (fit[slot] === 0) candidates.push(slot);
      fit[slot] = (fit[slot] as number) + weight;
    }
    const namedSlots = new Set(query.named.map((profile) => profile.slot));

    // Someone at the limit's fit scores at least that much even if owed twice and cold: whoever could not reach that
    // even with the best relationship is out before anything is sorted.
    const reach = limit + namedSlots.size;
    const fits = Float64Array.from(candidates, (slot) => fit[slot] as number).sort();
    const floor = fits.length > reach ? (fits[fits.length - reach] as number) * OWED_TWICE_FACTOR : 0;
    const order = candidates
      .filter((slot) => (fit[slot] as number) * MOST_RECIPROCITY + MOST_WARMTH >= floor)
      .sort((a, b) => (fit[b] as number) - (fit[a] as number));
    // Highest fit first: once even the best relationship could not lift a fit past the last place, the rest can stop.
    const ranked: RankedPerson[] = [];
    for (const slot of order) {
      const slotFit = fit[slot] as number;
      if (ranked.length >= limit && slotFit * MOST_RECIPROCITY + MOST_WARMTH < (ranked[limit - 1] as RankedPerson).score) break;
      if (namedSlots.has(slot)) continue;
      const profile = index.profiles[slot] as HelpProfile;
      const warmth = warmthOf(profile, settings, today);
      const score = slotFit * reciprocityFactor(profile) + warmthBonus(profile, warmth, today);
      const link = worksWith.get(slot);
      insertRanked(ranked, { profile, score, warmth, ...(link ? { worksWith: link.link } : {}), worksWithWeight: link?.weight ?? 0 }, limit);
    }
    for (const slot of candidates) fit[slot] = 0;
    return ranked;
  }

  private ensureScratch(): void {
    const slots = this.index.slots;
    if (this.fit.length >= slots) return;
    const size = Math.max(1024, slots * 2);
    this.fit = new Float64Array(size);
    this.stamp = new Int32Array(size);
    this.wordBest = new Float64Array(size * FIELD_COUNT);
    this.conceptSum = new Float64Array(size * FIELD_COUNT);
  }
}

const collator = new Intl.Collator('de');

function compareRanked(a: RankedPerson, b: RankedPerson): number {
  return (
    b.score - a.score ||
    collator.compare(a.profile.contact.lastName, b.profile.contact.lastName) ||
    collator.compare(a.profile.contact.firstName, b.profile.contact.firstName) ||
    (a.profile.contact.id < b.profile.contact.id ? -1 : 1)
  );
}

/** Keeps `ranked` sorted and at most `limit` long. */
function insertRanked(ranked: RankedPerson[], person: RankedPerson, limit: number): void {
  let at = ranked.length;
  while (at > 0 && compareRanked(person, ranked[at - 1] as RankedPerson) < 0) at -= 1;
  if (at >= limit) return;
  ranked.splice(at, 0, person);
  if (ranked.length > limit) ranked.pop();
}
