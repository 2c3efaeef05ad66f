// The journal's side of the network page, in one pass over every encounter: how many encounters each week of the last
// year brought (by type), the favours given and received each month, and each contact's newest encounter for warmth.
import type { Interaction, InteractionType } from '../../../../shared/model';
import type { NetworkMapMonth, NetworkMapWeek } from '../../../../shared/network-map-contract';
import { isLedgerFavour } from '../reciprocity';
import type { Spans } from './calendar';

export interface Activity {
  encountersPerWeek: NetworkMapWeek[];
  favoursPerMonth: NetworkMapMonth[];
  /** Each contact's newest encounter date, counted as keep-in-touch counts it (newestInteractionDates). */
  newestByContact: Map<string, string>;
}

export function activityOf(interactions: Iterable<Interaction>, spans: Spans): Activity {
  const weeks = spans.weekStarts.map((weekStart): { weekStart: string; counts: Partial<Record<InteractionType, number>> } => ({ weekStart, counts: {} }));
  const months = spans.months.map((month): NetworkMapMonth => ({ month, given: 0, received: 0 }));
  const newestByContact = new Map<string, string>();

  for (const interaction of interactions) {
    for (const contactId of interaction.contactIds) {
      const known = newestByContact.get(contactId);
      if (known === undefined || interaction.date > known) newestByContact.set(contactId, interaction.date);
    }
    // A request still pending has not happened yet: it is neither an encounter of that week nor a favour received.
    if (interaction.pending) continue;
    const week = spans.weekOf(interaction.date);
    if (week !== undefined) {
      const counts = (weeks[week] as NetworkMapWeek).counts;
      counts[interaction.type] = (counts[interaction.type] ?? 0) + 1;
    }
    if (!isLedgerFavour(interaction)) continue;
    const month = spans.monthOf(interaction.date);
    if (month === undefined) continue;
    const row = months[month] as NetworkMapMonth;
    if (interaction.type === 'favourGiven') row.given += 1;
    else row.received += 1;
  }
  return { encountersPerWeek: weeks, favoursPerMonth: months, newestByContact };
}
