// Settings: the user's choices, changed a few fields at a time and always stored whole and valid.
import { settingsInputSchema, type Settings } from '../../../shared/model';
import type { JournalStore } from '../store/types';
import { parseOrInvalid } from './validation';
import type { JournalWriter } from './journal-writer';

export function createSettings({ store, writer }: { store: JournalStore; writer: JournalWriter }) {
  return {
    get(): Settings {
      return store.settings;
    },

    update(patch: Partial<Settings>): Promise<Settings> {
      return writer.write(() => {
        const settings = parseOrInvalid(settingsInputSchema, { ...store.settings, ...patch });
        return { changes: [{ op: 'settings', value: settings }], result: settings };
      });
    },
  };
}

export type SettingsService = ReturnType<typeof createSettings>;
