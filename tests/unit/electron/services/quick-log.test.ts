import { describe, expect, it } from 'vitest';
import { aContact, anInteraction } from '../../../support/journal-fixtures';
import { servicesHarness } from '../../../support/services-harness';

// The clock stands at 2025-06-02 (Berlin).
function journal() {
  const annaFinance = aContact({ firstName: 'Anna', lastName: 'Schäfer', department: 'Finance' });
  const annaSales = aContact({ firstName: 'Anna', lastName: 'Lindner', department: 'Vertrieb' });
  const tom = aContact({ firstName: 'Tom', lastName: 'Becker' });
  const sabine = aContact({ firstName: 'Sabine', lastName: 'Müller', organisation: 'Stadtwerke' });
  return { annaFinance, annaSales, tom, sabine, contacts: [annaFinance, annaSales, tom, sabine] };
}

describe('quick-log parsing', () => {
  it('reads a German entry with a department that picks the right Anna', () => {
    const { annaFinance, contacts } = journal();
    const { services } = servicesHarness({ contacts });

    expect(services.quickLog.parse('Kaffee mit Anna aus Finance')).toMatchObject({
      type: 'coffee',
      typeFound: true,
      contactIds: [annaFinance.id],
      unknownNames: [],
      note: '',
      date: '2025-06-02',
    });
  });

  it('reads an English entry with two people and a note after the colon', () => {
    const { tom, sabine, contacts } = journal();
    const { services } = servicesHarness({ contacts });

    expect(services.quickLog.parse('lunch with Tom and Sabine: talked about the Christmas party')).toMatchObject({
      type: 'lunch',
      contactIds: [tom.id, sabine.id],
      names: { [tom.id]: 'Tom Becker', [sabine.id]: 'Sabine Müller' },
      note: 'talked about the Christmas party',
    });
  });

  it('forgives umlauts, lower case and a slip of the keyboard', () => {
    const { sabine, tom, contacts } = journal();
    const { services } = servicesHarness({ contacts });

    expect(services.quickLog.parse('anruf mit sabine mueller gestern').contactIds).toEqual([sabine.id]);
    expect(services.quickLog.parse('anruf mit sabine mueller gestern').date).toBe('2025-06-01');
    expect(services.quickLog.parse('Small Talk mit Tmo Bekcer').contactIds).toEqual([tom.id]);
    expect(services.quickLog.parse('Small Talk mit Tmo Bekcer').type).toBe('smallTalk');
  });

  it('knows the favours apart and falls back to small talk without a type word', () => {
    const { tom, contacts } = journal();
    const { services } = servicesHarness({ contacts });

    expect(services.quickLog.parse('Gefallen erhalten von Tom').type).toBe('favourReceived');
    expect(services.quickLog.parse('favour given Tom').type).toBe('favourGiven');
    expect(services.quickLog.parse('Tom im Aufzug')).toMatchObject({ type: 'smallTalk', typeFound: false, contactIds: [tom.id], note: 'im Aufzug' });
  });

  it('prefers the Anna met most recently when nothing else tells them apart', () => {
    const { annaSales, annaFinance, contacts } = journal();
    const { services } = servicesHarness({
      contacts,
      interactions: [anInteraction({ contactIds: [annaFinance.id], date: '2025-04-01' }), anInteraction({ contactIds: [annaSales.id], date: '2025-05-20' })],
    });

    expect(services.quickLog.parse('Kaffee mit Anna').contactIds).toEqual([annaSales.id]);
  });

  it('offers an unknown name as a new contact, with the department', () => {
    const { contacts } = journal();
    const { services } = servicesHarness({ contacts });

    expect(services.quickLog.parse('Mittagessen mit Jana Roth aus Einkauf').unknownNames).toEqual([
      { text: 'Jana Roth aus Einkauf', contact: { firstName: 'Jana', lastName: 'Roth', department: 'Einkauf' } },
    ]);
    // A known first name in another department is somebody new too.
    expect(services.quickLog.parse('Kaffee mit Anna aus Marketing').unknownNames).toEqual([
      { text: 'Anna aus Marketing', contact: { firstName: 'Anna', lastName: '', department: 'Marketing' } },
    ]);
  });
});

describe('quick-log saving', () => {
  it('saves the interaction and the new contact in one commit, and one undo takes both back', async () => {
    const { tom, contacts } = journal();
    const { services, store } = servicesHarness({ contacts });

    const receipt = await services.quickLog.save('Kaffee mit Tom und Anna from Finance Ops: Budget', { createUnknown: false });
    expect(receipt.interaction.contactIds).toHaveLength(2);

    const withNew = await services.quickLog.save('Kaffee mit Tom und Jana aus Einkauf: Budget', { createUnknown: true, type: 'lunch' });
    expect(store.commits.at(-1)).toHaveLength(2);
    expect(withNew.createdContacts).toMatchObject([{ firstName: 'Jana', department: 'Einkauf' }]);
    expect(withNew.interaction).toMatchObject({ type: 'lunch', note: 'Budget', date: '2025-06-02', contactIds: [tom.id, withNew.createdContacts[0]?.id] });

    await services.applyUndo(withNew.undoToken);
    expect(store.interactions.has(withNew.interaction.id)).toBe(false);
    expect(store.contacts.has(withNew.createdContacts[0]!.id)).toBe(false);
    expect(store.contacts.has(tom.id)).toBe(true);
  });

  it('refuses an entry without anybody to log it for', async () => {
    const { services, store } = servicesHarness({ contacts: journal().contacts });

    await expect(services.quickLog.save('Kaffee mit Jana', { createUnknown: false })).rejects.toMatchObject({
      code: 'invalidInput',
      details: { issues: [{ path: 'text', message: 'noContact' }] },
    });
    expect(store.commits).toEqual([]);
  });
});
