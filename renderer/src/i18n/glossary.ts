// One word for one thing. The window's catalogs follow this glossary, and a test (tests/unit/renderer/glossary.test.ts)
// fails on each drift a review found, so a new text cannot bring a second word for the same thing back in.
import type { Language } from '../../../shared/model';

export interface Term {
  /** What the word names, for whoever adds a text. */
  meaning: string;
  /** The word the catalogs use, in each language. */
  use: Record<Language, string>;
  /** What a review found used for the same thing instead; none of these may appear in a catalog text. */
  avoid: Partial<Record<Language, readonly RegExp[]>>;
}

export const glossary: readonly Term[] = [
  {
    meaning: 'a label a contact carries, which can set its keep-in-touch rhythm',
    use: { de: 'Schlagwort', en: 'tag' },
    // "Tag" is the German day: the English word reads as one.
    avoid: { de: [/\bTags\b/, /\bTag „/, /oder Tag\b/] },
  },
  {
    meaning: 'getting back to someone on a set day',
    use: { de: 'Nachfassen', en: 'follow up' },
    avoid: { de: [/Wiedervorlage/], en: [/resubmission/i] },
  },
  {
    meaning: 'the compact window for an event in progress',
    use: { de: 'Veranstaltungsmodus', en: 'event mode' },
    avoid: { de: [/Event-Modus/] },
  },
  {
    meaning: 'a favour the user did someone',
    use: { de: 'Gefallen getan', en: 'favour given' },
    avoid: { de: [/Gefallen erwiesen/] },
  },
  {
    meaning: 'the company a contact works for',
    use: { de: 'Firma', en: 'company' },
    avoid: { de: [/^Organisation$/], en: [/^Organi[sz]ation$/] },
  },
  {
    meaning: 'a field that may stay empty',
    use: { de: '(optional)', en: '(optional)' },
    avoid: { de: [/\(freiwillig\)/] },
  },
  {
    meaning: 'the list of encounters; all of the user’s data is "Ihre Daten" / "your data", the people "Ihre Kontakte"',
    use: { de: 'Journal', en: 'journal' },
    avoid: { de: [/Ihr(em)? Journal\b/, /Schon im Journal/, /das Journal kennt/], en: [/your journal/i, /the journal knows/i, /Already in the journal/i] },
  },
];
