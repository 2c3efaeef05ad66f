// "Mein Netzwerk": the user's network as a picture. One channel gathers every figure of the page; the renderer only
// draws. A second brings the people of organisations further down the list when the user asks to see them: ten
// thousand names would be most of the first answer, and the page shows a few organisations at first. Spread into the
// contract (contract.ts).
import { z } from 'zod';
import { channel } from './channel';
import { contactRelations, type ContactRelation, type InteractionType } from './model';
import type { Warmth } from './help-contract';

export interface NetworkMapPerson {
  contactId: string;
  name: string;
  warmth: Warmth;
}

/**
 * Organisations per side (intern, extern), largest first, whose departments and people `networkMap:get` sends along;
 * those of the others come with `networkMap:people`.
 */
export const NETWORK_MAP_ORGANISATIONS_WITH_PEOPLE = 6;

/** The people of one department of one organisation (either may be empty: "ohne Abteilung"). */
export interface NetworkMapGroup {
  organisation: string;
  department: string;
  relation: ContactRelation;
  /** How many people the group has, and how many of them in each state of warmth. */
  size: number;
  byWarmth: Record<Warmth, number>;
  /** Everyone in the group, by name. */
  people: NetworkMapPerson[];
}

/** An organisation beyond the first ones of its side: its name and size, its groups to be asked for. */
export interface NetworkMapOrganisation {
  relation: ContactRelation;
  organisation: string;
  size: number;
}

export interface NetworkMapWeek {
  /** The Monday the week starts on, `YYYY-MM-DD`. */
  weekStart: string;
  counts: Partial<Record<InteractionType, number>>;
}

export interface NetworkMapMonth {
  /** `YYYY-MM`. */
  month: string;
  given: number;
  received: number;
}

export interface NetworkMap {
  /** The organisation most of the internal contacts belong to; empty when none is known. */
  ownOrganisation: string;
  /** The groups of the first NETWORK_MAP_ORGANISATIONS_WITH_PEOPLE organisations of each side (largest first). */
  groups: NetworkMapGroup[];
  /** The other organisations, in the same order; `networkMap:people` brings their groups. */
  moreOrganisations: NetworkMapOrganisation[];
  /** Departments of the own organisation where the user knows nobody (active), from the journal and her own list. */
  whiteSpots: string[];
  /** The last 52 weeks, oldest first. */
  encountersPerWeek: NetworkMapWeek[];
  /** The last 12 months, oldest first. */
  favoursPerMonth: NetworkMapMonth[];
  totals: { internal: number; external: number; byWarmth: Record<Warmth, number> };
}

export const networkMapChannels = {
  'networkMap:get': channel<NetworkMap>()(z.object({}).strict().optional()),
  /** The groups, people included, of the named organisations of one side (names as `networkMap:get` gave them). */
  'networkMap:people': channel<NetworkMapGroup[]>()(
    z.object({ relation: z.enum(contactRelations), organisations: z.array(z.string().max(200)).min(1).max(100) }).strict(),
  ),
} as const;
