// The reasons of "Wer kann helfen?" in words. The window and the command line both word them here, so a person is
// put forward for the same reasons in the same words wherever the user asks. Pure: `today` comes in, no clock read.
import type { HelpReason } from './help-contract';
import type { Language } from './model';

const titles = new Set(['dr', 'dr.', 'prof', 'prof.', 'herr', 'frau', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.']);

/**
 * The name a reason calls the person by: the first name, since "ihr"/"ihm" would guess a gender the journal does not
 * know. A title ("Dr. Anna Roth") is passed over; a contact with one name is called by it.
 */
export function helpReasonName(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = words.find((word) => !titles.has(word.toLowerCase()));
  return first ?? name.trim();
}

function utcDate(isoDate: string): Date {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day));
}

/** The year is left out when it is this year; without `today` it is always written, so no date reads ambiguous. */
function sameYear(isoDate: string, today: string | undefined): boolean {
  return today !== undefined && today.slice(0, 4) === isoDate.slice(0, 4);
}

/** "12. März" / "March 12", with the year when it is not this year. */
function dayAndMonth(isoDate: string, language: Language, today: string | undefined): string {
  const withYear = !sameYear(isoDate, today);
  return new Intl.DateTimeFormat(language, {
    day: 'numeric',
    month: 'long',
    ...(withYear ? { year: 'numeric' } : {}),
    timeZone: 'UTC',
  }).format(utcDate(isoDate));
}

/** "März" / "March", with the year when it is not this year. */
function monthOf(isoDate: string, language: Language, today: string | undefined): string {
  const withYear = !sameYear(isoDate, today);
  return new Intl.DateTimeFormat(language, {
    month: 'long',
    ...(withYear ? { year: 'numeric' } : {}),
    timeZone: 'UTC',
  }).format(utcDate(isoDate));
}

const timesDe = ['', 'einmal', 'zweimal', 'dreimal', 'viermal', 'fünfmal'];
const timesEn = ['', 'once', 'twice'];
const favoursDe = ['', 'einen Gefallen', 'zwei Gefallen', 'drei Gefallen', 'vier Gefallen', 'fünf Gefallen'];
const favoursEn = ['', 'a favour', 'two favours', 'three favours', 'four favours', 'five favours'];

function times(count: number, language: Language): string {
  if (language === 'de') return timesDe[count] ?? `${count}-mal`;
  return timesEn[count] ?? `${count} times`;
}

function favours(count: number, language: Language): string {
  if (language === 'de') return favoursDe[count] ?? `${count} Gefallen`;
  return favoursEn[count] ?? `${count} favours`;
}

function quoted(text: string, language: Language): string {
  return language === 'de' ? `„${text}“` : `“${text}”`;
}

/** One reason as a plain sentence, e.g. "Kann helfen bei: Raumbuchung" or "Sie schulden Sabine schon zwei Gefallen". */
export function helpReasonText(
  reason: HelpReason,
  language: Language,
  person: { name: string },
  today?: string,
): string {
  const name = helpReasonName(person.name);
  const de = language === 'de';
  switch (reason.kind) {
    case 'canHelp':
      return de ? `Kann helfen bei: ${reason.entry}` : `Can help with: ${reason.entry}`;
    case 'roleOrDepartment':
      if (reason.field === 'role') return de ? `Rolle: ${reason.value}` : `Role: ${reason.value}`;
      return de ? `Abteilung: ${reason.value}` : `Department: ${reason.value}`;
    case 'helpedBefore': {
      const when = monthOf(reason.date, language, today);
      return de ? `Hat Ihnen im ${when} geholfen: ${reason.what}` : `Helped you in ${when}: ${reason.what}`;
    }
    case 'worksWith':
      if (reason.link === 'colleague') {
        return de ? `Gleiche Abteilung wie ${reason.person}` : `Same department as ${reason.person}`;
      }
      if (reason.link === 'assistant') {
        return de ? `Assistenz im Bereich von ${reason.person}` : `Assistant in ${reason.person}’s area`;
      }
      return de ? `Hat Ihnen ${reason.person} vorgestellt` : `Introduced you to ${reason.person}`;
    case 'note':
      return de ? `In den Notizen: ${quoted(reason.snippet, language)}` : `In the notes: ${quoted(reason.snippet, language)}`;
    case 'youHelped':
      return de
        ? `Sie haben ${name} ${times(reason.count, language)} geholfen`
        : `You have helped ${name} ${times(reason.count, language)}`;
    case 'youOwe':
      if (reason.count >= 2) {
        return de
          ? `Sie schulden ${name} schon ${favours(reason.count, language)}`
          : `You already owe ${name} ${favours(reason.count, language)}`;
      }
      return de ? `Sie schulden ${name} noch ${favours(reason.count, language)}` : `You owe ${name} ${favours(reason.count, language)}`;
    case 'lastContact': {
      const when = dayAndMonth(reason.date, language, today);
      return de ? `Zuletzt gesprochen am ${when}` : `Last spoke on ${when}`;
    }
    case 'alreadyAsked': {
      const when = dayAndMonth(reason.date, language, today);
      return de ? `Schon angefragt am ${when}` : `Already asked on ${when}`;
    }
  }
}
