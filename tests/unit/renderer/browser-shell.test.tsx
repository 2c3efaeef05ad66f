// The page in the browser shell: what only the desktop app can do is said, not offered, and event mode, the quick
// log and the way back are routes of the same tab instead of windows of their own.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { useDesktopActions } from '../../../renderer/src/app/desktop';
import { SettingsPage } from '../../../renderer/src/features/settings';
import { QuickLogPage } from '../../../renderer/src/features/quick-log';
import type { ShellKind } from '../../../shared/views';
import { defaultStatus, installFakePlausch } from './support/fake-plausch';
import { renderInApp } from './support/render-app';

vi.mock('../../../renderer/src/features/journal', async () => (await import('./support/journal-mock')).journalMock);

const desktopChannels = ['desktop:shortcutStatus', 'desktop:startAtLogin', 'desktop:openEventMode', 'desktop:showMain', 'desktop:hideQuickLog'] as const;

function installShell(shell: ShellKind) {
  return installFakePlausch({
    'app:status': () => ({ ...defaultStatus, shell }),
    'desktop:shortcutStatus': () => ({ accelerator: 'CommandOrControl+Alt+L', registered: true, suggestions: [] }),
    'desktop:startAtLogin': () => ({ enabled: false, supported: true }),
    'desktop:openEventMode': () => null,
    'desktop:showMain': () => null,
    'desktop:hideQuickLog': () => null,
    'quickLog:parse': () => ({ type: 'smallTalk', typeFound: false, contactIds: [], names: {}, unknownNames: [], note: '', date: '2026-11-27' }),
  });
}

function DesktopButtons() {
  const desktop = useDesktopActions();
  return (
    <>
      <p>{desktop.inBrowser ? 'browser' : 'desktop'}</p>
      <button onClick={() => void desktop.openEventMode('e1', true)}>event mode</button>
      <button onClick={() => void desktop.showMain({ name: 'event', id: 'e1' })}>back to the event</button>
    </>
  );
}

describe('in the browser shell', () => {
  it('settings say what only the desktop app does and offer the quick log as a page', async () => {
    const fake = installShell('browser');
    await renderInApp(<SettingsPage />);
    const section = await screen.findByRole('region', { name: 'Desktop-App' });
    expect(section.textContent).toContain('Plausch läuft gerade im Browser.');
    for (const feature of ['Infobereich', 'Tastenkombination', 'Start beim Anmelden', 'im Vordergrund']) {
      expect(section.textContent).toContain(feature);
    }
    expect(screen.queryByRole('switch', { name: 'Beim Anmelden starten' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Neue Kombination aufnehmen' })).toBeNull();
    expect(within(section).getByRole('link', { name: 'Schnelleintrag öffnen' }).getAttribute('href')).toBe('#/quick-log');
    for (const channel of desktopChannels) expect(fake.callsTo(channel), channel).toEqual([]);
  });

  it('event mode and the way back are routes of this tab, with no call to the desktop', async () => {
    const fake = installShell('browser');
    window.location.hash = '#/events/e1';
    await renderInApp(<DesktopButtons />);
    await screen.findByText('browser');
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'event mode' }));
    await waitFor(() => expect(window.location.hash).toBe('#/event-mode/e1'));
    await user.click(screen.getByRole('button', { name: 'back to the event' }));
    await waitFor(() => expect(window.location.hash).toBe('#/events/e1'));
    for (const channel of desktopChannels) expect(fake.callsTo(channel), channel).toEqual([]);
  });

  it('the quick log closes back to Today', async () => {
    const fake = installShell('browser');
    window.location.hash = '#/quick-log';
    await renderInApp(<QuickLogPage />);
    await screen.findByRole('textbox', { name: 'Begegnung in einer Zeile' });
    // The page knows where it runs before it is closed.
    await waitFor(() => expect(fake.callsTo('app:status').length).toBeGreaterThan(0));
    await userEvent.setup().keyboard('{Escape}');
    await waitFor(() => expect(window.location.hash).toBe('#/today'));
    expect(fake.callsTo('desktop:hideQuickLog')).toEqual([]);
  });
});

describe('in the desktop app', () => {
  it('event mode and the way back go to the shell, which owns the windows', async () => {
    const fake = installShell('desktop');
    window.location.hash = '#/events/e1';
    await renderInApp(<DesktopButtons />);
    await screen.findByText('desktop');
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'event mode' }));
    await waitFor(() => expect(fake.callsTo('desktop:openEventMode')).toEqual([{ id: 'e1', onTop: true }]));
    await user.click(screen.getByRole('button', { name: 'back to the event' }));
    await waitFor(() => expect(fake.callsTo('desktop:showMain')).toEqual([{ hash: '#/events/e1' }]));
    expect(window.location.hash).toBe('#/events/e1');
  });

  it('settings offer the shortcut and start at login, and no browser note', async () => {
    installShell('desktop');
    await renderInApp(<SettingsPage />);
    expect(await screen.findByRole('switch', { name: 'Beim Anmelden starten' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Neue Kombination aufnehmen' })).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Desktop-App' })).toBeNull();
  });
});
