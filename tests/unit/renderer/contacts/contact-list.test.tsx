// The contact list's columns, sort and filters over canned answers of `contacts:list` and `contacts:overview`: what
// each row says, the orders the sort promises, and filters that narrow down, count right and can be cleared.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ContactsPage } from '../../../../renderer/src/features/contacts';
import { addDays } from '../../../../shared/dates';
import { contactSchema, type Contact, type ContactInput } from '../../../../shared/model';
import type { ContactListStatus, ContactOverview } from '../../../../shared/views';
import { installFakePlausch } from '../support/fake-plausch';
import { renderInApp } from '../support/render-app';
import { stubLayout } from './layout-stub';

// The day the main process counted from; the page itself reads no clock.
const today = '2026-11-27';
const timestamp = '2026-01-05T09:00:00.000Z';

interface Person {
  contact: Contact;
  overview: ContactOverview;
}

function person(
  fields: ContactInput & { id: string },
  { daysAgo, status = { status: 'none' }, occasion }: { daysAgo?: number; status?: ContactListStatus; occasion?: ContactOverview['nextOccasion'] },
): Person {
  const contact = contactSchema.parse({ ...fields, createdAt: timestamp, updatedAt: timestamp });
  const overview: ContactOverview = { contactId: contact.id, keepInTouch: status };
  if (daysAgo !== undefined) Object.assign(overview, { lastContactOn: addDays(today, -daysAgo), daysSinceLastContact: daysAgo });
  if (occasion) overview.nextOccasion = occasion;
  return { contact, overview };
}

const overdue = (daysOverdue: number): ContactListStatus => ({ status: 'overdue', cadenceDays: 30, nextDueOn: addDays(today, -daysOverdue), daysOverdue });

const people: Person[] = [
  person(
    { id: 'anna', firstName: 'Anna', lastName: 'Albers', relation: 'internal', tags: ['Vorstand'] },
    {
      daysAgo: 12,
      status: { status: 'ok', cadenceDays: 30, nextDueOn: addDays(today, 18), dueInDays: 18 },
      occasion: { kind: 'birthday', date: '2026-12-14', round: false, inDays: 17 },
    },
  ),
  person({ id: 'bernd', firstName: 'Bernd', lastName: 'Brandt', relation: 'external', tags: ['Kunden'] }, { daysAgo: 50, status: overdue(5) }),
  person(
    { id: 'carla', firstName: 'Carla', lastName: 'Conrad', relation: 'external', tags: ['vorstand', 'Kunden'] },
    {
      daysAgo: 32,
      status: { status: 'due', cadenceDays: 30, nextDueOn: addDays(today, -2), daysOverdue: 2 },
      occasion: { kind: 'familyBirthday', date: '2026-11-28', detail: 'Mia', relation: 'child', round: false, inDays: 1 },
    },
  ),
  person({ id: 'dieter', firstName: 'Dieter', lastName: 'Dorn', relation: 'internal' }, {}),
  person({ id: 'emil', firstName: 'Emil', lastName: 'Engel', relation: 'internal', tags: ['Presse'] }, { daysAgo: 400 }),
  person({ id: 'frieda', firstName: 'Frieda', lastName: 'Fuchs', relation: 'external' }, { daysAgo: 120, status: overdue(30) }),
];

function install(language: 'de' | 'en' = 'de') {
  return installFakePlausch(
    {
      'contacts:list': () => people.map(({ contact }) => contact),
      'contacts:overview': () => people.map(({ overview }) => overview),
    },
    { language },
  );
}

async function rows(): Promise<HTMLElement[]> {
  const list = await screen.findByRole('list', { name: /Kontaktliste|Contact list/ });
  return within(list).getAllByRole('listitem');
}

async function rowOf(name: string): Promise<HTMLElement> {
  return (await screen.findByRole('button', { name: new RegExp(`^${name}`) })) as HTMLElement;
}

const everyName = people.map(({ contact }) => `${contact.firstName} ${contact.lastName}`);

async function names(): Promise<string[]> {
  return (await rows()).map((row) => everyName.find((name) => row.textContent?.includes(name)) ?? '?');
}

async function choose(user: ReturnType<typeof userEvent.setup>, field: string, option: string) {
  await user.click(screen.getByRole('combobox', { name: field }));
  await user.click(await screen.findByRole('option', { name: option }));
}

