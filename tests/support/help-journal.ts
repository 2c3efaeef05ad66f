// A small journal with known helpers for "Wer kann helfen?": for each need, the one person an assistant in the house
// would ask first, among distractors (a second facility person she owes two favours, an archived colleague who once
// did it all, warm contacts who can't help), with needs typed as people type them: misspelled ("Konferenzraun"),
// without umlauts ("Uebersetzung", "Schluessel", "fur"). The quality test and the benchmark both read it.
import { contactSchema, interactionSchema, type Contact, type ContactInput, type Interaction, type InteractionInput } from '../../shared/model';

/** The day the journal is read on. */
export const HELP_JOURNAL_NOW = '2025-06-02T10:00:00.000Z';

const CREATED = '2024-01-10T09:00:00.000Z';
let counter = 0;
const idOf = (n: number) => `00000000-0000-4000-a000-${String(n).padStart(12, '0')}`;

function person(n: number, fields: Partial<ContactInput> & { archived?: boolean }): Contact {
  return contactSchema.parse({ id: idOf(n), createdAt: CREATED, updatedAt: CREATED, ...fields });
}

function met(contactIds: string[], fields: Partial<InteractionInput>): Interaction {
  counter += 1;
  const at = `${fields.date ?? '2025-01-01'}T12:00:00.000Z`;
  return interactionSchema.parse({ id: idOf(1000 + counter), contactIds, type: 'coffee', date: '2025-01-01', createdAt: at, updatedAt: at, ...fields });
}

export const helpers = {
  sabine: person(1, {
    firstName: 'Sabine', lastName: 'Keller', role: 'Facility Manager', department: 'Facility Management', organisation: 'Nordlicht AG',
    canHelpWith: ['Raumbuchung', 'Schlüssel'], cadenceDays: 60,
  }),
  petra: person(2, {
    firstName: 'Petra', lastName: 'Brandt', role: 'Haustechnik', department: 'Facility Management', organisation: 'Nordlicht AG',
    canHelpWith: ['Besprechungsräume', 'Parkplätze'], cadenceDays: 60,
  }),
  jonas: person(3, {
    firstName: 'Jonas', lastName: 'Weber', role: 'Systemadministrator', department: 'IT-Service', organisation: 'Nordlicht AG',
    canHelpWith: ['Laptop', 'VPN', 'Passwort zurücksetzen'],
  }),
  mehmet: person(4, { firstName: 'Mehmet', lastName: 'Aydın', role: 'IT-Leiter', department: 'IT', organisation: 'Nordlicht AG', notes: 'Entscheidet über das IT-Budget.' }),
  claudia: person(5, {
    firstName: 'Claudia', lastName: 'Hartmann', role: 'Travel Manager', department: 'Reisestelle', organisation: 'Nordlicht AG',
    canHelpWith: ['Reisebuchung', 'Bahntickets'],
  }),
  anna: person(6, { firstName: 'Anna', lastName: 'Roth', role: 'Vorständin Finanzen', department: 'Vorstand', organisation: 'Nordlicht AG' }),
  miriam: person(7, {
    firstName: 'Miriam', lastName: 'Schulz', role: 'Assistenz des Vorstands', department: 'Vorstandsbüro', organisation: 'Nordlicht AG', cadenceDays: 30,
  }),
  lukas: person(8, { firstName: 'Lukas', lastName: 'Brenner', role: 'Teamassistenz', department: 'Vertrieb', organisation: 'Nordlicht AG', canHelpWith: ['Terminplanung im Vertrieb'] }),
  sophie: person(9, {
    firstName: 'Sophie', lastName: 'Laurent', role: 'Übersetzerin', organisation: 'Laurent Translations', relation: 'external', canHelpWith: ['Französisch', 'Übersetzungen'],
  }),
  james: person(10, {
    firstName: 'James', lastName: 'Taylor', role: 'Communications Manager', organisation: 'Harbour PR', relation: 'external', canHelpWith: ['Englisch Korrekturlesen', 'Pressemitteilungen'],
  }),
  frank: person(11, { firstName: 'Frank', lastName: 'Vogel', role: 'Fahrer', department: 'Fahrbereitschaft', organisation: 'Nordlicht AG' }),
  heike: person(12, { firstName: 'Heike', lastName: 'Lorenz', role: 'Eventmanagerin', department: 'Marketing', organisation: 'Nordlicht AG', canHelpWith: ['Catering', 'Weihnachtsfeier'] }),
  thomas: person(13, { firstName: 'Thomas', lastName: 'Berger', role: 'Leiter Einkauf', department: 'Einkauf', organisation: 'Nordlicht AG' }),
  karin: person(14, { firstName: 'Karin', lastName: 'Jung', role: 'Personalleiterin', department: 'Personal', organisation: 'Nordlicht AG' }),
  ralf: person(15, {
    firstName: 'Ralf', lastName: 'Meier', role: 'Facility Manager', department: 'Facility Management', organisation: 'Nordlicht AG',
    canHelpWith: ['Schlüssel', 'Raumbuchung', 'Zugang', 'Laptop', 'Reisebuchung'], archived: true,
  }),
  birgit: person(16, { firstName: 'Birgit', lastName: 'Lange', role: 'Office Managerin', department: 'Vertrieb', organisation: 'Nordlicht AG', notes: 'Kennt jeden im Haus.', cadenceDays: 14 }),
  ursula: person(17, { firstName: 'Ursula', lastName: 'König', role: 'Empfang', organisation: 'Nordlicht AG', canHelpWith: ['Besucherausweise', 'Gästeempfang'] }),
  olaf: person(18, { firstName: 'Olaf', lastName: 'Schmitt', role: 'Controller', department: 'Finanzen', organisation: 'Nordlicht AG', notes: 'Hilft bei Reisekostenabrechnungen.' }),
} satisfies Record<string, Contact>;

