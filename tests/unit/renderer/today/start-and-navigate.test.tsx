import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Contact } from '../../../../shared/model';
import type { TodayView } from '../../../../shared/views';
import { installFakePlausch } from '../support/fake-plausch';
import { renderWholeApp } from '../support/render-app';

const petra = {
  id: 'c1',
  firstName: 'Petra',
  lastName: 'Lang',
  role: '',
  organisation: '',
  department: '',
  relation: 'internal',
  emails: [],
  phones: [],
  tags: [],
  metAt: '',
  family: [],
  anniversaries: [],
  interests: [],
  commonGround: [],
  notes: '',
  giftIdeas: [],
  archived: false,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
} satisfies Contact;

const quietDay: TodayView = {
  date: '2026-11-27',
  birthdays: [],
  anniversaries: [],
  schoolStarts: [],
  followUps: [],
  drifting: [],
  openFavours: [],
  colleagueSteps: [],
  events: [],
  dueCount: 0,
};

function install(contacts: Contact[]) {
  return installFakePlausch({
    'contacts:list': () => contacts,
    'today:get': () => quietDay,
    'reminders:list': () => ({ pending: [], history: [] }),
    'campaigns:list': () => [],
    'interactions:list': () => ({ items: [], names: {}, total: 0 }),
  });
}

describe('the start route and app:navigate', () => {
  it('starts on Today once the journal has contacts', async () => {
    install([petra]);
    await renderWholeApp('');
    await waitFor(() => expect(window.location.hash).toBe('#/today'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Heute' })).toBeTruthy();
  });

  it('stays with the contacts page while the journal is empty', async () => {
    install([]);
    await renderWholeApp('');
    // The empty state shows once the (empty) list is read, which is also when a redirect would happen.
    expect(await screen.findByRole('heading', { name: 'Ihr Netzwerk beginnt mit einem Menschen' })).toBeTruthy();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(window.location.hash).toBe('');
  });

  it('opens the route the main process asks for', async () => {
    const fake = install([petra]);
    await renderWholeApp('#/journal');
    fake.emit('app:navigate', { hash: '#/campaigns' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Geschenke & Anlässe' })).toBeTruthy();
  });
});
