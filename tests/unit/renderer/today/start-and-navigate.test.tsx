import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Contact, Settings } from '../../../../shared/model';
import { aContact } from '../../../support/journal-fixtures';
import { defaultStatus, installFakePlausch } from '../support/fake-plausch';
import { renderWholeApp } from '../support/render-app';
import { quietDay } from '../support/today-fixtures';

const petra = aContact({ id: 'c1', firstName: 'Petra', lastName: 'Lang' });

function install(contacts: Contact[], settings: Partial<Settings> = {}) {
  return installFakePlausch(
    {
      'app:status': () => ({ ...defaultStatus, contactCount: contacts.length }),
      'contacts:list': () => contacts,
      'today:get': () => quietDay,
      'reminders:list': () => ({ pending: [], history: [] }),
      'campaigns:list': () => [],
      'interactions:list': () => ({ items: [], names: {}, total: 0 }),
      'desktop:shortcutStatus': () => ({ accelerator: 'CommandOrControl+Alt+L', registered: true, suggestions: [] }),
    },
    settings,
  );
}

describe('the start route and app:navigate', () => {
  it('starts on Today once the journal has contacts, without fetching them all to find out', async () => {
    const fake = install([petra]);
    await renderWholeApp('');
    await waitFor(() => expect(window.location.hash).toBe('#/today'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Heute & diese Woche' })).toBeTruthy();
    expect(fake.callsTo('contacts:list')).toEqual([]);
  });

  it('welcomes a first start: an empty journal whose welcome page was never closed', async () => {
    install([]);
    await renderWholeApp('');
    await waitFor(() => expect(window.location.hash).toBe('#/welcome'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Willkommen bei Plausch' })).toBeTruthy();
  });

  it('goes to the contacts page while the journal is empty and the welcome page was closed', async () => {
    install([], { welcomeDismissed: true });
    await renderWholeApp('');
    await waitFor(() => expect(window.location.hash).toBe('#/contacts'));
    expect(await screen.findByRole('heading', { name: 'Ihr Netzwerk beginnt mit einem Menschen' })).toBeTruthy();
  });

  it('opens the route the main process asks for', async () => {
    const fake = install([petra]);
    await renderWholeApp('#/journal');
    fake.emit('app:navigate', { hash: '#/campaigns' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Geschenke & Anlässe' })).toBeTruthy();
  });

  it('counts what waits in the navigation from the day\'s view, without fetching the long lists', async () => {
    const fake = installFakePlausch({
      'app:status': () => ({ ...defaultStatus, contactCount: 1 }),
      'today:get': () => ({ ...quietDay, driftingCount: 240, driftingOverdue: true, openFavourCount: 8226 }),
      'reminders:list': () => ({ pending: [], history: [] }),
    });
    await renderWholeApp('#/today');
    const navigation = await screen.findByRole('navigation');
    expect(await within(navigation).findByRole('link', { name: /In Kontakt bleiben\s*, 240 Personen warten auf ein Lebenszeichen/ })).toBeTruthy();
    expect(within(navigation).getByRole('link', { name: /Gefallen\s*, 8226 offene Gefallen/ })).toBeTruthy();
    expect(fake.callsTo('keepInTouch:drifting')).toEqual([]);
    expect(fake.callsTo('favours:open')).toEqual([]);
  });
});
