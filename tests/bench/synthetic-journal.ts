// A seeded synthetic journal the size of years of use: German and English names, organisations, roles and notes as
// an executive assistant would write them. The same seed gives the same journal, so runs compare.
import { seededRandom } from '../support/seeded-random';
import { contactSchema, interactionSchema, interactionTypes, type Contact, type Interaction } from '../../shared/model';

export { seededRandom };

const FIRST_NAMES = [
  'Sabine', 'Sabrina', 'Jürgen', 'Monika', 'Günther', 'Petra', 'Thomas', 'Andrea', 'Klaus', 'Ursula', 'Michael', 'Katrin',
  'Frank', 'Birgit', 'Wolfgang', 'Sandra', 'Markus', 'Claudia', 'Heike', 'Ralf', 'Susanne', 'Jörg', 'Nicole', 'Dirk',
  'Tanja', 'Jens', 'Anja', 'Uwe', 'Karin', 'Bernd', 'Melanie', 'Olaf', 'Ingrid', 'Hans', 'Gabriele', 'Renate', 'Lukas',
  'Lena', 'Felix', 'Jonas', 'Annika', 'Björn', 'Maximilian', 'Charlotte', 'Sophie', 'Matthias', 'Stefanie', 'Tobias',
  'Emily', 'James', 'Sarah', 'David', 'Olivia', 'Liam', 'Charlotte', 'Oliver', 'Amelia', 'George', 'Harry', 'Grace',
  'William', 'Jessica', 'Daniel', 'Hannah', 'Matthew', 'Rebecca', 'Chloé', 'Ana', 'Mehmet', 'Zofia', 'Lars', 'Ayşe',
];
const LAST_NAMES = [
  'Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz', 'Hoffmann', 'Schäfer',
  'Koch', 'Bauer', 'Richter', 'Klein', 'Wolf', 'Schröder', 'Neumann', 'Schwarz', 'Zimmermann', 'Braun', 'Krüger',
  'Hofmann', 'Hartmann', 'Lange', 'Schmitt', 'Werner', 'Schmitz', 'Krause', 'Meier', 'Lehmann', 'Schmid', 'Schulze',
  'Maier', 'Köhler', 'Herrmann', 'König', 'Walter', 'Mayer', 'Huber', 'Kaiser', 'Fuchs', 'Peters', 'Lang', 'Scholz',
  'Möller', 'Weiß', 'Jung', 'Hahn', 'Vogel', 'Friedrich', 'Keller', 'Günther', 'Frank', 'Berger', 'Winkler', 'Roth',
  'Beck', 'Lorenz', 'Baumann', 'Franke', 'Albrecht', 'Straße', 'Oberhäuser', 'Smith', 'Johnson', 'Williams', 'Brown',
  'Jones', 'Taylor', 'Davies', 'Evans', 'Wilson', 'Thompson', "O'Connor", 'Dubois', 'García', 'Yılmaz', 'Nowak', 'Jensen',
];
const ORGANISATIONS = [
  'Stadtwerke München', 'Allianz', 'BMW Group', 'Bosch', 'Henkel', 'Siemens Healthineers', 'Deutsche Bank', 'Lufthansa',
  'Messe Frankfurt', 'SAP', 'KPMG', 'Deloitte', 'RWE', 'Universität Köln', 'Continental', 'Bayer', 'Commerzbank', 'Eon',
  'Stadt Erlangen', 'Google', 'Microsoft', 'Amazon Web Services', 'Booking.com', 'HSBC', 'Airbus', 'Telefónica', 'Ford Köln',
  'Porsche', 'Merck', 'Landratsamt Fürth', 'Hartmann & Partner', 'Lumen Consulting', 'Eigenes Haus', 'Becker & Söhne',
  'Münchener Rück', 'Zeppelin Baumaschinen', 'Würth', 'Dräger', 'Fraunhofer', 'Barclays', 'Unilever', 'Vodafone',
];
const ROLES = [
  'Assistenz der Geschäftsführung', 'Vorstandsassistenz', 'Teamassistenz', 'Office Managerin', 'Leiter Einkauf', 'CFO',
  'Personalleiterin', 'IT-Leiter', 'Empfang', 'Justiziar', 'Pressesprecherin', 'Projektleiter', 'Reisestelle', 'Fahrer',
  'Steuerberaterin', 'Eventmanagerin', 'Controller', 'Vertriebsleiter', 'Executive Assistant', 'Chief of Staff',
  'Office Manager', 'Travel Manager', 'Personal Assistant', 'Event Planner', 'Facility Manager', 'Sekretariat',
];
const DEPARTMENTS = [
  'Finanzen', 'Einkauf', 'IT', 'Personal', 'Vertrieb', 'Marketing', 'Recht', 'Vorstand', 'Finance', 'Sales', 'HR',
  'Facility Management', 'IT-Service', 'Reisestelle', 'Vorstandsbüro',
];
/** "Kann helfen bei" as people in these roles would be credited with it; anyone may have one of the general ones. */
const CAN_HELP_BY_ROLE: Record<string, string[]> = {
  'Facility Manager': ['Raumbuchung', 'Schlüssel', 'Parkplätze', 'Konferenzräume'],
  'Office Managerin': ['Büromaterial', 'Besprechungsräume', 'Catering'],
  'Office Manager': ['Meeting rooms', 'Office supplies', 'Catering'],
  'IT-Leiter': ['Laptop', 'IT-Zugänge', 'VPN', 'Passwort zurücksetzen'],
  Reisestelle: ['Reisebuchung', 'Bahntickets', 'Hotels', 'Visum'],
  'Travel Manager': ['Travel booking', 'Flights', 'Hotels'],
  Vorstandsassistenz: ['Vorstandskalender', 'Termine beim Vorstand'],
  'Assistenz der Geschäftsführung': ['Termine mit der Geschäftsführung', 'Kalender'],
  'Executive Assistant': ["The board's calendar", 'Board meetings'],
  'Chief of Staff': ['Board calendar', 'Vorstandstermine'],
  Eventmanagerin: ['Catering', 'Sommerfest', 'Weihnachtsfeier'],
  'Event Planner': ['Catering', 'Venues'],
  Empfang: ['Besucherausweise', 'Gästeempfang'],
  Fahrer: ['Fahrdienst', 'Abholung vom Flughafen'],
  Personalleiterin: ['Arbeitsverträge', 'Zeugnisse'],
  Justiziar: ['Verträge prüfen', 'Datenschutz'],
  Pressesprecherin: ['Pressemitteilungen', 'Social Media'],
  'Leiter Einkauf': ['Lieferanten', 'Bestellungen'],
  Steuerberaterin: ['Steuerfragen', 'Reisekostenabrechnung'],
};
const CAN_HELP_GENERAL = ['Französisch', 'Englisch', 'Spanisch', 'Excel', 'PowerPoint', 'Übersetzungen', 'Protokolle', 'Tischreservierung', 'Fotografie', 'Kinderbetreuung'];
/** What a favour received was, as an assistant notes it. */
const FAVOUR_NOTES = [
  'Hat kurzfristig den Konferenzraum 4.12 für uns freigegeben.',
  'Hat mir einen Besprechungsraum für die Videokonferenz besorgt.',
  'Hat das Hotel in Hamburg für die Messe gebucht.',
  'Hat die Bahntickets nach Berlin umgebucht.',
  'Hat meinen Laptop-Zugang an einem Samstag freigeschaltet.',
  'Hat das Passwort für das Intranet zurückgesetzt.',
  'Hat einen Termin beim Vorstand noch am selben Tag möglich gemacht.',
  'Hat den Vertrag ins Französische übersetzt.',
  'Hat den Caterer für das Sommerfest empfohlen.',
  'Hat den Gast vom Flughafen abgeholt.',
  'Hat mir den Schlüssel für das Lager besorgt.',
  'Helped me book a table at short notice for the client dinner.',
  'Got us a meeting room on the restricted floor.',
  'Proofread the English press release.',
];
const TAGS = ['Assistenz-Netzwerk', 'Vorstand', 'Behörden', 'Lieferant', 'Kunde', 'Mentorin', 'Alumni', 'Messe', 'Board', 'Partner'];
const INTERESTS = ['Yoga', 'Wandern', 'Rennrad', 'Jazz', 'Segeln', 'Golf', 'Kochen', 'Fußball', 'Theater', 'Gardening', 'Tennis', 'Photography'];
const PLACES = ['Kantine', 'Aufzug', 'Teeküche', 'Konferenzraum 6. Stock', 'Café am Markt', 'Messehalle 3', 'Hotel Adlon', 'Office kitchen', 'Lobby'];
const TOPICS = ['Weihnachtsfeier', 'Einschulung', 'Sommerfest', 'Urlaub', 'Umzug', 'Budget', 'Reiseplanung', 'Board meeting', 'Hochzeit', 'Marathon'];
const NOTE_SENTENCES = [
  'Sie erzählte von der Einschulung ihres Sohnes im September, er freut sich schon auf die Schultüte.',
  'Planung Sommerfest, empfiehlt den Caterer aus Sachsenhausen.',
  'Hat nach dem Termin mit dem Vorstand gefragt und bietet Hilfe bei der Raumbuchung an.',
  'Kurzer Plausch an der Kaffeemaschine über den Umzug in den Neubau.',
  'Sucht noch einen Raum für die Weihnachtsfeier, ich schicke ihr die Liste der Locations.',
  'Hat kurzfristig den Konferenzraum im 6. Stock für uns freigegeben.',
  'Telefonat mit zwei Vorständen noch am selben Tag arrangiert.',
  'Erste Woche im Haus, kennt noch niemanden aus dem Einkauf.',
  'Ihre Tochter macht dieses Jahr Abitur, danach geht es nach Kanada.',
  'Wir waren beide beim Assistenz-Stammtisch in der Goethestraße.',
  'Empfiehlt ein Seminar zum Zeitmanagement in Würzburg.',
  'Blumen zum Dienstjubiläum geschickt, hat sich sehr gefreut.',
  'Talked about the board meeting next week and the travel plans for Singapore.',
  'She is running the Berlin marathon in September and is training every morning.',
  'Asked for the caterer we used for the summer party; I sent the contact.',
  'Helped me book a table at short notice for the client dinner.',
  'Mentioned that her team is moving to the new campus in spring.',
  'Quick chat in the lift about the new travel policy.',
  'Gab mir den Tipp mit dem Hotel in Hamburg für die Messe.',
  'Hat Geburtstag nächste Woche, Geschenkidee: Bildband über Segeln.',
];

