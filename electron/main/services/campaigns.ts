// Gift campaigns: a chocolate bunny at Easter, an advent calendar in December, flowers for a round birthday or
// anniversary. Some weeks ahead Plausch proposes the people the user works with most; the user picks who gets one and
// tracks each gift from idea to bought to sent. Sending logs a gift interaction.
import { randomUUID } from 'node:crypto';
import { addDays, daysBetween } from '../../../shared/dates';
import { PlauschError } from '../../../shared/errors';
import { displayName, interactionSchema, type Campaign, type CampaignRecipient, type Contact, type GiftStatus } from '../../../shared/model';
import { easterSunday, occasionsInWindow } from '../../../shared/occasions';
import type { CampaignCandidate, CampaignView } from '../../../shared/views';
import type { Change, JournalStore } from '../store/types';
import type { Clock } from './clock';
import { compareContacts } from './contacts';
import type { JournalWriter } from './journal-writer';
import { withoutUndefined } from './records';
import { parseOrInvalid } from './validation';

/** Seasonal campaigns show this long ahead: time to order in bulk. */
export const SEASON_AHEAD_DAYS = 42;
/** Round occasions show this long ahead, in time to order flowers. */
export const FLOWERS_AHEAD_DAYS = 14;
/** A campaign stays listed this long after its day, for late deliveries. */
const LISTED_AFTER_DAYS = 14;
/** Past campaigns are kept two years, long enough to look back at last year's list. */
const KEPT_DAYS = 730;
const FREQUENCY_WINDOW_DAYS = 365;
const MAX_PROPOSALS = 20;

export interface CampaignUpdate {
  campaignId: string;
  contactId: string;
  /** `null` takes the person off the campaign. */
  status: GiftStatus | null;
  gift?: string;
}

/** Advent calendars start on the first of December, so that is the day they have to be there. */
function seasonalCampaigns(today: string): Pick<Campaign, 'id' | 'kind' | 'occursOn'>[] {
  const year = Number(today.slice(0, 4));
  const seasons: Pick<Campaign, 'id' | 'kind' | 'occursOn'>[] = [];
  for (const candidateYear of [year, year + 1]) {
    seasons.push({ id: `easter-${candidateYear}`, kind: 'easter', occursOn: easterSunday(candidateYear) });
    seasons.push({ id: `advent-${candidateYear}`, kind: 'advent', occursOn: `${candidateYear}-12-01` });
  }
  return seasons.filter((s) => s.occursOn >= today && daysBetween(today, s.occursOn) <= SEASON_AHEAD_DAYS);
}

