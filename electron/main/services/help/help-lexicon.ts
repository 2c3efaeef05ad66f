// What words mean for "Wer kann helfen?": small groups of German and English words for the same kind of help (a room,
// travel, IT access, the board's calendar, languages…), so "Besprechungsraum" finds "Raumbuchung" and "room", and the
// abilities a role or department brings with it ("Facility Management" books rooms, the "Reisestelle" books travel,
// the "Vorstandsbüro" holds the board's calendar), learned without anyone typing them in.
import { fold } from '../search-text';
import { MIN_PART, editBudget, editDistance, isCompoundPart, stem } from './need-words';

export const concepts = [
  'rooms',
  'conference',
  'travel',
  'itAccess',
  'keys',
  'parking',
  'calendar',
  'board',
  'languages',
  'catering',
  'events',
  'hr',
  'legal',
  'purchasing',
  'finance',
  'press',
  'post',
  'driving',
  'print',
  'visitors',
] as const;
export type Concept = (typeof concepts)[number];

const conceptWords: Record<Concept, string[]> = {
  rooms: [
    'Raum', 'Räume', 'Besprechungsraum', 'Meetingraum', 'Konferenzraum', 'Sitzungssaal', 'Saal', 'Raumbuchung',
    'Besprechungszimmer', 'Räumlichkeiten', 'Location', 'Room', 'Boardroom', 'Venue', 'Facility', 'Facilities',
    'Haustechnik', 'Gebäudemanagement', 'Hausverwaltung', 'Stockwerk', 'Etage',
  ],
  conference: ['Konferenz', 'Videokonferenz', 'Videocall', 'Video', 'Zoom', 'Webex', 'Conference', 'Beamer', 'Konferenztechnik'],
  travel: [
    'Reise', 'Dienstreise', 'Reisebüro', 'Reisestelle', 'Reiseplanung', 'Flug', 'Flüge', 'Hotel', 'Bahn', 'Bahnticket',
    'Zug', 'Ticket', 'Visum', 'Reisepass', 'Mietwagen', 'Travel', 'Flight', 'Train', 'Trip', 'Visa', 'Booking',
  ],
  itAccess: [
    'IT', 'EDV', 'Zugang', 'Zugangsdaten', 'Laptop', 'Notebook', 'Rechner', 'Computer', 'PC', 'Passwort', 'Kennwort',
    'Login', 'Account', 'VPN', 'Drucker', 'Helpdesk', 'Software', 'Lizenz', 'Berechtigung', 'Freischaltung',
    'Smartphone', 'Access', 'Password', 'Printer', 'Support', 'Servicedesk',
  ],
  keys: ['Schlüssel', 'Ausweis', 'Hausausweis', 'Zutritt', 'Besucherausweis', 'Key', 'Keys', 'Badge', 'Schließanlage'],
  parking: ['Parkplatz', 'Tiefgarage', 'Parkausweis', 'Parking', 'Garage'],
  calendar: [
    'Termin', 'Kalender', 'Terminplanung', 'Terminabstimmung', 'Terminvergabe', 'Appointment', 'Calendar', 'Schedule',
    'Diary', 'Sekretariat', 'Vorzimmer',
  ],
  board: [
    'Vorstand', 'Vorstandsbüro', 'Geschäftsführung', 'Geschäftsleitung', 'Aufsichtsrat', 'Board', 'CEO', 'CFO', 'Executive',
  ],
  languages: [
    'Übersetzung', 'Übersetzer', 'Übersetzerin', 'übersetzen', 'Dolmetscher', 'Dolmetscherin', 'dolmetschen', 'Sprache',
    'Englisch', 'Französisch', 'Spanisch', 'Italienisch', 'Chinesisch', 'Polnisch', 'Türkisch', 'Lektorat',
    'Korrektur', 'Translation', 'Translate', 'Translator', 'Language', 'English', 'French', 'Spanish', 'Italian',
    'Interpreter', 'Proofreading',
  ],
  catering: ['Catering', 'Caterer', 'Buffet', 'Bewirtung', 'Getränke', 'Restaurant', 'Tischreservierung', 'Reservierung', 'Dinner'],
  events: ['Veranstaltung', 'Event', 'Feier', 'Weihnachtsfeier', 'Sommerfest', 'Messe', 'Jubiläum', 'Party', 'Eventmanagement'],
  hr: ['Personal', 'Personalabteilung', 'HR', 'Bewerbung', 'Arbeitsvertrag', 'Gehalt', 'Payroll', 'Recruiting', 'Onboarding', 'Zeugnis'],
  legal: ['Recht', 'Rechtsabteilung', 'Justiziar', 'Justitiar', 'Jurist', 'Vertrag', 'Datenschutz', 'Legal', 'Contract', 'NDA', 'Lawyer'],
  purchasing: ['Einkauf', 'Bestellung', 'Lieferant', 'Angebot', 'Büromaterial', 'Procurement', 'Purchasing', 'Order', 'Supplier'],
  finance: [
    'Finanzen', 'Buchhaltung', 'Rechnung', 'Reisekosten', 'Spesen', 'Abrechnung', 'Budget', 'Controlling', 'Controller',
    'Finance', 'Invoice', 'Expenses', 'Accounting',
  ],
  press: ['Presse', 'Pressemitteilung', 'Pressesprecher', 'Pressesprecherin', 'Kommunikation', 'Marketing', 'PR', 'Press', 'Website', 'Intranet'],
  post: ['Post', 'Poststelle', 'Kurier', 'Paket', 'Versand', 'Courier', 'Parcel', 'Shipping'],
  driving: ['Fahrer', 'Fahrdienst', 'Fahrbereitschaft', 'Abholung', 'Taxi', 'Chauffeur', 'Driver', 'Shuttle'],
  print: ['Druck', 'Druckerei', 'Flyer', 'Broschüre', 'Visitenkarte', 'Print', 'Printing'],
  visitors: ['Empfang', 'Besucher', 'Gäste', 'Besucheranmeldung', 'Reception', 'Visitor', 'Guest'],
};