/**
 * Names with Turkish, Nordic and French letters (ı, ş, ğ, ø, å, é, è, ç, ô), given to a few contacts so that a search for
 * them as written and as typed plainly ("Sondergaard", "Kilic", "Lefevre") has something to find.
 */
const LETTER_LAST_NAMES = [
  'Søndergaard', 'Løvås', 'Bjørnstad', 'Østergaard', 'Kjærgaard', 'Håkansson', 'Kılıç', 'Öztürk', 'Şahin', 'Doğan',
  'Aydın', 'Çelik', 'Lefèvre', 'Hébert', 'Gagné', 'Benoît', 'Lemaître', 'Fabrègue', 'Côté', 'Mérel',
];
const LETTER_FIRST_NAMES = ['Françoise', 'Hélène', 'Jérôme', 'Cécile', 'Søren', 'Ørjan', 'Åsa', 'Ömer', 'Gökhan', 'Nazlı', 'Şule', 'Çağla'];
/**
 * Halves of German compound words, put together into one word that a few encounters' notes mention
 * ("Schachturnier", "Apfelmarkt"): 30 × 20 words, so most turn up in one or a few notes and find just those.
 */
const COMPOUND_HEADS = [
  'Schach', 'Apfel', 'Kanu', 'Ruder', 'Kletter', 'Segelflug', 'Tango', 'Kürbis', 'Spargel', 'Wein', 'Käse', 'Oldtimer',
  'Orgel', 'Laternen', 'Drachen', 'Trommel', 'Brezel', 'Zither', 'Eisstock', 'Tischtennis', 'Minigolf', 'Floß',
  'Lebkuchen', 'Krimi', 'Töpfer', 'Fahrrad', 'Pilz', 'Honig', 'Bienen', 'Boule',
];
const COMPOUND_TAILS = [
  'turnier', 'markt', 'tour', 'kurs', 'fest', 'abend', 'verein', 'ausstellung', 'wochenende', 'wettbewerb', 'seminar',
  'reise', 'fahrt', 'club', 'workshop', 'lauf', 'treffen', 'börse', 'nacht', 'gruppe',
];
/** Sentences around such a word, as an assistant jots down what someone mentioned in passing. */
const COMPOUND_SENTENCES: ((word: string) => string)[] = [
  (word) => `Erzählte begeistert vom ${word} am letzten Wochenende.`,
  (word) => `Fragt, ob ich beim ${word} im Frühjahr mitmache.`,
  (word) => `Organisiert dieses Jahr das ${word} in ihrem Viertel.`,
  (word) => `Mentioned the ${word} she is going to next month.`,
];

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)] as T;
}

