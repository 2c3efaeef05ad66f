// A person's report as data to keep: one pretty-printed JSON object, a header saying what it is, then one section per
// kind of record under a plain English key. Values stay as the journal stores them (ids, ISO dates, enum codes), so
// the file can be read by a program as well as by a person.
import { displayName } from '../../../../shared/model';
import type { PersonData } from './person-data';
import type { ReportWords } from './report-words';

export interface ReportHeader {
  language: 'de' | 'en';
  generatedAt: string;
  appVersion: string;
}

export function personReportJson(data: PersonData, words: ReportWords, header: ReportHeader): string {
  const { contact, photoStored, ...sections } = data;
  const report = {
    header: {
      title: words.title,
      description: words.description,
      person: displayName(contact),
      generatedAt: header.generatedAt,
      plauschVersion: header.appVersion,
      language: header.language,
      othersNote: words.othersNote,
    },
    // The photo's bytes stay out: the file says only whether one is stored.
    contact: { ...contact, photoStored },
    encounters: sections.encounters,
    favours: sections.favours,
    gifts: sections.gifts,
    campaigns: sections.campaigns,
    events: sections.events,
    coach: sections.coach,
    reminders: sections.reminders,
    introductions: sections.introductions,
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