const h = helpers;

export const helpInteractions: Interaction[] = [
  // Sabine: two favours done for her, then the room; warm.
  met([h.sabine.id], { type: 'favourGiven', date: '2025-01-10', note: 'Ihr die Vorlage für das Sommerfest geschickt.' }),
  met([h.sabine.id], { type: 'favourGiven', date: '2025-02-20', note: 'Kontakt zum Caterer vermittelt.' }),
  met([h.sabine.id], { type: 'favourReceived', date: '2025-03-12', topics: ['Konferenzraum 4.12'], note: 'Hat kurzfristig den Konferenzraum 4.12 für den Vorstand freigegeben.' }),
  met([h.sabine.id], { type: 'coffee', date: '2025-05-20', note: 'Über den Umzug in den Neubau gesprochen.' }),
  // Petra: two favours received, none returned.
  met([h.petra.id], { type: 'favourReceived', date: '2025-02-03', note: 'Besprechungsraum im 6. Stock für die Videokonferenz mit London organisiert.' }),
  met([h.petra.id], { type: 'favourReceived', date: '2025-04-08', note: 'Parkplatz für den Besuch aus Paris reserviert.' }),
  met([h.petra.id], { type: 'smallTalk', date: '2025-05-28', place: 'Aufzug' }),
  // Jonas: a request to him still open.
  met([h.jonas.id], { type: 'favourReceived', date: '2025-05-30', note: 'Zugang zum Laptop für die neue Kollegin', pending: true }),
  met([h.jonas.id], { type: 'call', date: '2025-04-15', note: 'VPN auf dem Laptop eingerichtet.' }),
  met([h.mehmet.id], { type: 'meeting', date: '2025-05-25', note: 'Budget für neue Laptops besprochen.' }),
  met([h.claudia.id], { type: 'favourReceived', date: '2024-11-05', topics: ['Hotel in Hamburg'], note: 'Hotel in Hamburg für die Messe gebucht.' }),
  met([h.anna.id, h.miriam.id], { type: 'meeting', date: '2025-05-14', note: 'Vorbereitung Aufsichtsratssitzung.' }),
  met([h.miriam.id], { type: 'coffee', date: '2025-05-27' }),
  met([h.lukas.id], { type: 'lunch', date: '2025-05-30', note: 'Termin für das Vertriebsmeeting abgestimmt.' }),
  met([h.sophie.id], { type: 'favourReceived', date: '2024-09-18', note: 'Vertrag ins Französische übersetzt.' }),
  met([h.james.id], { type: 'message', date: '2025-03-03', note: 'Newsletter auf Englisch gegengelesen.' }),
  met([h.frank.id], { type: 'favourReceived', date: '2025-01-22', note: 'Hat den Gast vom Flughafen abgeholt.' }),
  met([h.heike.id], { type: 'coffee', date: '2025-04-02', note: 'Weihnachtsfeier-Planung, Caterer aus Sachsenhausen.' }),
  met([h.thomas.id], { type: 'meeting', date: '2025-05-05', note: 'Neue Lieferanten für Büromaterial.' }),
  met([h.karin.id], { type: 'coffee', date: '2025-02-11', note: 'Onboarding der neuen Auszubildenden.' }),
  met([h.ralf.id], { type: 'favourReceived', date: '2025-05-29', note: 'Schlüssel für das Lager besorgt, Konferenzraum gebucht, Reise gebucht.' }),
  // Birgit: the warmest contact, and no help for any of the needs below.
  met([h.birgit.id], { type: 'lunch', date: '2025-06-01', note: 'Geburtstag ihrer Tochter, Urlaub auf Sylt.' }),
  met([h.birgit.id], { type: 'coffee', date: '2025-05-26' }),
  met([h.ursula.id], { type: 'smallTalk', date: '2025-05-12', place: 'Empfang' }),
  met([h.olaf.id], { type: 'favourReceived', date: '2025-03-30', note: 'Meine Reisekostenabrechnung geprüft.' }),
];

