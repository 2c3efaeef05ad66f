import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Occasion } from '../../../../shared/occasions';
import type { ReminderEntry } from '../../../../shared/views';
import { TodayPage } from '../../../../renderer/src/features/today';
import { installFakePlausch } from '../support/fake-plausch';
import { renderInApp } from '../support/render-app';
import { quietDay } from '../support/today-fixtures';

const yearless: Occasion = { kind: 'birthday', contactId: 'c1', recordId: 'c1', name: 'Sabine Müller', date: '2026-11-30', round: false };
const fiftieth: Occasion = {
  kind: 'birthday',
  contactId: 'c2',
  recordId: 'c2',
  name: 'Thomas Becker',
  date: '2026-12-03',
  years: 50,
  round: true,
};

const reminder: ReminderEntry = {
  id: 'birthday:c1:2026-11-30:7',
  kind: 'birthday',
  contactId: 'c1',
  name: 'Sabine Müller',
  occursOn: '2026-11-30',
  leadDays: 7,
  round: false,
  status: 'pending',
};

describe('Today', () => {
  it('marks a round birthday with the age and flowers, and shows no age where the year is unknown', async () => {
    installFakePlausch({
      'today:get': () => ({ ...quietDay, birthdays: [yearless, fiftieth] }),
      'reminders:list': () => ({ pending: [], history: [] }),
    });
    await renderInApp(<TodayPage />);
    const list = await screen.findByRole('list', { name: 'Geburtstage heute und in den nächsten Tagen' });
    const [sabine, thomas] = within(list).getAllByRole('listitem');
    expect(sabine?.textContent).toContain('in 3 Tagen, 30. November 2026');
    expect(sabine?.textContent).not.toMatch(/wird|Blumen/);
    expect(thomas?.textContent).toContain('wird 50');
    expect(thomas?.textContent).toContain('Runder Geburtstag – Zeit, Blumen zu bestellen');
    expect(within(list).getByRole('link', { name: 'Thomas Becker' }).getAttribute('href')).toBe('#/contacts/c2');
  });

  it('snoozes a reminder for a day and settles it, and shows a birthday with its own section there only', async () => {
    const anniversary: ReminderEntry = {
      ...reminder,
      id: 'anniversary:c1:a1:2026-12-11:14',
      kind: 'anniversary',
      detail: 'Firmenjubiläum',
      occursOn: '2026-12-11',
      leadDays: 14,
    };
    const fake = installFakePlausch({
      // The service's view lists under reminders only what no other section shows: here the anniversary, not the birthday.
      'today:get': () => ({ ...quietDay, birthdays: [yearless], reminders: [anniversary] }),
      'reminders:list': () => ({ pending: [reminder, anniversary], history: [] }),
      'reminders:snooze': ({ id }) => ({ ...anniversary, id, status: 'snoozed' }),
      'reminders:done': ({ id }) => ({ ...anniversary, id, status: 'done' }),
    });
    await renderInApp(<TodayPage />);
    const reminders = await screen.findByRole('list', { name: 'Anstehende Erinnerungen' });
    expect(within(reminders).getAllByRole('group')).toHaveLength(1);
    expect(within(reminders).queryByText(/Geburtstag/)).toBeNull();
    expect(screen.getAllByRole('link', { name: /Sabine Müller/ })).toHaveLength(2);
    const user = userEvent.setup();
    await user.click(within(reminders).getByRole('button', { name: 'Morgen erinnern' }));
    expect(fake.callsTo('reminders:snooze')).toEqual([{ id: anniversary.id, duration: 'day' }]);
    await user.click(within(reminders).getByRole('button', { name: 'Erledigt' }));
    expect(fake.callsTo('reminders:done')).toEqual([{ id: anniversary.id }]);
  });

  it('shows the first eight of many pending reminders, and all of them on request, the focus staying on the button', async () => {
    const many = Array.from({ length: 20 }, (_, n): ReminderEntry => ({ ...reminder, id: `followUp:i${n}:2026-11-27:0`, kind: 'followUp', interactionId: `i${n}` }));
    installFakePlausch({ 'today:get': () => ({ ...quietDay, reminders: many }), 'reminders:list': () => ({ pending: many, history: [] }) });
    await renderInApp(<TodayPage />);
    const reminders = await screen.findByRole('list', { name: 'Anstehende Erinnerungen' });
    expect(within(reminders).getAllByRole('group')).toHaveLength(8);
    const user = userEvent.setup();
    const toggle = within(reminders).getByRole('button', { name: 'Alle 20 Erinnerungen zeigen' });
    await user.click(toggle);
    expect(within(reminders).getAllByRole('group')).toHaveLength(20);
    expect(document.activeElement).toBe(within(reminders).getByRole('button', { name: 'Weniger zeigen' }));
    await user.keyboard('{Enter}');
    expect(within(reminders).getAllByRole('group')).toHaveLength(8);
  });

  it('names a new colleague\'s step in the reminder, one entry per step due the same day', async () => {
    const step = (name: 'welcome' | 'showAround'): ReminderEntry => ({
      id: `colleagueStep:plan:c3:${name}:2026-11-27:0`,
      kind: 'colleagueStep',
      contactId: 'c3',
      name: 'Lena Neu',
      step: name,
      occursOn: '2026-11-27',
      leadDays: 0,
      round: false,
      status: 'pending',
    });
    installFakePlausch({
      'today:get': () => ({ ...quietDay, reminders: [step('welcome'), step('showAround')] }),
      'reminders:list': () => ({ pending: [step('welcome'), step('showAround')], history: [] }),
    });
    await renderInApp(<TodayPage />);
    const reminders = await screen.findByRole('list', { name: 'Anstehende Erinnerungen' });
    const links = within(reminders).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      'Neu im Team – Lena Neu: Am ersten Tag begrüßen',
      'Neu im Team – Lena Neu: Herumführen',
    ]);
    expect(links[0]?.getAttribute('href')).toBe('#/contacts/c3');
  });

  it('says when the day is quiet', async () => {
    installFakePlausch({ 'today:get': () => quietDay, 'reminders:list': () => ({ pending: [], history: [] }) });
    await renderInApp(<TodayPage />);
    expect(await screen.findByRole('heading', { name: 'Ein ruhiger Tag' })).toBeTruthy();
  });
});