function idFrom(random: () => number): string {
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 16).toString(16)).join('');
  return `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;
}

function isoDate(random: () => number, fromYear: number, years: number): string {
  const day = new Date(Date.UTC(fromYear, 0, 1) + Math.floor(random() * years * 365) * 86_400_000);
  return day.toISOString().slice(0, 10);
}

const folded = (text: string) => text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss').replace(/[^a-z]/g, '');
/**
 * The letters NFD does not take apart, written plainly, for the e-mail addresses of the names with such letters only:
 * applied to every name it would change the addresses of the 'Yılmaz' already in the journal.
 */
const plainLetters = (text: string) => text.replace(/ı/g, 'i').replace(/ø/g, 'o').replace(/Ø/g, 'O').replace(/æ/g, 'ae');

export interface SyntheticJournal {
  contacts: Contact[];
  interactions: Interaction[];
}

/** What someone in `role` can help with, or nothing: half of those whose role brings something, a few others. */
function canHelpFor(random: () => number, role: string): string[] {
  const byRole = CAN_HELP_BY_ROLE[role];
  const entries: string[] = [];
  if (byRole && random() < 0.5) entries.push(pick(random, byRole));
  if (byRole && entries.length > 0 && random() < 0.3) entries.push(pick(random, byRole));
  if (random() < 0.1) entries.push(pick(random, CAN_HELP_GENERAL));
  return [...new Set(entries)];
}

export function syntheticJournal({ contacts: contactCount, interactions: interactionCount, seed = 7 }: { contacts: number; interactions: number; seed?: number }): SyntheticJournal {
  const random = seededRandom(seed);
  // The help fields draw from a generator of their own, so the rest of the journal is the same as before they existed.
  const helpRandom = seededRandom(seed + 1_000);
  // So do the names with Turkish, Nordic and French letters and the notes' compound words, for the same reason.
  const extraRandom = seededRandom(seed + 2_000);
  const contacts: Contact[] = [];
  for (let i = 0; i < contactCount; i += 1) {
    let firstName = pick(random, FIRST_NAMES);
    let lastName = pick(random, LAST_NAMES);
    const organisation = pick(random, ORGANISATIONS);
    const createdAt = `${isoDate(random, 2017, 8)}T09:00:00.000Z`;
    // Drawn in the order they always were, so the same seed gives the same journal.
    const id = idFrom(random);
    const role = pick(random, ROLES);
    const lettered = extraRandom() < 0.02;
    if (lettered) {
      lastName = pick(extraRandom, LETTER_LAST_NAMES);
      if (extraRandom() < 0.4) firstName = pick(extraRandom, LETTER_FIRST_NAMES);
    }
    const mailName = (name: string) => folded(lettered ? plainLetters(name) : name);
    contacts.push(
      contactSchema.parse({
        id,
        firstName,
        lastName,
        organisation,
        role,
        canHelpWith: canHelpFor(helpRandom, role),
        department: random() < 0.5 ? pick(random, DEPARTMENTS) : '',
        relation: random() < 0.5 ? 'internal' : 'external',
        emails: [`${mailName(firstName)}.${mailName(lastName)}@${folded(organisation)}.de`],
        tags: random() < 0.4 ? [pick(random, TAGS)] : [],
        interests: random() < 0.3 ? [pick(random, INTERESTS)] : [],
        notes: random() < 0.2 ? pick(random, NOTE_SENTENCES) : '',
        birthday: random() < 0.5 ? `--${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}` : undefined,
        archived: random() < 0.03,
        createdAt,
        updatedAt: createdAt,
      }),
    );
  }
  const interactions: Interaction[] = [];
  for (let i = 0; i < interactionCount; i += 1) {
    const people = new Set<string>();
    const count = random() < 0.8 ? 1 : random() < 0.7 ? 2 : 3;
    while (people.size < Math.min(count, contacts.length)) people.add(pick(random, contacts).id);
    const date = isoDate(random, 2018, 8);
    const sentences = 1 + Math.floor(random() * 3);
    // Drawn in the order they always were, so the same seed gives the same journal.
    const id = idFrom(random);
    const type = pick(random, interactionTypes);
    const place = random() < 0.4 ? pick(random, PLACES) : '';
    const topics = random() < 0.3 ? [pick(random, TOPICS)] : [];
    const note = Array.from({ length: sentences }, () => pick(random, NOTE_SENTENCES)).join(' ');
    const favour = type === 'favourReceived';
    const compound = extraRandom() < 0.01 ? ` ${pick(extraRandom, COMPOUND_SENTENCES)(`${pick(extraRandom, COMPOUND_HEADS)}${pick(extraRandom, COMPOUND_TAILS)}`)}` : '';
    interactions.push(
      interactionSchema.parse({
        id,
        contactIds: [...people],
        type,
        date,
        place,
        topics,
        // A favour received says what it was; a few are requests not answered yet.
        note: `${favour ? pick(helpRandom, FAVOUR_NOTES) : note}${compound}`,
        ...(favour && helpRandom() < 0.05 ? { pending: true } : {}),
        createdAt: `${date}T12:00:00.000Z`,
        updatedAt: `${date}T12:00:00.000Z`,
      }),
    );
  }
  return { contacts, interactions };
}

/** What a user types into the search box, each typed letter by letter: names right and wrong, firms, note words. */
export function searchQueries(journal: SyntheticJournal, seed = 11): string[] {
  const random = seededRandom(seed);
  const people = Array.from({ length: 6 }, () => pick(random, journal.contacts));
  return [
    ...people.map((c) => `${c.firstName} ${c.lastName}`),
    'Sabin Schmidt',
    'Jurgen Mueler',
    'Oberhauser',
    'Zimmerman',
    'Siemens',
    'Microsft',
    'Einschulung',
    'Schultuete',
    'Sommerfest Caterer',
    'marathon',
    'Goethestrasse',
  ];
}

const NEED_SUBJECTS = [
  'Raum für eine Videokonferenz', 'Konferenzraum für zwölf Personen', 'Besprechungsraum im 6. Stock', 'Konferenzraun',
  'Meeting room for the board', 'Schluessel für das Lager', 'Parkplatz für einen Gast', 'Besucherausweis für Gäste',
  'Zugang fur Laptop', 'IT-Zugang für die neue Kollegin', 'Passwort zurücksetzen', 'VPN einrichten', 'Laptop tauschen',
  'Reiseburo', 'Dienstreise nach Paris buchen', 'Hotel in Hamburg', 'Bahntickets nach Berlin', 'Flug nach London',
  'Visum für Indien', 'Travel booking for Singapore', 'Uebersetzung ins Franzoesische', 'Englisch Korrektur lesen',
  'Übersetzung eines Vertrags', 'Spanisch Dolmetscher', 'Caterer für das Sommerfest', 'Weihnachtsfeier planen',
  'Tischreservierung für ein Geschäftsessen', 'Abholung vom Flughafen', 'Fahrdienst zum Bahnhof', 'Arbeitszeugnis',
  'Frage zum Arbeitsvertrag', 'Vertrag prüfen lassen', 'Datenschutz Frage', 'Pressemitteilung abstimmen',
  'Büromaterial bestellen', 'Reisekostenabrechnung', 'Termin beim Vorstand', 'Board calendar', 'Excel Tabelle',
];
const NEED_TIMES = ['', ' heute Nachmittag', ' diese Woche', ' dringend', ' morgen früh', ' for tomorrow', ' nächste Woche'];

/**
 * What a user asks "Wer kann helfen?", in her words: rooms, travel, IT, languages, the board's calendar, typed with
 * typos and without umlauts, some naming a person of the journal ("Termin mit Dr. Roth diese Woche"). Seeded.
 */
export function askNeeds(contacts: readonly Contact[], seed = 23, count = 60): string[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => {
    if (i % 6 === 5) {
      const person = pick(random, contacts);
      return `Termin mit ${random() < 0.5 ? 'Dr.' : person.firstName} ${person.lastName}${pick(random, NEED_TIMES)}`;
    }
    return `${pick(random, NEED_SUBJECTS)}${pick(random, NEED_TIMES)}`;
  });
}