export function createCampaigns({ store, clock, writer }: { store: JournalStore; clock: Clock; writer: JournalWriter }) {
  function persisted(): readonly Campaign[] {
    return store.settings.campaigns ?? [];
  }

  /** Active contacts by how often the user met them in the year up to today, most first; ties to the latest met. */
  function byFrequency(today: string): CampaignCandidate[] {
    const since = addDays(today, -FREQUENCY_WINDOW_DAYS);
    const counts = new Map<string, { count: number; latest: string }>();
    for (const interaction of store.interactions.values()) {
      if (interaction.date < since || interaction.date > today) continue;
      for (const contactId of new Set(interaction.contactIds)) {
        const known = counts.get(contactId) ?? { count: 0, latest: '' };
        counts.set(contactId, { count: known.count + 1, latest: interaction.date > known.latest ? interaction.date : known.latest });
      }
    }
    const ranked: { contact: Contact; count: number; latest: string }[] = [];
    for (const [contactId, { count, latest }] of counts) {
      const contact = store.contacts.get(contactId);
      if (contact && !contact.archived) ranked.push({ contact, count, latest });
    }
    ranked.sort((a, b) => b.count - a.count || (a.latest < b.latest ? 1 : a.latest > b.latest ? -1 : 0) || compareContacts(a.contact, b.contact));
    return ranked.map(({ contact, count }) => ({
      contactId: contact.id,
      name: displayName(contact),
      organisation: contact.organisation,
      interactionCount: count,
    }));
  }

  function view(campaign: Pick<Campaign, 'id' | 'kind' | 'occursOn'>, today: string): CampaignView {
    const stored = persisted().find((c) => c.id === campaign.id);
    const recipients = (stored?.recipients ?? []).flatMap((recipient) => {
      const contact = store.contacts.get(recipient.contactId);
      return contact ? [{ ...recipient, name: displayName(contact), giftIdeas: contact.giftIdeas }] : [];
    });
    const picked = new Set(recipients.map((r) => r.contactId));
    const result: CampaignView = { ...campaign, recipients, proposals: [] };
    if (campaign.kind === 'flowers') {
      const occasion = flowerOccasions(today).find((o) => o.id === campaign.id)?.occasion;
      if (occasion) result.occasion = occasion;
      const contact = occasion && store.contacts.get(occasion.contactId);
      if (contact && !picked.has(contact.id)) {
        result.proposals = [{ contactId: contact.id, name: displayName(contact), organisation: contact.organisation, interactionCount: 0 }];
      }
    } else {
      result.proposals = byFrequency(today).filter((c) => !picked.has(c.contactId)).slice(0, MAX_PROPOSALS);
    }
    return result;
  }

  function flowerOccasions(today: string) {
    return occasionsInWindow(store.contacts.values(), today, FLOWERS_AHEAD_DAYS)
      .filter((o) => o.round && (o.kind === 'birthday' || o.kind === 'anniversary'))
      .map((occasion) => ({ id: `flowers:${occasion.kind}:${occasion.recordId}:${occasion.date}`, occasion }));
  }

  function listed(today: string): Pick<Campaign, 'id' | 'kind' | 'occursOn'>[] {
    const campaigns = new Map<string, Pick<Campaign, 'id' | 'kind' | 'occursOn'>>();
    for (const season of seasonalCampaigns(today)) campaigns.set(season.id, season);
    for (const { id, occasion } of flowerOccasions(today)) campaigns.set(id, { id, kind: 'flowers', occursOn: occasion.date });
    const oldest = addDays(today, -LISTED_AFTER_DAYS);
    for (const { id, kind, occursOn } of persisted()) if (occursOn >= oldest && !campaigns.has(id)) campaigns.set(id, { id, kind, occursOn });
    return [...campaigns.values()].sort((a, b) => (a.occursOn < b.occursOn ? -1 : a.occursOn > b.occursOn ? 1 : a.id < b.id ? -1 : 1));
  }

  return {
    list(): CampaignView[] {
      const today = clock.today();
      return listed(today).map((campaign) => view(campaign, today));
    },

    /** Picks a person for a campaign, moves their gift along, or takes them off. Marking it sent logs the gift. */
    update({ campaignId, contactId, status, gift }: CampaignUpdate): Promise<CampaignView> {
      return writer.write(() => {
        const today = clock.today();
        const campaign = listed(today).find((c) => c.id === campaignId);
        if (!campaign) throw new PlauschError('notFound', { id: campaignId });
        const contact = store.contacts.get(contactId);
        if (!contact) throw new PlauschError('notFound', { id: contactId });
        const stored: Campaign = persisted().find((c) => c.id === campaignId) ?? { ...campaign, recipients: [] };
        const previous = stored.recipients.find((r) => r.contactId === contactId);
        const changes: Change[] = [];
        let recipients = stored.recipients.filter((r) => r.contactId !== contactId);
        if (status !== null) {
          const recipient: CampaignRecipient = { contactId, status, gift: gift ?? previous?.gift ?? '' };
          if (previous?.interactionId) recipient.interactionId = previous.interactionId;
          if (status === 'sent' && !recipient.interactionId) {
            const now = clock.now().toISOString();
            const interaction = withoutUndefined(
              parseOrInvalid(interactionSchema, {
                contactIds: [contactId],
                type: 'gift',
                date: today,
                note: recipient.gift,
                id: randomUUID(),
                createdAt: now,
                updatedAt: now,
              }),
            );
            recipient.interactionId = interaction.id;
            changes.push({ op: 'put', collection: 'interactions', value: interaction });
          }
          recipients = [...recipients, recipient];
        }
        const kept = addDays(today, -KEPT_DAYS);
        const others = persisted().filter((c) => c.id !== campaignId && c.occursOn >= kept);
        const campaigns = recipients.length > 0 ? [...others, { ...stored, recipients }] : others;
        changes.push({ op: 'settings', value: { ...store.settings, campaigns } });
        return { changes, result: campaign };
      }).then((campaign) => view(campaign, clock.today()));
    },
  };
}

export type CampaignsService = ReturnType<typeof createCampaigns>;