export const helpContacts: Contact[] = Object.values(helpers);

export interface HelpNeed {
  need: string;
  /** The contact an assistant in the house would ask first. */
  expected: string;
}

export const helpNeeds: HelpNeed[] = [
  { need: 'Raum für eine Videokonferenz heute Nachmittag', expected: h.sabine.id },
  { need: 'Konferenzraun für Donnerstag', expected: h.sabine.id },
  { need: 'Termin mit Dr. Roth diese Woche', expected: h.miriam.id },
  { need: 'Zugang fur Laptop', expected: h.jonas.id },
  { need: 'Reiseburo für Dienstreise nach Paris', expected: h.claudia.id },
  { need: 'Uebersetzung ins Franzoesische', expected: h.sophie.id },
  { need: 'Schluessel fuer das Lager', expected: h.sabine.id },
  { need: 'Parkplatz für Besuch aus München', expected: h.petra.id },
  { need: 'Caterer für das Sommerfest', expected: h.heike.id },
  { need: 'Abholung vom Flughafen', expected: h.frank.id },
  { need: 'Frage zum Arbeitszeugnis', expected: h.karin.id },
  { need: 'Besucherausweis für Gäste morgen', expected: h.ursula.id },
  { need: 'IT Passwort zurücksetzen', expected: h.jonas.id },
  { need: 'Englisch Korrektur lesen', expected: h.james.id },
  { need: 'Flug nach London buchen', expected: h.claudia.id },
  { need: 'Termin beim Vorstand', expected: h.miriam.id },
  { need: 'Raumbuchng für die Klausur', expected: h.sabine.id },
  { need: 'Reisekosten abrechnen', expected: h.olaf.id },
  { need: 'Vorstandskalender einsehen', expected: h.miriam.id },
  { need: 'Kennwort vergessen', expected: h.jonas.id },
  { need: 'Translation into French', expected: h.sophie.id },
  { need: 'meeting room for tomorrow', expected: h.sabine.id },
  { need: 'Hotel in Hamburg buchen', expected: h.claudia.id },
  { need: 'Dolmetscher für Spanisch', expected: h.sophie.id },
  { need: 'Zutritt zum Serverraum', expected: h.sabine.id },
];

/** How many needs have the right person first, and which did not. */
export function rightPersonFirst(ask: (need: string) => { people: { contactId: string }[] }): { right: number; total: number; misses: { need: string; got?: string }[] } {
  const misses: { need: string; got?: string }[] = [];
  for (const { need, expected } of helpNeeds) {
    const first = ask(need).people[0]?.contactId;
    if (first !== expected) misses.push({ need, ...(first ? { got: helpContacts.find((c) => c.id === first)?.lastName ?? first } : {}) });
  }
  return { right: helpNeeds.length - misses.length, total: helpNeeds.length, misses };
}
