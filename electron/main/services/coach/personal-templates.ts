// The words for openers the coach composes from the journal, in English and in German for "Sie" and for "du".
import type { AddressForm, Language } from '../../../../shared/model';

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

const sie: PersonalTemplates = {
  birthdayToday: () => 'Alles Gute zum Geburtstag! Feiern Sie heute noch ein bisschen?',
  birthdaySoon: () => 'Sie haben bald Geburtstag – haben Sie schon etwas Schönes vor?',
  birthdayJustPassed: () => 'Nachträglich alles Gute zum Geburtstag! Haben Sie schön gefeiert?',
  schoolStartPassed: (child) => `Wie waren die ersten Schultage für ${child}?`,
  schoolStartSoon: (child) => `Bald ist Einschulung bei ${child} – ist die Schultüte schon fertig?`,
  workAnniversary: (years) =>
    years === undefined
      ? 'Sie haben bald Firmenjubiläum – wissen Sie noch, wie Ihr erster Tag war?'
      : `Bald sind Sie ${years} Jahre im Haus – wissen Sie noch, wie Ihr erster Tag war?`,
  holiday: (topic) => `Wie war es – ${topic}? Konnten Sie sich gut erholen?`,
  recentTopic: (topic) => `Letztes Mal haben wir über „${topic}“ gesprochen – wie ist es weitergegangen?`,
  sharedInterest: (interest) => `Gibt es bei Ihnen etwas Neues zum Thema ${interest}?`,
};

const du: PersonalTemplates = {
  birthdayToday: () => 'Alles Gute zum Geburtstag! Feierst du heute noch ein bisschen?',
  birthdaySoon: () => 'Du hast bald Geburtstag – hast du schon etwas Schönes vor?',
  birthdayJustPassed: () => 'Nachträglich alles Gute zum Geburtstag! Hast du schön gefeiert?',
  schoolStartPassed: sie.schoolStartPassed,
  schoolStartSoon: sie.schoolStartSoon,
  workAnniversary: (years) =>
    years === undefined
      ? 'Du hast bald Firmenjubiläum – weißt du noch, wie dein erster Tag war?'
      : `Bald bist du ${years} Jahre im Haus – weißt du noch, wie dein erster Tag war?`,
  holiday: (topic) => `Wie war es – ${topic}? Konntest du dich gut erholen?`,
  recentTopic: sie.recentTopic,
  sharedInterest: (interest) => `Gibt es bei dir etwas Neues zum Thema ${interest}?`,
};

const en: PersonalTemplates = {
  birthdayToday: () => 'Happy birthday! Any plans to celebrate today?',
  birthdaySoon: () => 'Your birthday is coming up – anything nice planned?',
  birthdayJustPassed: () => 'Belated happy birthday! Did you celebrate?',
  schoolStartPassed: (child) => `How were ${child}’s first days at school?`,
  schoolStartSoon: (child) => `${child} starts school soon – excited already?`,
  workAnniversary: (years) =>
    years === undefined
      ? 'Your work anniversary is coming up – do you remember your first day?'
      : `${years} years here soon – do you remember your first day?`,
  holiday: (topic) => `How was it – ${topic}? Did you get some rest?`,
  recentTopic: (topic) => `Last time we talked about “${topic}” – how did it go?`,
  sharedInterest: (interest) => `Anything new on ${interest}?`,
};

export function personalTemplatesFor(language: Language, form: AddressForm): PersonalTemplates {
  if (language === 'en') return en;
  return form === 'du' ? du : sie;
}

/** Words that mark a topic or note as a holiday or trip worth asking about afterwards. */
export const holidayWords = /urlaub|ferien|reise|holiday|vacation|trip|travel/i;
