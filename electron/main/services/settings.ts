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

    update(patch: SettingsPatch): Promise<Settings> {
      return writer.write(() => {
        const { defaultCadenceDays, ownEmailDomains, ...rest } = patch;
        const next: Record<string, unknown> = { ...store.settings, ...rest };
        // `null` is how a patch says "no default rhythm"; the stored settings simply leave it out.
        if (defaultCadenceDays === null) delete next.defaultCadenceDays;
        else if (defaultCadenceDays !== undefined) next.defaultCadenceDays = defaultCadenceDays;
        if (ownEmailDomains) next.ownEmailDomains = [...new Set(ownEmailDomains.map((domain) => domain.trim().toLowerCase()))];
        const settings = parseOrInvalid(settingsInputSchema, next);
        return { changes: [{ op: 'settings', value: settings }], result: settings };
      });
    },
  };
}

/** Some of the user's choices, as `settings:update` takes them. */
export type SettingsPatch = Partial<Omit<Settings, 'defaultCadenceDays'>> & { defaultCadenceDays?: number | null };

export type SettingsService = ReturnType<typeof createSettings>;
