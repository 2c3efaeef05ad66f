// The follow-ups not yet done, by day, kept as commits arrive: Today's agenda and the reminders both read them after
// every commit, and a journal of years holds a hundred thousand encounters but only a handful of open follow-ups.
import type { Interaction } from '../../../shared/model';
import type { Change, JournalStore } from '../store/types';

export function isOpenFollowUp(interaction: Interaction): boolean {
  return interaction.followUpOn !== undefined && !interaction.followUpDone;
}

/** Follow-ups by their day, then by id. */
export function compareFollowUps(a: Interaction, b: Interaction): number {
  const on = (a.followUpOn ?? '') < (b.followUpOn ?? '') ? -1 : (a.followUpOn ?? '') > (b.followUpOn ?? '') ? 1 : 0;
  return on || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Every open follow-up in `store`, by day: what the kept list always equals. */
export function openFollowUpsIn(store: Pick<JournalStore, 'interactions'>): Interaction[] {
  return [...store.interactions.values()].filter(isOpenFollowUp).sort(compareFollowUps);
}

function positionAfter(list: readonly Interaction[], value: Interaction): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compareFollowUps(list[middle] as Interaction, value) <= 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

export interface OpenFollowUps {
  /** Every follow-up not yet done, by day; read only. */
  list(): readonly Interaction[];
}

export function createOpenFollowUps({
  store,
  writer,
}: {
  store: Pick<JournalStore, 'interactions'>;
  writer: { onCommitted(listener: (event: { changes: readonly Change[] }) => void): unknown };
}): OpenFollowUps {
  let list: Interaction[] | undefined;
  /** Each open follow-up as placed in the list, to find it again once the store holds a newer version. */
  const placed = new Map<string, Interaction>();

  writer.onCommitted(({ changes }) => {
    // Before the first read there is nothing to follow: the build reads the store as it is then.
    if (!list) return;
    for (const change of changes) {
      if (change.op === 'settings' || change.collection !== 'interactions') continue;
      const id = change.op === 'put' ? change.value.id : change.id;
      const before = placed.get(id);
      if (before) {
        const at = positionAfter(list, before) - 1;
        if (list[at] === before) list.splice(at, 1);
        placed.delete(id);
      }
      if (change.op === 'put' && isOpenFollowUp(change.value)) {
        list.splice(positionAfter(list, change.value), 0, change.value);
        placed.set(id, change.value);
      }
    }
  });

  return {
    list() {
      if (!list) {
        list = openFollowUpsIn(store);
        for (const interaction of list) placed.set(interaction.id, interaction);
      }
      return list;
    },
  };
}
