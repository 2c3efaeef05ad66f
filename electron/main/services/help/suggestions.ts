// Suggestions for "kann helfen bei" and "Was ich anbieten kann": what the user's journal already says people can help
// with (most used first, so her own words come before ours), her own offer, then a short list of what assistants
// commonly ask each other for. One spelling per entry: "Übersetzungen" and "uebersetzungen" are the same entry.
import type { Language } from '../../../../shared/model';
import type { HelpSuggestions } from '../../../../shared/help-contract';
import type { JournalStore } from '../../store/types';
import { fold } from '../search-text';

/** What an office or executive assistant typically needs from the network, in the app's two languages. */
export const commonHelpEntries: Record<Language, readonly string[]> = {
  de: [
    'Raumbuchung',
    'Reisebuchung',
    'IT-Zugänge',
    'Vorstandskalender',
    'Catering',
    'Übersetzungen',
    'Visitenkarten',
    'Post und Kurier',
    'Veranstaltungstechnik',
    'Excel',
  ],
  en: [
    'Room booking',
    'Travel booking',
    'IT access',
    "The board's calendar",
    'Catering',
    'Translations',
    'Business cards',
    'Mail and courier',
    'Event technology',
    'Excel',
  ],
};

/** The journal's entries by how many active contacts have them, most used first; ties in alphabetical order. */
function journalEntries(store: JournalStore, language: Language): string[] {
  const byKey = new Map<string, { entry: string; count: number }>();
  for (const contact of store.contacts.values()) {
    if (contact.archived) continue;
    // One contact counts once per entry, however it spelled it twice.
    const seen = new Set<string>();
    for (const entry of contact.canHelpWith) {
      const key = fold(entry.trim());
      if (key === '' || seen.has(key)) continue;
      seen.add(key);
      const found = byKey.get(key);
      if (found) found.count += 1;
      else byKey.set(key, { entry: entry.trim(), count: 1 });
    }
  }
  return [...byKey.values()]
    .sort((a, b) => b.count - a.count || a.entry.localeCompare(b.entry, language))
    .map(({ entry }) => entry);
}

export function helpSuggestions(store: JournalStore, language: Language): HelpSuggestions {
  const seen = new Set<string>();
  const entries: string[] = [];
  for (const entry of [...journalEntries(store, language), ...(store.settings.canOffer ?? []), ...commonHelpEntries[language]]) {
    const key = fold(entry.trim());
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    entries.push(entry.trim());
  }
  return { entries };
}
