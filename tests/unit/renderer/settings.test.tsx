import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import { SettingsPage } from '../../../renderer/src/features/settings';
import { installFakePlausch } from './support/fake-plausch';
import { renderInApp } from './support/render-app';

vi.mock('../../../renderer/src/features/journal', async () => (await import('./support/journal-mock')).journalMock);

describe('settings', () => {
  it('switches the whole app to English at once and saves the choice', async () => {
    const fake = installFakePlausch();
    await renderInApp(<SettingsPage />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('radio', { name: 'English' }));

    expect(await screen.findByRole('heading', { name: 'Settings', level: 1 })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Einstellungen' })).toBeNull();
    expect(i18next.language).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(fake.callsTo('settings:update')).toEqual([{ language: 'en' }]);
    expect(fake.settings.language).toBe('en');
  });

  it('follows the system language again when asked', async () => {
    const fake = installFakePlausch({}, { language: 'en' });
    await renderInApp(<SettingsPage />, 'en');
    const user = userEvent.setup();
    const languages = await screen.findByRole('radiogroup', { name: 'Language' });
    await user.click(within(languages).getByRole('radio', { name: 'Same as system' }));
    // The fake system speaks German.
    expect(await screen.findByRole('heading', { name: 'Einstellungen', level: 1 })).toBeTruthy();
    expect(fake.settings.language).toBe('system');
  });

  it('saves the theme', async () => {
    const fake = installFakePlausch();
    await renderInApp(<SettingsPage />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('radio', { name: 'Dunkel' }));
    await waitFor(() => expect(fake.settings.theme).toBe('dark'));
    expect((screen.getByRole('radio', { name: 'Dunkel' }) as HTMLInputElement).checked).toBe(true);
  });

  it('saves "du" as the default form of address, "Sie" until then', async () => {
    const fake = installFakePlausch();
    await renderInApp(<SettingsPage />);
    const user = userEvent.setup();
    const forms = await screen.findByRole('radiogroup', { name: /Anrede in Gesprächseinstiegen und Grüßen/ });
    expect((within(forms).getByRole('radio', { name: 'Sie' }) as HTMLInputElement).checked).toBe(true);
    await user.click(within(forms).getByRole('radio', { name: 'du' }));
    await waitFor(() => expect(fake.settings.addressForm).toBe('du'));
    expect(fake.callsTo('settings:update')).toEqual([{ addressForm: 'du' }]);
  });

  it('adds and removes a cadence for a tag', async () => {
    const fake = installFakePlausch({ 'tags:list': () => [{ tag: 'Vorstand', count: 4 }] });
    await renderInApp(<SettingsPage />);
    const user = userEvent.setup();
    expect(await screen.findByText('Noch kein Rhythmus festgelegt.')).toBeTruthy();

    await user.type(screen.getByRole('combobox', { name: 'Schlagwort' }), 'Vorstand');
    const days = screen.getByRole('spinbutton', { name: 'Tage' });
    await user.clear(days);
    await user.type(days, '45');
    await user.tab();
    await user.click(screen.getByRole('button', { name: 'Hinzufügen' }));

    await waitFor(() => expect(fake.settings.tagCadences).toEqual({ Vorstand: 45 }));
    const row = (await screen.findByRole('spinbutton', { name: 'Tage für „Vorstand“' })) as HTMLInputElement;
    expect(row.value).toBe('45');

    await user.click(screen.getByRole('button', { name: 'Rhythmus für „Vorstand“ entfernen' }));
    await waitFor(() => expect(fake.settings.tagCadences).toEqual({}));
  });

  it('shows where the data lives', async () => {
    installFakePlausch();
    await renderInApp(<SettingsPage />);
    const field = (await screen.findByRole('textbox', { name: /Datenordner/ })) as HTMLInputElement;
    await waitFor(() => expect(field.value).toBe('/home/test/.config/Plausch'));
    expect(field.readOnly).toBe(true);
    expect(within(document.body).getByText('Version 0.1.0')).toBeTruthy();
  });
});