/** Roles and departments whose work brings an ability the words alone do not name; all parts must be present. */
const learnedAbilities: { parts: string[]; give: Concept[] }[] = [
  { parts: ['facility'], give: ['rooms', 'keys', 'parking'] },
  { parts: ['haustechnik'], give: ['rooms', 'keys'] },
  { parts: ['empfang'], give: ['visitors', 'rooms'] },
  { parts: ['reception'], give: ['visitors', 'rooms'] },
  { parts: ['it'], give: ['itAccess', 'conference'] },
  { parts: ['edv'], give: ['itAccess', 'conference'] },
  { parts: ['helpdesk'], give: ['itAccess'] },
  { parts: ['reisestelle'], give: ['travel'] },
  { parts: ['travel'], give: ['travel'] },
  { parts: ['vorstandsbüro'], give: ['calendar', 'board'] },
  { parts: ['vorstand', 'assistenz'], give: ['calendar', 'board'] },
  { parts: ['vorstand', 'assistant'], give: ['calendar', 'board'] },
  { parts: ['geschäftsführung', 'assistenz'], give: ['calendar', 'board'] },
  { parts: ['geschäftsleitung', 'assistenz'], give: ['calendar', 'board'] },
  { parts: ['executive', 'assistant'], give: ['calendar', 'board'] },
  { parts: ['board', 'assistant'], give: ['calendar', 'board'] },
  { parts: ['chief', 'staff'], give: ['calendar', 'board'] },
  { parts: ['personal', 'assistant'], give: ['calendar'] },
  { parts: ['teamassistenz'], give: ['calendar'] },
  { parts: ['sekretariat'], give: ['calendar'] },
  { parts: ['office', 'manager'], give: ['rooms', 'purchasing'] },
  { parts: ['office', 'managerin'], give: ['rooms', 'purchasing'] },
  { parts: ['event'], give: ['events', 'catering'] },
  { parts: ['eventmanagerin'], give: ['events', 'catering'] },
  { parts: ['fahrer'], give: ['driving'] },
  { parts: ['personalleiterin'], give: ['hr'] },
  { parts: ['einkauf'], give: ['purchasing'] },
  { parts: ['justiziar'], give: ['legal', 'hr'] },
  { parts: ['recht'], give: ['legal'] },
  { parts: ['finanzen'], give: ['finance'] },
  { parts: ['controller'], give: ['finance'] },
  { parts: ['pressesprecherin'], give: ['press'] },
  { parts: ['übersetzer'], give: ['languages'] },
  { parts: ['übersetzerin'], give: ['languages'] },
  { parts: ['dolmetscher'], give: ['languages'] },
  { parts: ['dolmetscherin'], give: ['languages'] },
];

