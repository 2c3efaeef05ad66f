import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { CalendarSourceStatus, CalendarStatus } from '../../../../shared/calendar';
import { MAX_CALENDAR_BYTES } from '../../../../shared/calendar';
import { PlauschError } from '../../../../shared/errors';
import { SettingsPage } from '../../../../renderer/src/features/settings';
import { defaultStatus, installFakePlausch, type Handlers } from '../support/fake-plausch';
import { renderInApp } from '../support/render-app';
import { noCalendar } from './calendar-fixtures';

vi.mock('../../../../renderer/src/features/journal', async () => (await import('../support/journal-mock')).journalMock);

const readAt = '2026-11-27T08:12:00.000Z';
const outlook: CalendarSourceStatus = { path: '/home/anna/Kalender/outlook.ics', kind: 'file', state: 'ok', readAt, occurrences: 48, skipped: 0 };
const gone: CalendarSourceStatus = { path: '/media/usb/chef', kind: 'folder', state: 'missing', occurrences: 0, skipped: 0, error: 'calendarNotFound' };

function installSettings(handlers: Handlers = {}, { language = 'de', shell = 'desktop' }: { language?: 'de' | 'en'; shell?: 'desktop' | 'browser' } = {}) {
  let status: CalendarStatus = noCalendar;
  const fake = installFakePlausch(
    {
      'app:status': () => ({ ...defaultStatus, shell }),
      'calendar:status': () => status,
      'calendar:import': ({ name }) => (status = { ...status, imported: { name, occurrences: 48, skipped: 2, readAt } }),
      'calendar:clearImport': () => (status = { sources: status.sources }),
      'calendar:watch': (source) => (status = { ...status, sources: [...status.sources, { ...source, state: 'ok', readAt, occurrences: 12, skipped: 0 }] }),
      'calendar:unwatch': ({ path }) => (status = { ...status, sources: status.sources.filter((source) => source.path !== path) }),
      'calendar:choose': () => '/home/anna/Kalender/chef.ics',
      ...handlers,
    },
    { language },
  );
  return { fake, setStatus: (next: CalendarStatus) => (status = next) };
}

const section = () => screen.findByRole('region', { name: /^(Kalender|Calendar)$/ });
const fileInput = (container: HTMLElement) => container.querySelector<HTMLInputElement>('input[type="file"]')!;

