// "Mein Netzwerk": every figure of the network page in one answer. One pass over the contacts groups them and reads
// their warmth; one pass over the journal counts the weeks, the months and each contact's newest encounter. The
// departments and people of organisations beyond the first few per side stay behind until asked for (`people`). The
// pass over the journal is kept for the day until an encounter changes, so opening the page again skips it.
import type { ChannelPayload } from '../../../../shared/contract';
import type { ContactRelation } from '../../../../shared/model';
import {
  NETWORK_MAP_ORGANISATIONS_WITH_PEOPLE,
  type NetworkMap,
  type NetworkMapGroup,
  type NetworkMapOrganisation,
} from '../../../../shared/network-map-contract';
import type { JournalStore } from '../../store/types';
import type { Clock } from '../clock';
import type { JournalWriter } from '../journal-writer';
import { activityOf } from './activity';
import { spansEndingOn } from './calendar';
import { peopleMapOf } from './groups';
import { createWarmthOf } from './warmth';
import { whiteSpotsOf } from './white-spots';

/**
 * The groups of the first organisations of each side, and the others as name and size (groups come ordered by side
 * and organisation size).
 */
function splitAtFirstOrganisations(groups: readonly NetworkMapGroup[]): Pick<NetworkMap, 'groups' | 'moreOrganisations'> {
  const seen: Record<ContactRelation, Set<string>> = { internal: new Set(), external: new Set() };
  const first: NetworkMapGroup[] = [];
  const more = new Map<string, NetworkMapOrganisation>();
  for (const group of groups) {
    const organisations = seen[group.relation];
    organisations.add(group.organisation);
    if (organisations.size <= NETWORK_MAP_ORGANISATIONS_WITH_PEOPLE) {
      first.push(group);
      continue;
    }
    const key = `${group.relation}\u0000${group.organisation}`;
    const known = more.get(key);
    if (known) known.size += group.size;
    else more.set(key, { relation: group.relation, organisation: group.organisation, size: group.size });
  }
  return { groups: first, moreOrganisations: [...more.values()] };
}

export function createNetworkMap({ store, clock, writer }: { store: JournalStore; clock: Clock; writer: JournalWriter }) {
  let kept: { day: string; activity: ReturnType<typeof activityOf> } | undefined;
  writer.onCommitted(({ collections }) => {
    if (collections.includes('interactions')) kept = undefined;
  });

  function activityToday(): ReturnType<typeof activityOf> {
    const day = clock.today();
    if (kept?.day !== day) kept = { day, activity: activityOf(store.interactions.values(), spansEndingOn(day)) };
    return kept.activity;
  }

  function peopleMap(activity = activityToday()) {
    return peopleMapOf(store.contacts.values(), createWarmthOf(store.settings, clock.today(), activity.newestByContact));
  }

  return {
    get(): NetworkMap {
      const { settings } = store;
      const activity = activityToday();
      const people = peopleMap(activity);
      return {
        ownOrganisation: people.ownOrganisation,
        ...splitAtFirstOrganisations(people.groups),
        whiteSpots: whiteSpotsOf(store.contacts.values(), people.ownOrganisationKey, settings.ownDepartments ?? []),
        encountersPerWeek: activity.encountersPerWeek,
        favoursPerMonth: activity.favoursPerMonth,
        totals: people.totals,
      };
    },

    /** The groups of the named organisations of one side, each with all its people. */
    people({ relation, organisations }: ChannelPayload<'networkMap:people'>): NetworkMapGroup[] {
      const wanted = new Set(organisations);
      return peopleMap().groups.filter((group) => group.relation === relation && wanted.has(group.organisation));
    },
  };
}

export type NetworkMapService = ReturnType<typeof createNetworkMap>;
