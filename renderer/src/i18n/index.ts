// i18next with one namespace per area of the app. German is the reference catalog: the key types come from it,
// and a unit test checks that English has exactly the same keys.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import deCommon from './locales/de/common.json';
import enCommon from './locales/en/common.json';
import deContacts from './locales/de/contacts.json';
import enContacts from './locales/en/contacts.json';
import deJournal from './locales/de/journal.json';
import enJournal from './locales/en/journal.json';
import deToday from './locales/de/today.json';
import enToday from './locales/en/today.json';
import deQuickLog from './locales/de/quickLog.json';
import enQuickLog from './locales/en/quickLog.json';
import deCampaigns from './locales/de/campaigns.json';
import enCampaigns from './locales/en/campaigns.json';
import deCoach from './locales/de/coach.json';
import enCoach from './locales/en/coach.json';
import deEvents from './locales/de/events.json';
import enEvents from './locales/en/events.json';
import deTransfer from './locales/de/transfer.json';
import enTransfer from './locales/en/transfer.json';
import deWelcome from './locales/de/welcome.json';
import enWelcome from './locales/en/welcome.json';

export const resources = {
  de: { common: deCommon, contacts: deContacts, journal: deJournal, today: deToday, quickLog: deQuickLog, campaigns: deCampaigns, coach: deCoach, transfer: deTransfer, events: deEvents, welcome: deWelcome },
  en: { common: enCommon, contacts: enContacts, journal: enJournal, today: enToday, quickLog: enQuickLog, campaigns: enCampaigns, coach: enCoach, transfer: enTransfer, events: enEvents, welcome: enWelcome },
} as const;

export const defaultNamespace = 'common';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: typeof defaultNamespace;
    resources: (typeof resources)['de'];
  }
}

/** German for German-speaking systems (de, de-AT, de-CH…), English for everything else. */
export function pickLanguage(systemLanguage: string): 'de' | 'en' {
  return systemLanguage.toLowerCase().startsWith('de') ? 'de' : 'en';
}

export async function initI18n(language: 'de' | 'en') {
  await i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'de',
    defaultNS: defaultNamespace,
    ns: Object.keys(resources.de),
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  });
  return i18next;
}
