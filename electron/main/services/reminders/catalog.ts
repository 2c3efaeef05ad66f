// The few words a desktop notification needs, in German and English. They live here rather than in the renderer's
// catalogs because the main process shows notifications when no window is open.
import type { IntegrationStepKind, Language, Settings } from '../../../../shared/model';
import type { Reminder } from '../../../../shared/views';

export interface NotificationText {
  title: string;
  body: string;
}

interface Catalog {
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
    daysAway === 0 ? 'heute' : daysAway === 1 ? 'morgen' : `in ${daysAway} Tagen, am ${dayAndMonth(date, 'de-DE')}`,
  text(r, when, daysAway) {
    const turns = r.years === undefined ? '' : ` und wird ${r.years}`;
    const flowers = r.round ? ' Ein runder Anlass – rechtzeitig Blumen bestellen.' : '';
    switch (r.kind) {
      case 'birthday':
        return { title: `Geburtstag: ${r.name}`, body: `${r.name} hat ${when} Geburtstag${turns}.${flowers}` };
      case 'familyBirthday':
        return {
          title: `Geburtstag bei ${r.name}: ${r.detail ?? ''}`,
          body: `${r.detail ?? ''} hat ${when} Geburtstag${turns} – ein guter Anlass für ein paar Worte an ${r.name}.${flowers}`,
        };
      case 'schoolStart':
        return {
          title: `Einschulung: ${r.detail ?? ''}`,
          body: `${r.detail ?? ''} kommt ${when} in die Schule – gratulieren Sie ${r.name}.`,
        };
      case 'anniversary': {
        const years = r.years === undefined ? '' : ` ${r.years} Jahre`;
        const label = r.detail ? ` (${r.detail})` : '';
        return { title: `Jubiläum: ${r.name}`, body: `${r.name} feiert ${when}${years}${label}.${flowers}` };
      }
      case 'followUp':
        return {
          title: `Nachfassen: ${r.name}`,
          body: r.detail
            ? shortened(r.detail)
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
    daysAway === 0 ? 'today' : daysAway === 1 ? 'tomorrow' : `in ${daysAway} days, on ${dayAndMonth(date, 'en-GB')}`,
  text(r, when, daysAway) {
    const turns = r.years === undefined ? '' : ` and turns ${r.years}`;
    const flowers = r.round ? ' A round one – order flowers in good time.' : '';
    switch (r.kind) {
      case 'birthday':
        return { title: `Birthday: ${r.name}`, body: `${r.name}'s birthday is ${when}${turns}.${flowers}` };
      case 'familyBirthday':
        return {
          title: `Birthday in ${r.name}'s family: ${r.detail ?? ''}`,
          body: `${r.detail ?? ''}'s birthday is ${when}${turns} – a good reason for a word with ${r.name}.${flowers}`,
        };
      case 'schoolStart':
        return {
          title: `First day at school: ${r.detail ?? ''}`,
          body: `${r.detail ?? ''} starts school ${when} – congratulate ${r.name}.`,
        };
      case 'anniversary': {
        const years = r.years === undefined ? '' : ` ${r.years} years`;
        const label = r.detail ? ` (${r.detail})` : '';
        return { title: `Anniversary: ${r.name}`, body: `${r.name} celebrates${years} ${when}${label}.${flowers}` };
      }
      case 'followUp':
        return {
          title: `Follow up: ${r.name}`,
          body: r.detail
            ? shortened(r.detail)
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
