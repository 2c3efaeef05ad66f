// The few words a desktop notification needs, in German and English. They live here rather than in the renderer's
// catalogs because the main process shows notifications when no window is open.
// Every title and body begins with words of our own, never with a name or a note: on Linux they reach notify-send as
// command-line arguments, where a name like `--icon=/etc/passwd` at the start would be read as an option.
import type { IntegrationStepKind, Language, Settings } from '../../../../shared/model';
import type { Reminder } from '../../../../shared/views';

export interface NotificationText {
  title: string;
  body: string;
}

interface Catalog {
  /** When the occasion is, as the opening of a sentence. */
  when(daysAway: number, date: string): string;
  text(reminder: Reminder, when: string, daysAway: number): NotificationText;
  digestTitle(count: number): string;
  more(count: number): string;
}

const NOTE_LENGTH = 120;

function dayAndMonth(isoDate: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}

function shortened(note: string): string {
  const line = note.replace(/\s+/g, ' ').trim();
  return line.length <= NOTE_LENGTH ? line : `${line.slice(0, NOTE_LENGTH - 1)}…`;
}

// The same step names as the coach's screens, so the notification matches the plan it comes from.
const stepsDe: Record<IntegrationStepKind, string> = {
  welcome: 'Am ersten Tag begrüßen',
  showAround: 'Herumführen',
  introduceKeyPeople: 'Drei wichtigen Menschen vorstellen',
  coffee: 'Kaffee in der ersten Woche',
  lunch: 'Mittagessen bis Tag 30',
  checkIn: 'Nachfragen nach drei Monaten',
};

const stepsEn: Record<IntegrationStepKind, string> = {
  welcome: 'Welcome on day one',
  showAround: 'Show around',
  introduceKeyPeople: 'Introduce to three key people',
  coffee: 'Coffee in the first week',
  lunch: 'Lunch by day 30',
  checkIn: 'Check in after three months',
};

const de: Catalog = {
  when: (daysAway, date) =>
    daysAway === 0 ? 'Heute' : daysAway === 1 ? 'Morgen' : `In ${daysAway} Tagen, am ${dayAndMonth(date, 'de-DE')},`,
  text(r, when, daysAway) {
    const turns = r.years === undefined ? '' : ` und wird ${r.years}`;
    const flowers = r.round ? ' Ein runder Anlass – rechtzeitig Blumen bestellen.' : '';
    switch (r.kind) {
      case 'birthday':
        return { title: `Geburtstag: ${r.name}`, body: `${when} hat ${r.name} Geburtstag${turns}.${flowers}` };
      case 'familyBirthday':
        return {
          title: `Geburtstag bei ${r.name}: ${r.detail ?? ''}`,
          body: `${when} hat ${r.detail ?? ''} Geburtstag${turns} – ein guter Anlass für ein paar Worte an ${r.name}.${flowers}`,
        };
      case 'schoolStart':
        return {
          title: `Einschulung: ${r.detail ?? ''}`,
          body: `${when} kommt ${r.detail ?? ''} in die Schule – gratulieren Sie ${r.name}.`,
        };
      case 'anniversary': {
        const years = r.years === undefined ? '' : ` ${r.years} Jahre`;
        const label = r.detail ? ` (${r.detail})` : '';
        return { title: `Jubiläum: ${r.name}`, body: `${when} feiert ${r.name}${years}${label}.${flowers}` };
      }
      case 'followUp':
        return {
          title: `Nachfassen: ${r.name}`,
          body: r.detail
            ? `Notiz: ${shortened(r.detail)}`
            : daysAway < 0
              ? `Sie wollten sich am ${dayAndMonth(r.occursOn, 'de-DE')} bei ${r.name} melden.`
              : `Sie wollten sich heute bei ${r.name} melden.`,
        };
      case 'colleagueStep': {
        const step = r.step ? stepsDe[r.step] : '';
        return {
          title: `Neu im Team: ${r.name}`,
          body:
            daysAway < 0
              ? `„${step}“ mit ${r.name} war für den ${dayAndMonth(r.occursOn, 'de-DE')} geplant.`
              : `Heute steht an: „${step}“ mit ${r.name}.`,
        };
      }
    }
  },
  digestTitle: (count) => `Plausch: ${count} Erinnerungen`,
  more: (count) => `… und ${count} weitere`,
};

const en: Catalog = {
  when: (daysAway, date) =>
    daysAway === 0 ? 'Today' : daysAway === 1 ? 'Tomorrow' : `In ${daysAway} days, on ${dayAndMonth(date, 'en-GB')}`,
  text(r, when, daysAway) {
    const turns = r.years === undefined ? '' : `, turning ${r.years}`;
    const flowers = r.round ? ' A round one – order flowers in good time.' : '';
    switch (r.kind) {
      case 'birthday':
        return { title: `Birthday: ${r.name}`, body: `${when}: ${r.name}'s birthday${turns}.${flowers}` };
      case 'familyBirthday':
        return {
          title: `Birthday in ${r.name}'s family: ${r.detail ?? ''}`,
          body: `${when}: ${r.detail ?? ''}'s birthday${turns} – a good reason for a word with ${r.name}.${flowers}`,
        };
      case 'schoolStart':
        return {
          title: `First day at school: ${r.detail ?? ''}`,
          body: `${when}: ${r.detail ?? ''} starts school – congratulate ${r.name}.`,
        };
      case 'anniversary': {
        const years = r.years === undefined ? '' : ` ${r.years} years`;
        const label = r.detail ? ` (${r.detail})` : '';
        return { title: `Anniversary: ${r.name}`, body: `${when}: ${r.name} celebrates${years}${label}.${flowers}` };
      }
      case 'followUp':
        return {
          title: `Follow up: ${r.name}`,
          body: r.detail
            ? `Note: ${shortened(r.detail)}`
            : daysAway < 0
              ? `You meant to get back to ${r.name} on ${dayAndMonth(r.occursOn, 'en-GB')}.`
              : `You meant to get back to ${r.name} today.`,
        };
      case 'colleagueStep': {
        const step = r.step ? stepsEn[r.step] : '';
        return {
          title: `New colleague: ${r.name}`,
          body:
            daysAway < 0
              ? `“${step}” with ${r.name} was planned for ${dayAndMonth(r.occursOn, 'en-GB')}.`
              : `Today: “${step}” with ${r.name}.`,
        };
      }
    }
  },
  digestTitle: (count) => `Plausch: ${count} reminders`,
  more: (count) => `… and ${count} more`,
};

const catalogs: Record<Language, Catalog> = { de, en };

export function notificationLanguage(setting: Settings['language'], systemLanguage: string): Language {
  if (setting !== 'system') return setting;
  return systemLanguage.toLowerCase().startsWith('de') ? 'de' : 'en';
}

/** `daysAway` counts from today to the occasion; negative for a follow-up or a colleague's step that is late. */
export function reminderText(reminder: Reminder, daysAway: number, language: Language): NotificationText {
  const catalog = catalogs[language];
  return catalog.text(reminder, catalog.when(daysAway, reminder.occursOn), daysAway);
}

const DIGEST_LINES = 5;

export function digestText(titles: readonly string[], language: Language): NotificationText {
  const catalog = catalogs[language];
  const lines = titles.slice(0, DIGEST_LINES);
  if (titles.length > DIGEST_LINES) lines.push(catalog.more(titles.length - DIGEST_LINES));
  return { title: catalog.digestTitle(titles.length), body: lines.join('\n') };
}
