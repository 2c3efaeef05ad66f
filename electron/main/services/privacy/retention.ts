// Retention: archived people the journal has not touched for the years the user chose are proposed for forgetting.
// Only proposed: nothing goes without the user confirming each person.
import { isoDateAt } from '../../../../shared/dates';
import { displayName } from '../../../../shared/model';
import type { RetentionProposal } from '../../../../shared/privacy';
import type { JournalStore } from '../../store/types';
import type { Clock } from '../clock';

/** The same day `years` earlier; 29 February becomes the 28th in a year without one. */
export function yearsBefore(isoDate: string, years: number): string {
  const [year, month, day] = isoDate.split('-') as [string, string, string];
  const earlier = Number(year) - years;
  const leap = (earlier % 4 === 0 && earlier % 100 !== 0) || earlier % 400 === 0;
  return `${String(earlier).padStart(4, '0')}-${month}-${month === '02' && day === '29' && !leap ? '28' : day}`;
}

export function retentionProposals(store: JournalStore, clock: Clock): RetentionProposal[] {
  const years = store.settings.retentionYears;
  if (years === undefined) return [];
  const cutoff = yearsBefore(clock.today(), years);
  const lastTouched = new Map<string, string>();
  for (const contact of store.contacts.values()) {
    if (contact.archived) lastTouched.set(contact.id, isoDateAt(new Date(contact.updatedAt)));
  }
  for (const interaction of store.interactions.values()) {
    for (const id of interaction.contactIds) {
      const known = lastTouched.get(id);
      if (known !== undefined && interaction.date > known) lastTouched.set(id, interaction.date);
    }
  }
  const proposals: RetentionProposal[] = [];
  for (const [contactId, date] of lastTouched) {
    const contact = store.contacts.get(contactId);
    if (contact && date < cutoff) proposals.push({ contactId, name: displayName(contact), lastTouched: date });
  }
  return proposals.sort((a, b) => (a.lastTouched < b.lastTouched ? -1 : a.lastTouched > b.lastTouched ? 1 : a.name.localeCompare(b.name)));
}
