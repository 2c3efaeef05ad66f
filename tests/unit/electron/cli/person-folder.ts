// The privacy person journal written to a real data folder, for the CLI commands that act on one person.
import { fixedClock } from '../../../../electron/main/services/clock';
import { openStore } from '../../../../electron/main/store';
import { personJournal } from '../services/privacy/person-journal';
import { tempDir } from '../store/helpers';

export async function seedPersonFolder(now: string, options: { archived?: string; backup?: boolean } = {}): Promise<string> {
  const dir = await tempDir();
  const seed = personJournal();
  const store = await openStore({ dir, clock: fixedClock(now) });
  await store.commit([
    ...(seed.contacts ?? []).map((value) => ({ op: 'put' as const, collection: 'contacts' as const, value: value.id === options.archived ? { ...value, archived: true } : value })),
    ...(seed.interactions ?? []).map((value) => ({ op: 'put' as const, collection: 'interactions' as const, value })),
    ...(seed.coach ?? []).map((value) => ({ op: 'put' as const, collection: 'coach' as const, value })),
    { op: 'settings' as const, value: { ...store.settings, ...seed.settings } },
  ]);
  if (options.backup) await store.backupNow('manual');
  await store.close();
  return dir;
}