describe('Settings: Kalender', () => {
  it('says in plain words what Plausch reads and keeps', async () => {
    installSettings();
    await renderInApp(<SettingsPage />);
    const calendar = await section();
    expect(calendar.textContent).toContain('Plausch liest Ihren Kalender nur auf diesem Computer');
    expect(calendar.textContent).toContain('Gespeichert wird nur, was Sie festhalten');
    expect(calendar.textContent).toContain('Kalender-Datei (aus Outlook oder Google)');
    // No file-format jargon.
    expect(calendar.textContent).not.toMatch(/iCalendar|\.ics|ICS/);
  });

  it('reads a calendar file as text, shows what was read, and removes it again', async () => {
    const { fake } = installSettings();
    const { container } = await renderInApp(<SettingsPage />);
    const user = userEvent.setup();
    const calendar = await section();
    const text = 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n';
    await user.upload(fileInput(container), new File([text], 'Outlook-Kalender.ics', { type: 'text/calendar' }));
    await waitFor(() => expect(fake.callsTo('calendar:import')).toEqual([{ name: 'Outlook-Kalender.ics', text }]));
    expect(await within(calendar).findByText('Kalender-Datei: Outlook-Kalender.ics')).toBeTruthy();
    expect(within(calendar).getByText(/^48 Termine · gelesen am /)).toBeTruthy();
    expect(within(calendar).getByText('2 Einträge ließen sich nicht lesen.')).toBeTruthy();
    await user.click(within(calendar).getByRole('button', { name: 'Outlook-Kalender.ics entfernen' }));
    expect(fake.callsTo('calendar:clearImport')).toHaveLength(1);
    await waitFor(() => expect(within(calendar).queryByText('Kalender-Datei: Outlook-Kalender.ics')).toBeNull());
  });

  it('opens the file chooser from its button', async () => {
    installSettings();
    const { container } = await renderInApp(<SettingsPage />);
    const calendar = await section();
    const click = vi.spyOn(fileInput(container), 'click');
    await userEvent.setup().click(within(calendar).getByRole('button', { name: 'Kalender-Datei auswählen …' }));
    expect(click).toHaveBeenCalledOnce();
  });

  it('says why a file cannot be read, in words', async () => {
    installSettings({
      'calendar:import': () => {
        throw new PlauschError('calendarUnreadable');
      },
    });
    const { container } = await renderInApp(<SettingsPage />);
    const calendar = await section();
    await userEvent.setup().upload(fileInput(container), new File(['Hallo'], 'notiz.ics'));
    expect((await within(calendar).findByRole('alert')).textContent).toBe('Diese Datei ist kein Kalender, den Plausch lesen kann. Es wurde nichts übernommen.');
  });

  it('refuses a file that is too large before reading it', async () => {
    const { fake } = installSettings();
    const { container } = await renderInApp(<SettingsPage />);
    const calendar = await section();
    const huge = new File(['x'], 'alles.ics');
    Object.defineProperty(huge, 'size', { value: MAX_CALENDAR_BYTES + 1 });
    await userEvent.setup().upload(fileInput(container), huge);
    expect((await within(calendar).findByRole('alert')).textContent).toBe('Diese Kalender-Datei ist zu groß für Plausch. Es wurde nichts übernommen.');
    expect(fake.callsTo('calendar:import')).toEqual([]);
  });

  it('watches a folder typed in, lists each source with how it stands, and stops watching one', async () => {
    const { fake, setStatus } = installSettings();
    setStatus({ sources: [outlook, gone] });
    await renderInApp(<SettingsPage />);
    const user = userEvent.setup();
    const calendar = await section();
    const list = await within(calendar).findByRole('list', { name: 'Datei oder Ordner beobachten' });
    const [first, second] = within(list).getAllByRole('listitem');
    expect(first?.textContent).toContain('/home/anna/Kalender/outlook.ics');
    expect(first?.textContent).toMatch(/Datei · Gelesen am .+ · 48 Termine/);
    expect(second?.textContent).toContain('Ordner · Die Kalender-Datei oder der Ordner ist nicht (mehr) da, oder Plausch darf sie nicht lesen.');

    await user.type(within(calendar).getByRole('textbox', { name: 'Ort der Datei oder des Ordners' }), '/home/anna/Kalender/Team');
    await user.click(within(calendar).getByRole('radio', { name: 'ein Ordner' }));
    await user.click(within(calendar).getByRole('button', { name: 'Beobachten' }));
    expect(fake.callsTo('calendar:watch')).toEqual([{ path: '/home/anna/Kalender/Team', kind: 'folder' }]);
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(3));
    expect(within(calendar).getByRole('textbox', { name: 'Ort der Datei oder des Ordners' })).toHaveProperty('value', '');

    await user.click(within(list).getByRole('button', { name: '/media/usb/chef nicht mehr beobachten' }));
    expect(fake.callsTo('calendar:unwatch')).toEqual([{ path: '/media/usb/chef' }]);
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(2));
  });

  it('says why a place cannot be watched', async () => {
    installSettings({
      'calendar:watch': () => {
        throw new PlauschError('calendarNotFound', { file: '/nirgends' });
      },
    });
    await renderInApp(<SettingsPage />);
    const user = userEvent.setup();
    const calendar = await section();
    await user.type(within(calendar).getByRole('textbox', { name: 'Ort der Datei oder des Ordners' }), '/nirgends{Enter}');
    expect((await within(calendar).findByRole('alert')).textContent).toBe('Die Kalender-Datei oder der Ordner ist nicht (mehr) da, oder Plausch darf sie nicht lesen.');
  });

  it('asks the desktop for a file to watch, and watches what was chosen', async () => {
    const { fake } = installSettings();
    await renderInApp(<SettingsPage />);
    const user = userEvent.setup();
    const calendar = await section();
    await user.click(within(calendar).getByRole('button', { name: 'Datei auswählen …' }));
    expect(fake.callsTo('calendar:choose')).toEqual([{ kind: 'file' }]);
    await waitFor(() => expect(fake.callsTo('calendar:watch')).toEqual([{ path: '/home/anna/Kalender/chef.ics', kind: 'file' }]));
  });

  it('watches nothing when the choice is cancelled', async () => {
    const { fake } = installSettings({ 'calendar:choose': () => null });
    await renderInApp(<SettingsPage />);
    const user = userEvent.setup();
    const calendar = await section();
    await user.click(within(calendar).getByRole('button', { name: 'Ordner auswählen …' }));
    expect(fake.callsTo('calendar:choose')).toEqual([{ kind: 'folder' }]);
    expect(fake.callsTo('calendar:watch')).toEqual([]);
  });

  it('offers no picker in the browser, only the place typed in', async () => {
    installSettings({}, { shell: 'browser' });
    await renderInApp(<SettingsPage />);
    const calendar = await section();
    await waitFor(() => expect(within(calendar).queryByRole('button', { name: 'Datei auswählen …' })).toBeNull());
    expect(within(calendar).queryByRole('button', { name: 'Ordner auswählen …' })).toBeNull();
    expect(within(calendar).getByText('Im Browser gibt es keine Dateiauswahl: Tragen Sie den Ort der Datei oder des Ordners ein.')).toBeTruthy();
  });

  it('keeps the user’s own addresses in lower case, and refuses what is no address', async () => {
    const { fake } = installSettings();
    await renderInApp(<SettingsPage />);
    const user = userEvent.setup();
    const calendar = await section();
    expect(calendar.textContent).toContain('Ihre Adressen und die der Personen, deren Kalender Sie führen');
    const field = within(calendar).getByRole('textbox', { name: 'E-Mail-Adresse' });
    await user.type(field, 'Chefin{Enter}');
    expect(within(calendar).getByText('„Chefin“ ist keine E-Mail-Adresse.')).toBeTruthy();
    await user.clear(field);
    await user.type(field, 'Anna.Schmidt@Firma.de{Enter}');
    expect(fake.callsTo('settings:update')).toEqual([{ ownEmailAddresses: ['anna.schmidt@firma.de'] }]);
    const list = await within(calendar).findByRole('list', { name: 'Ihre E-Mail-Adressen' });
    expect(within(list).getByText('anna.schmidt@firma.de')).toBeTruthy();
    await user.click(within(list).getByRole('button', { name: 'anna.schmidt@firma.de entfernen' }));
    expect(fake.callsTo('settings:update')).toEqual([{ ownEmailAddresses: ['anna.schmidt@firma.de'] }, { ownEmailAddresses: [] }]);
  });
});

describe('Settings: Calendar in English', () => {
  it('speaks English', async () => {
    const { setStatus } = installSettings({}, { language: 'en' });
    setStatus({ sources: [outlook], imported: { name: 'Google.ics', occurrences: 1, skipped: 0, readAt } });
    await renderInApp(<SettingsPage />, 'en');
    const calendar = await section();
    expect(calendar.textContent).toContain('Plausch reads your calendar on this computer only');
    expect(within(calendar).getByRole('heading', { name: 'Read a calendar file' })).toBeTruthy();
    expect(await within(calendar).findByText('Calendar file: Google.ics')).toBeTruthy();
    expect(within(calendar).getByText(/^1 meeting · read on /)).toBeTruthy();
    expect(within(calendar).getByText(/^File · Read on .+ · 48 meetings$/)).toBeTruthy();
    expect(within(calendar).getByRole('heading', { name: 'My e-mail addresses' })).toBeTruthy();
    expect(within(calendar).getByRole('button', { name: 'Stop watching /home/anna/Kalender/outlook.ics' })).toBeTruthy();
  });
});
