// The words for openers the coach composes from the journal, in both languages. Kept short and neutral in address
// (no "du" or "Sie"), so they fit a colleague on first-name terms as well as a guest.
import type { Language } from '../../../../shared/model';

export interface PersonalTemplates {
  birthdayToday: () => string;
  birthdaySoon: () => string;
  birthdayJustPassed: () => string;
  schoolStartPassed: (child: string) => string;
  schoolStartSoon: (child: string) => string;
  workAnniversary: (years: number | undefined) => string;
  holiday: (topic: string) => string;
  recentTopic: (topic: string) => string;
  sharedInterest: (interest: string) => string;
}

const de: PersonalTemplates = {
  birthdayToday: () => 'Alles Gute zum Geburtstag! Wird heute noch gefeiert?',
  birthdaySoon: () => 'Bald ist ja Geburtstag – schon etwas Schönes geplant?',
  birthdayJustPassed: () => 'Nachträglich alles Gute zum Geburtstag! Schön gefeiert?',
  schoolStartPassed: (child) => `Wie waren die ersten Schultage für ${child}?`,
  schoolStartSoon: (child) => `Bald ist Einschulung bei ${child} – ist die Schultüte schon fertig?`,
  workAnniversary: (years) =>
    years === undefined
      ? 'Das Firmenjubiläum steht bald an – wie war eigentlich der erste Tag damals?'
      : `Bald ${years} Jahre im Haus – wie war eigentlich der erste Tag damals?`,
  holiday: (topic) => `Wie war es denn – ${topic}? Gut erholt?`,
  recentTopic: (topic) => `Beim letzten Mal ging es um „${topic}“ – wie ist es damit weitergegangen?`,
  sharedInterest: (interest) => `Gibt es Neues beim Thema ${interest}?`,
};

const en: PersonalTemplates = {
  birthdayToday: () => 'Happy birthday! Any plans to celebrate today?',
  birthdaySoon: () => 'Your birthday is coming up – anything nice planned?',
  birthdayJustPassed: () => 'Belated happy birthday! Did you celebrate?',
  schoolStartPassed: (child) => `How were ${child}’s first days at school?`,
  schoolStartSoon: (child) => `${child} starts school soon – excited already?`,
  workAnniversary: (years) =>
    years === undefined
      ? 'Your work anniversary is coming up – what was your first day like?'
      : `${years} years here soon – what was your first day like?`,
  holiday: (topic) => `How was it – ${topic}? Feeling rested?`,
  recentTopic: (topic) => `Last time we talked about “${topic}” – how did that go?`,
  sharedInterest: (interest) => `Anything new on ${interest}?`,
};

export const personalTemplates: Readonly<Record<Language, PersonalTemplates>> = { de, en };

/** Words that mark a topic or note as a holiday or trip worth asking about afterwards. */
export const holidayWords = /urlaub|ferien|reise|holiday|vacation|trip|travel/i;
