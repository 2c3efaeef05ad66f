// A small, realistic journal for screenshots and accessibility checks: the colleagues and contacts an executive
// assistant in a Frankfurt firm might keep.
import type { PlauschApp } from './fixtures';

export async function seedSampleJournal(app: PlauschApp) {
  const sabine = await app.call('contacts:create', {
    firstName: 'Sabine',
    lastName: 'Müller',
    role: 'Assistenz der Geschäftsführung',
    organisation: 'Hartmann & Partner',
    department: 'Finanzen',
    relation: 'internal',
    emails: ['sabine.mueller@hartmann-partner.de'],
    tags: ['Assistenz-Netzwerk', 'Finanzen'],
    metOn: '2024-03-12',
    metAt: 'Sommerfest',
    birthday: '--04-14',
    family: [{ id: 'f-lena', name: 'Lena', relation: 'child', schoolStart: '2026-08-17' }],
    anniversaries: [{ id: 'a-work', kind: 'work', label: '', date: '2016-10-01' }],
    interests: ['Rennrad', 'Jazz'],
    commonGround: ['Beide aus Mainz'],
    notes: 'Kennt jeden im 4. Stock. Trinkt Kaffee schwarz.',
    cadenceDays: 30,
  });
  const thomas = await app.call('contacts:create', {
    firstName: 'Thomas',
    lastName: 'Becker',
    role: 'Leiter Einkauf',
    organisation: 'Hartmann & Partner',
    department: 'Einkauf',
    relation: 'internal',
    tags: ['Einkauf'],
    birthday: '1976-02-29',
    cadenceDays: 14,
  });
  const claire = await app.call('contacts:create', {
    firstName: 'Claire',
    lastName: 'Dubois',
    role: 'Executive Assistant',
    organisation: 'Lumen Consulting',
    relation: 'external',
    emails: ['claire.dubois@lumen-consulting.com'],
    tags: ['Assistenz-Netzwerk'],
    interests: ['Segeln'],
    cadenceDays: 60,
  });
  const jonas = await app.call('contacts:create', {
    firstName: 'Jonas',
    lastName: 'Weiß',
    role: 'Werkstudent',
    organisation: 'Hartmann & Partner',
    department: 'IT',
    relation: 'internal',
    metOn: '2026-11-02',
    metAt: 'Teeküche',
  });
  await app.call('interactions:create', {
    contactIds: [sabine.id, thomas.id],
    type: 'lunch',
    date: '2026-11-20',
    timeOfDay: 'midday',
    place: 'Kantine',
    topics: ['Weihnachtsfeier', 'Einschulung'],
    note: 'Lena ist gut in der Schule angekommen. Thomas sucht noch einen Raum für die Weihnachtsfeier.',
    followUpOn: '2026-12-01',
  });
  await app.call('interactions:create', {
    contactIds: [thomas.id],
    type: 'favourReceived',
    date: '2026-09-03',
    note: 'Hat kurzfristig den Konferenzraum im 6. Stock für uns freigegeben.',
  });
  await app.call('interactions:create', {
    contactIds: [claire.id],
    type: 'call',
    date: '2026-08-10',
    timeOfDay: 'afternoon',
    note: 'Telefonat mit zwei Vorständen noch am selben Tag arrangiert.',
  });
  await app.call('interactions:create', {
    contactIds: [jonas.id],
    type: 'smallTalk',
    date: '2026-11-25',
    place: 'Aufzug',
    note: 'Erste Woche im Haus, kennt noch niemanden aus dem Einkauf.',
  });
  return { sabine, thomas, claire, jonas };
}
