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
        const { ownEmailDomains, ...rest } = patch;
        const next: Record<string, unknown> = { ...store.settings, ...rest };
        // `null` is how a patch says "none" (no default rhythm, no app lock, no retention); the stored settings leave it out.
        for (const field of clearableFields) if (next[field] === null) delete next[field];
        if (ownEmailDomains) next.ownEmailDomains = [...new Set(ownEmailDomains.map((domain) => domain.trim().toLowerCase()))];
        const settings = parseOrInvalid(settingsInputSchema, next);
        return { changes: [{ op: 'settings', value: settings }], result: settings };
      });
    },
  };
}

const clearableFields = ['defaultCadenceDays', 'lockAfterMinutes', 'retentionYears'] as const;
type ClearableField = (typeof clearableFields)[number];

/** Some of the user's choices, as `settings:update` takes them. */
export type SettingsPatch = Partial<Omit<Settings, ClearableField>> & { [field in ClearableField]?: number | null };

export type SettingsService = ReturnType<typeof createSettings>;
