import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { WelcomePage } from '../../../../renderer/src/features/welcome';
import { defaultStatus, installFakePlausch } from '../support/fake-plausch';
import { renderInApp } from '../support/render-app';

vi.mock('../../../../renderer/src/features/journal', async () => (await import('../support/journal-mock')).journalMock);

function install(sampleData = { present: false, contacts: 0 }, language: 'de' | 'en' = 'de') {
  return installFakePlausch(
    {
    'app:status': () => ({ ...defaultStatus, contactCount: sampleData.contacts }),
    'desktop:shortcutStatus': () => ({ accelerator: 'CommandOrControl+Alt+P', registered: true, suggestions: [] }),
    'sampleData:status': () => sampleData,
    'sampleData:add': () => ({ present: true, contacts: 8 }),
    'sampleData:remove': () => ({ removedContacts: 7, removedInteractions: 5, removedEvents: 1, kept: [{ contactId: 'c1', name: 'Sabine Krüger', reason: 'edited' }], undoToken: 'undo-1' }),
    },
    { language },
  );
}

describe('the welcome page', () => {
  it('offers the import, the own domain, a rhythm, the configured shortcut in words and the sample data', async () => {
    install();
    window.location.hash = '#/welcome';
    await renderInApp(<WelcomePage />);
    const user = userEvent.setup();

    expect(await screen.findByRole('heading', { level: 1, name: 'Willkommen bei Plausch' })).toBeTruthy();
    const shortcut = await screen.findByRole('region', { name: 'Ein Gespräch in Sekunden festhalten' });
    // The shortcut the user has, not a default written into the text.
    await waitFor(() => expect(shortcut.textContent).toContain('Strg+Alt+P'));

    const importStep = screen.getByRole('region', { name: 'Kontakte aus Outlook oder Google übernehmen' });
    await user.click(within(importStep).getByRole('button', { name: 'Kontakte übernehmen' }));
    expect(window.location.hash).toBe('#/data');
  });

  it('saves a checked own domain and a default rhythm', async () => {
    const fake = install();
    await renderInApp(<WelcomePage />);
    const user = userEvent.setup();
    const domains = await screen.findByRole('region', { name: 'Ihre E-Mail-Domain' });

    await user.type(within(domains).getByRole('textbox', { name: 'Domain' }), 'firma');
    await user.click(within(domains).getByRole('button', { name: 'Domain hinzufügen' }));
    expect(await within(domains).findByText('„firma“ ist keine E-Mail-Domain. Zum Beispiel: firma.de')).toBeTruthy();
    expect(fake.callsTo('settings:update')).toEqual([]);

    const field = within(domains).getByRole('textbox', { name: 'Domain' });
    await user.clear(field);
    await user.type(field, '@Firma.DE{Enter}');
    await waitFor(() => expect(fake.callsTo('settings:update')).toEqual([{ ownEmailDomains: ['firma.de'] }]));
    expect(await within(domains).findByRole('button', { name: 'firma.de entfernen' })).toBeTruthy();

    const rhythm = screen.getByRole('region', { name: 'Wie oft möchten Sie sich melden?' });
    await user.click(within(rhythm).getByRole('radio', { name: 'Jeden Monat' }));
    await waitFor(() => expect(fake.settings.defaultCadenceDays).toBe(30));
  });

  it('adds the sample data in the language of the screen and goes on to Today', async () => {
    const fake = install(undefined, 'en');
    await renderInApp(<WelcomePage />, 'en');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Try it with sample data' }));
    await waitFor(() => expect(fake.callsTo('sampleData:add')).toEqual([{ language: 'en' }]));
    await waitFor(() => expect(window.location.hash).toBe('#/today'));
    expect(await screen.findByText('8 sample contacts added.')).toBeTruthy();
  });

  it('removes the sample data while there is some, and says which edited contact stays', async () => {
    const fake = install({ present: true, contacts: 8 });
    await renderInApp(<WelcomePage />);
    const user = userEvent.setup();
    expect(await screen.findByText('Gerade sind 8 Beispielkontakte in Plausch.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Mit Beispieldaten ausprobieren' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Beispieldaten entfernen' }));
    await waitFor(() => expect(fake.callsTo('sampleData:remove')).toHaveLength(1));
    expect(
      await screen.findByText('Beispieldaten entfernt. Sabine Krüger bleibt, weil Sie den Kontakt geändert oder in eigenen Einträgen genannt haben.'),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Rückgängig' })).toBeTruthy();
  });

  it('is closed for good, and the empty contact list comes next', async () => {
    const fake = install();
    await renderInApp(<WelcomePage />);
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 1, name: 'Willkommen bei Plausch' });
    await user.click(screen.getAllByRole('button', { name: 'Willkommensseite schließen' })[0] as HTMLElement);
    await waitFor(() => expect(fake.settings.welcomeDismissed).toBe(true));
    expect(window.location.hash).toBe('#/contacts');
  });
});
