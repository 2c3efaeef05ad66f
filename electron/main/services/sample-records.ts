// The people, encounters and event of "Mit Beispieldaten ausprobieren": a small office as an executive assistant
// might know it, colleagues of the fictitious Nordlicht AG and a few people from outside. Dates are counted from the
// day they are added, so a birthday is coming up and an encounter is a few days old whenever someone tries it.
// Addresses are at `.example` domains, which exist nowhere, so no mail can reach a real person.
import { addDays } from '../../../shared/dates';
import type { ContactInput, EventFields, InteractionInput } from '../../../shared/model';

type Key = 'sabine' | 'thomas' | 'aylin' | 'jan' | 'petra' | 'markus' | 'claudia' | 'stefan';

export interface SampleRecords {
  contacts: Record<Key, ContactInput>;
  interactions: (Omit<InteractionInput, 'contactIds'> & { people: Key[] })[];
  event: Omit<EventFields, 'expectedIds' | 'toMeetIds'> & { expected: Key[]; toMeet: Key[] };
}

/** `--MM-DD` of the day `days` after `today`: a birthday without a year that falls then. */
function monthDayIn(today: string, days: number): string {
  return `--${addDays(today, days).slice(5)}`;
}

export function sampleRecords(today: string, newId: () => string): SampleRecords {
  const colleague = { organisation: 'Nordlicht AG', relation: 'internal' as const };
  return {
    contacts: {
      sabine: {
        ...colleague,
        firstName: 'Sabine',
        lastName: 'Krüger',
        role: 'Assistentin des Vorstands',
        department: 'Vorstand',
        emails: ['sabine.krueger@nordlicht.example'],
        phones: ['+49 40 1234 5610'],
        tags: ['Assistenz-Netzwerk'],
        birthday: monthDayIn(today, 4),
        family: [{ id: newId(), name: 'Jörg', relation: 'partner' }],
        interests: ['Segeln', 'Italienisch'],
        commonGround: ['Beide organisieren die Vorstandsreisen'],
        // What "Wer kann helfen?" finds on a first try: the board's calendar, travel, rooms and IT are among the
        // things an assistant most often needs from someone else at short notice.
        canHelpWith: ['Vorstandskalender', 'Reisebuchung'],
        notes: 'Weiß immer als Erste, wann sich Termine im Vorstand verschieben.',
        // Assistants among themselves are often on first-name terms; the coach's openers for her say "du".
        addressForm: 'du',
      },
      thomas: {
        ...colleague,
        firstName: 'Thomas',
        lastName: 'Weber',
        role: 'Leiter Einkauf',
        department: 'Einkauf',
        emails: ['thomas.weber@nordlicht.example'],
        tags: ['Führungskräfte'],
        birthday: '1976-09-12',
        family: [{ id: newId(), name: 'Lena', relation: 'child', birthday: '2016-03-02', schoolStart: addDays(today, 60) }],
        interests: ['Rennrad'],
        canHelpWith: ['Lieferanten', 'Bestellungen'],
        cadenceDays: 30,
        notes: 'Mag kurze Abstimmungen am Kaffeeautomaten lieber als lange Mails.',
      },
      aylin: {
        ...colleague,
        firstName: 'Aylin',
        lastName: 'Demir',
        role: 'Teamassistenz',
        department: 'Vertrieb',
        emails: ['aylin.demir@nordlicht.example'],
        tags: ['Assistenz-Netzwerk'],
        metOn: addDays(today, -120),
        metAt: 'Einführungstag für neue Kolleginnen und Kollegen',
        interests: ['Laufen', 'Fotografie'],
        canHelpWith: ['Excel', 'Fotos für Präsentationen'],
      },
      jan: {
        ...colleague,
        firstName: 'Jan',
        lastName: 'Becker',
        role: 'IT-Support',
        department: 'IT',
        emails: ['jan.becker@nordlicht.example'],
        phones: ['+49 40 1234 5777'],
        tags: ['Kollegen'],
        giftIdeas: ['Gute Schokolade', 'Kinogutschein'],
        canHelpWith: ['IT-Zugänge', 'Veranstaltungstechnik', 'Laptops und Telefone'],
      },
      petra: {
        ...colleague,
        firstName: 'Petra',
        lastName: 'Lange',
        role: 'Empfang',
        department: 'Zentrale Dienste',
        emails: ['petra.lange@nordlicht.example'],
        birthday: monthDayIn(today, 21),
        // 2000 was a leap year, so the day is valid whichever day it falls on.
        anniversaries: [{ id: newId(), kind: 'work', label: 'Im Haus seit 2000', date: `2000-${addDays(today, 45).slice(5)}` }],
        interests: ['Garten'],
        canHelpWith: ['Raumbuchung', 'Besucherausweise', 'Post und Kurier'],
      },
      markus: {
        firstName: 'Markus',
        lastName: 'Hoffmann',
        role: 'Geschäftsführer',
        organisation: 'Bergmann Consulting',
        relation: 'external',
        emails: ['m.hoffmann@bergmann-consulting.example'],
        phones: ['+49 89 555 0100'],
        tags: ['Kunden'],
        birthday: '1969-11-30',
        interests: ['Jazz'],
        notes: 'Kommt zu Terminen gern zehn Minuten früher; Tee statt Kaffee.',
      },
      claudia: {
        firstName: 'Claudia',
        lastName: 'Schneider',
        role: 'Office-Managerin',
        organisation: 'Stadtwerke Lindenau',
        relation: 'external',
        emails: ['claudia.schneider@stadtwerke-lindenau.example'],
        tags: ['Assistenz-Netzwerk'],
        family: [{ id: newId(), name: 'Paul', relation: 'child', schoolStart: addDays(today, 30) }],
        metAt: 'Sekretärinnentag in Hamburg',
        commonGround: ['Beide planen jedes Jahr die Weihnachtsfeier'],
        canHelpWith: ['Catering', 'Weihnachtsfeier'],
      },
      stefan: {
        firstName: 'Stefan',
        lastName: 'Wolf',
        role: 'Partner',
        organisation: 'Kanzlei Wolf & Partner',
        relation: 'external',
        emails: ['stefan.wolf@wolf-partner.example'],
        tags: ['Kunden'],
        cadenceDays: 90,
      },
    },
    interactions: [
      {
        people: ['sabine'],
        type: 'coffee',
        date: addDays(today, -6),
        timeOfDay: 'morning',
        place: 'Kaffeeküche 3. Stock',
        topics: ['Segeltörn an der Ostsee'],
        note: 'Sie plant im Sommer einen Törn nach Dänemark und sucht noch eine Crew.',
      },
      {
        people: ['aylin', 'claudia'],
        type: 'lunch',
        date: addDays(today, -20),
        timeOfDay: 'midday',
        place: 'Kantine',
        topics: ['Assistenz-Stammtisch'],
        note: 'Idee: einen Stammtisch für Assistenzen aus der Nachbarschaft gründen.',
      },
      {
        people: ['markus'],
        type: 'call',
        date: addDays(today, -40),
        topics: ['Jahresgespräch'],
        note: 'Termin für das Jahresgespräch abgestimmt; er schickt die Unterlagen vorab.',
        followUpOn: addDays(today, 3),
      },
      {
        people: ['jan'],
        type: 'favourReceived',
        date: addDays(today, -12),
        timeOfDay: 'evening',
        note: 'Hat am Abend noch den Beamer für die Vorstandssitzung eingerichtet.',
      },
      {
        people: ['petra'],
        type: 'favourReceived',
        date: addDays(today, -45),
        topics: ['Raumbuchung'],
        note: 'Hat mir kurzfristig den Konferenzraum 4.12 für die Videokonferenz des Vorstands freigehalten.',
      },
      {
        people: ['petra'],
        type: 'smallTalk',
        date: addDays(today, -2),
        place: 'Empfang',
        topics: ['Garten'],
        note: 'Ihre Tomaten sind dieses Jahr besonders gut geworden.',
      },
    ],
    event: {
      title: 'Sommerfest der Nordlicht AG',
      eventKind: 'internalEvent',
      date: addDays(today, 14),
      startTime: '17:00',
      endTime: '22:00',
      place: 'Dachterrasse',
      goals: ['Thomas nach dem neuen Lieferantenprojekt fragen', 'Zwei Menschen aus anderen Abteilungen kennenlernen'],
      expected: ['sabine', 'thomas', 'jan', 'petra'],
      toMeet: ['thomas'],
    },
  };
}
