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
const DEPARTMENTS = ['Finanzen', 'Einkauf', 'IT', 'Personal', 'Vertrieb', 'Marketing', 'Recht', 'Vorstand', 'Finance', 'Sales', 'HR'];
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

export interface SyntheticJournal {
  contacts: Contact[];
  interactions: Interaction[];
}

export function syntheticJournal({ contacts: contactCount, interactions: interactionCount, seed = 7 }: { contacts: number; interactions: number; seed?: number }): SyntheticJournal {
  const random = seededRandom(seed);
  const contacts: Contact[] = [];
  for (let i = 0; i < contactCount; i += 1) {
    const firstName = pick(random, FIRST_NAMES);
    const lastName = pick(random, LAST_NAMES);
    const organisation = pick(random, ORGANISATIONS);
    const createdAt = `${isoDate(random, 2017, 8)}T09:00:00.000Z`;
    contacts.push(
      contactSchema.parse({
        id: idFrom(random),
        firstName,
        lastName,
        organisation,
        role: pick(random, ROLES),
        department: random() < 0.5 ? pick(random, DEPARTMENTS) : '',
        relation: random() < 0.5 ? 'internal' : 'external',
        emails: [`${folded(firstName)}.${folded(lastName)}@${folded(organisation)}.de`],
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
    interactions.push(
      interactionSchema.parse({
        id: idFrom(random),
        contactIds: [...people],
        type: pick(random, interactionTypes),
        date,
        place: random() < 0.4 ? pick(random, PLACES) : '',
        topics: random() < 0.3 ? [pick(random, TOPICS)] : [],
        note: Array.from({ length: sentences }, () => pick(random, NOTE_SENTENCES)).join(' '),
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