/** Compounds that hold a concept word by accident: a "Zeitraum" is no room. */
const notCompounds = new Set(['Zeitraum', 'Spielraum', 'Freiraum', 'Zwischenraum', 'Lebensraum', 'Preisliste'].map((w) => stem(fold(w))));

const normalize = (word: string) => stem(fold(word));

/** Every lexicon word, folded and stemmed, with its concepts. */
const lexicon = new Map<string, Concept[]>();
for (const concept of concepts) {
  for (const word of conceptWords[concept]) {
    const key = normalize(word);
    const list = lexicon.get(key) ?? [];
    if (!list.includes(concept)) list.push(concept);
    lexicon.set(key, list);
  }
}
const lexiconWords = [...lexicon.keys()];
/** Only words long enough to be a part of a compound are looked for inside other words. */
const compoundableWords = lexiconWords.filter((word) => word.length >= MIN_PART);

const abilityRules = learnedAbilities.map(({ parts, give }) => ({ parts: parts.map(normalize), give }));

const conceptsOfWord = new Map<string, readonly Concept[]>();
const NO_CONCEPTS: readonly Concept[] = [];

/**
 * The concepts a folded, stemmed word belongs to: as a lexicon word itself, or as a compound holding one
 * ("Raumbuchung" → rooms, "Konferenzraum" → rooms and conference). Remembered per word.
 */
export function conceptsOf(word: string): readonly Concept[] {
  let known = conceptsOfWord.get(word);
  if (known !== undefined) return known;
  const found = new Set<Concept>(lexicon.get(word) ?? NO_CONCEPTS);
  if (word.length > MIN_PART && !notCompounds.has(word)) {
    for (const part of compoundableWords) {
      if (isCompoundPart(part, word)) for (const concept of lexicon.get(part) as Concept[]) found.add(concept);
    }
  }
  known = found.size === 0 ? NO_CONCEPTS : [...found];
  if (conceptsOfWord.size > 500_000) conceptsOfWord.clear();
  conceptsOfWord.set(word, known);
  return known;
}

/**
 * The concepts a word of the need may mean, with how sure that is: exact or as a compound part (1), or within a typo
 * of a lexicon word ("Konferenzraun", "Schlusel": 0.8).
 */
export function needConceptsOf(word: string): Map<Concept, number> {
  const found = new Map<Concept, number>();
  for (const concept of conceptsOf(word)) found.set(concept, 1);
  const budget = editBudget(word.length);
  if (budget > 0) {
    for (const candidate of lexiconWords) {
      if (candidate.length < 4 || editDistance(word, candidate, budget) > budget) continue;
      for (const concept of conceptsOf(candidate)) if (!found.has(concept)) found.set(concept, 0.8);
    }
  }
  return found;
}

function hasPart(words: readonly string[], part: string): boolean {
  return words.some((word) => word === part || isCompoundPart(part, word));
}

/** The abilities a role or department brings ("Facility Manager" → rooms, keys, parking). */
export function learnedConceptsOf(words: readonly string[]): Concept[] {
  const found = new Set<Concept>();
  for (const rule of abilityRules) if (rule.parts.every((part) => hasPart(words, part))) for (const concept of rule.give) found.add(concept);
  return [...found];
}

/** A role that keeps someone's calendar and door: the person to go through to reach the one they assist. */
export function isAssistantRole(words: readonly string[]): boolean {
  return ['assistenz', 'assistent', 'assistentin', 'assistant', 'sekretariat', 'sekretarin', 'sekretar', 'vorzimmer', 'chief', 'vorstandsburo']
    .map(normalize)
    .some((part) => hasPart(words, part));
}