describe('the contact list', () => {
  stubLayout(1200, 1200);

  it('shows the last contact, the status in words beside its dot and the next occasion, in German', async () => {
    install();
    await renderInApp(<ContactsPage />);
    await waitFor(async () => expect((await rowOf('Anna Albers')).textContent).toContain('vor 12 Tagen'));

    const anna = await rowOf('Anna Albers');
    expect(anna.textContent).toContain('Wieder dran in 18 Tagen');
    expect(anna.textContent).toContain('Geburtstag');
    expect(anna.textContent).toContain('14.12.');
    const bernd = await rowOf('Bernd Brandt');
    expect(bernd.textContent).toContain('vor 50 Tagen');
    expect(bernd.textContent).toContain('Überfällig seit 5 Tagen');
    const carla = await rowOf('Carla Conrad');
    expect(carla.textContent).toContain('Fällig seit 2 Tagen');
    expect(carla.textContent).toContain('Geburtstag von Mia');
    expect(carla.textContent).toContain('morgen');
    expect((await rowOf('Emil Engel')).textContent).toContain('vor 13 Monaten');

    // No rhythm: no dot, no status, and certainly no "all is well".
    const dieter = await rowOf('Dieter Dorn');
    expect(dieter.textContent).toContain('noch nie');
    expect(dieter.textContent).not.toMatch(/fällig|dran|grünen/i);
    expect(dieter.querySelector('[data-status]')).toBeNull();
    expect(anna.querySelector('[data-status]')?.getAttribute('data-status')).toBe('ok');
    expect(bernd.querySelector('[data-status]')?.getAttribute('data-status')).toBe('overdue');
    expect(carla.querySelector('[data-status]')?.getAttribute('data-status')).toBe('due');
    // The words a screen reader hears say what the dates are.
    expect(anna.textContent).toContain('Letzter Kontakt:');
    expect(anna.textContent).toContain('Nächster Anlass:');
  });

  it('says the same in English, with English dates', async () => {
    install('en');
    await renderInApp(<ContactsPage />, 'en');
    await waitFor(async () => expect((await rowOf('Anna Albers')).textContent).toContain('12 days ago'));

    const anna = await rowOf('Anna Albers');
    expect(anna.textContent).toContain('Dec 14');
    expect((await rowOf('Bernd Brandt')).textContent).toContain('Overdue by 5 days');
    expect((await rowOf('Carla Conrad')).textContent).toContain('Mia’s birthday');
    expect((await rowOf('Dieter Dorn')).textContent).toContain('never');
  });

  it('sorts by overdue (no rhythm last), by longest without contact (never first) and by name', async () => {
    install();
    const user = userEvent.setup();
    await renderInApp(<ContactsPage />);
    await waitFor(async () => expect((await rowOf('Anna Albers')).textContent).toContain('vor 12 Tagen'));
    expect(await names()).toEqual(['Anna Albers', 'Bernd Brandt', 'Carla Conrad', 'Dieter Dorn', 'Emil Engel', 'Frieda Fuchs']);

    await choose(user, 'Sortieren nach', 'Überfällige zuerst');
    await waitFor(async () =>
      expect(await names()).toEqual(['Frieda Fuchs', 'Bernd Brandt', 'Carla Conrad', 'Anna Albers', 'Dieter Dorn', 'Emil Engel']),
    );

    await choose(user, 'Sortieren nach', 'Längste Funkstille');
    await waitFor(async () =>
      expect(await names()).toEqual(['Dieter Dorn', 'Emil Engel', 'Frieda Fuchs', 'Bernd Brandt', 'Carla Conrad', 'Anna Albers']),
    );

    // By keyboard alone: open the sort, move to "Name", take it.
    screen.getByRole('combobox', { name: 'Sortieren nach' }).focus();
    await user.keyboard('{Enter}{Home}{Enter}');
    await waitFor(async () => expect((await names())[0]).toBe('Anna Albers'));
  });

  it('filters by intern/extern and by tag, counts what is left, and clears the filters from an empty result', async () => {
    install();
    const user = userEvent.setup();
    await renderInApp(<ContactsPage />);
    await waitFor(async () => expect(await rows()).toHaveLength(6));

    await choose(user, 'Intern oder extern', 'Extern');
    await waitFor(async () => expect(await names()).toEqual(['Bernd Brandt', 'Carla Conrad', 'Frieda Fuchs']));
    expect(screen.getByRole('status').textContent).toBe('3 Kontakte');

    // Tags are matched whatever their case: "vorstand" is the same tag as "Vorstand".
    await user.type(screen.getByRole('combobox', { name: 'Schlagwort' }), 'vor');
    await user.click(await screen.findByRole('option', { name: 'Vorstand' }));
    await waitFor(async () => expect(await names()).toEqual(['Carla Conrad']));
    expect(screen.getByRole('status').textContent).toBe('1 Kontakt');

    await user.type(screen.getByRole('searchbox', { name: 'Kontakte filtern' }), 'Albers');
    const empty = await screen.findByRole('region', { name: 'Niemand passt zu diesen Filtern' });
    expect(screen.getByRole('status').textContent).toBe('0 Kontakte');
    expect(screen.queryByRole('list', { name: 'Kontaktliste' })).toBeNull();

    await user.click(within(empty).getByRole('button', { name: 'Filter zurücksetzen' }));
    await waitFor(async () => expect(await rows()).toHaveLength(6));
    expect((screen.getByRole('searchbox', { name: 'Kontakte filtern' }) as HTMLInputElement).value).toBe('');
    expect((screen.getByRole('combobox', { name: 'Schlagwort' }) as HTMLInputElement).value).toBe('');
    expect(screen.getByRole('combobox', { name: 'Intern oder extern' }).textContent).toBe('Alle');
  });

  it('comes back sorted and filtered as the user left it, after a contact was opened', async () => {
    install();
    const user = userEvent.setup();
    const first = await renderInApp(<ContactsPage />);
    await waitFor(async () => expect(await rows()).toHaveLength(6));
    await choose(user, 'Sortieren nach', 'Überfällige zuerst');
    await choose(user, 'Intern oder extern', 'Extern');
    await waitFor(async () => expect(await names()).toEqual(['Frieda Fuchs', 'Bernd Brandt', 'Carla Conrad']));

    first.unmount();
    await renderInApp(<ContactsPage />);
    await waitFor(async () => expect(await names()).toEqual(['Frieda Fuchs', 'Bernd Brandt', 'Carla Conrad']));
    expect(screen.getByRole('combobox', { name: 'Sortieren nach' }).textContent).toBe('Überfällige zuerst');
    expect(screen.getByRole('combobox', { name: 'Intern oder extern' }).textContent).toBe('Extern');
  });
});
