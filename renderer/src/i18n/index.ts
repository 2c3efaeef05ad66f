// i18next with one namespace per area of the app. Only the language in use is loaded: the start loads its catalogs
// before the first paint, and a switch loads the other language's before it applies (i18next's `changeLanguage` waits
// for its backend), so the whole app changes at once. German is the reference catalog: the key types come from it, and
// a unit test checks that English has exactly the same keys.
import i18next, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../../shared/model';

/** One line per namespace: its German catalog gives the key types. The files themselves are found by name. */
export interface Catalogs {
  common: typeof import('./locales/de/common.json');
  contacts: typeof import('./locales/de/contacts.json');
  journal: typeof import('./locales/de/journal.json');
  today: typeof import('./locales/de/today.json');
  quickLog: typeof import('./locales/de/quickLog.json');
  campaigns: typeof import('./locales/de/campaigns.json');
  coach: typeof import('./locales/de/coach.json');
  transfer: typeof import('./locales/de/transfer.json');
  events: typeof import('./locales/de/events.json');
  welcome: typeof import('./locales/de/welcome.json');
  help: typeof import('./locales/de/help.json');
  myNetwork: typeof import('./locales/de/myNetwork.json');
  calendar: typeof import('./locales/de/calendar.json');
  privacy: typeof import('./locales/de/privacy.json');
  security: typeof import('./locales/de/security.json');
}

export const defaultNamespace = 'common';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: typeof defaultNamespace;
    resources: Catalogs;
  }
}

type CatalogFiles = Record<string, Record<string, unknown>>;

// Each language is a chunk of its own, so the start carries one language, not both.
const catalogChunks: Record<Language, () => Promise<{ catalogFiles: CatalogFiles }>> = {
  de: () => import('./catalogs-de'),
  en: () => import('./catalogs-en'),
};

const loadedCatalogs = new Map<Language, Promise<Catalogs>>();

function byNamespace(files: CatalogFiles): Catalogs {
  const entries = Object.entries(files).map(([path, catalog]) => [path.slice(path.lastIndexOf('/') + 1, -'.json'.length), catalog]);
  return Object.fromEntries(entries) as unknown as Catalogs;
}

/** A language's catalogs by namespace, loaded once; asking early (before the settings are known) saves the wait later. */
export function loadCatalogs(language: Language): Promise<Catalogs> {
  let catalogs = loadedCatalogs.get(language);
  if (!catalogs) {
    catalogs = catalogChunks[language]().then(({ catalogFiles }) => byNamespace(catalogFiles));
    // A failed load is tried again on the next request rather than remembered.
    catalogs.catch(() => loadedCatalogs.delete(language));
    loadedCatalogs.set(language, catalogs);
  }
  return catalogs;
}

const isLanguage = (language: string): language is Language => Object.hasOwn(catalogChunks, language);

const catalogBackend: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, namespace, callback) {
    if (!isLanguage(language)) return callback(new Error(`No catalogs for language "${language}"`), false);
    loadCatalogs(language).then(
      (catalogs) => callback(null, catalogs[namespace as keyof Catalogs]),
      (error: Error) => callback(error, false),
    );
  },
};

/** German for German-speaking systems (de, de-AT, de-CH…), English for everything else. */
export function pickLanguage(systemLanguage: string): Language {
  return systemLanguage.toLowerCase().startsWith('de') ? 'de' : 'en';
}

export async function initI18n(language: Language) {
  const catalogs = await loadCatalogs(language);
  await i18next.use(catalogBackend).use(initReactI18next).init({
    lng: language,
    // Both languages have the same keys (a unit test checks), so there is nothing to fall back on; a fallback language
    // would only load the other language's catalogs for nothing.
    fallbackLng: false,
    defaultNS: defaultNamespace,
    ns: Object.keys(catalogs),
    // Load at once rather than on the next tick: the first paint waits for this.
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  });
  return i18next;
}
