import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { GreetingsView } from '../../../../shared/coach-views';
import { GreetingsDialog } from '../../../../renderer/src/features/coach/greetings-dialog';
import { hashToRoute, routeToHash } from '../../../../renderer/src/app/navigation';
import { reminderHash } from '../../../../electron/main/services/desktop';
import { installFakePlausch } from '../support/fake-plausch';
import { renderInApp } from '../support/render-app';

const view: GreetingsView = {
  contactId: 'c-sabine',
  name: 'Sabine Roth',
  addressForm: 'sie',
  occasions: [
    {
      occasion: 'roundBirthday',
      fitsNow: true,
      greetings: [
        { id: 'round-birthday-email', occasion: 'roundBirthday', channel: 'email', subject: 'Herzlichen Glückwunsch zum 50. Geburtstag', text: 'Guten Tag Sabine Roth,\n\nzum 50. Geburtstag alles Gute!' },
        { id: 'round-birthday-teams', occasion: 'roundBirthday', channel: 'teams', text: 'Hallo Sabine Roth, herzlichen Glückwunsch zum 50. Geburtstag!' },
      ],
    },
    {
      occasion: 'farewell',
      fitsNow: false,
      greetings: [{ id: 'farewell-teams', occasion: 'farewell', channel: 'teams', text: 'Hallo Sabine Roth, alles Gute für Ihren weiteren Weg!' }],
    },
  ],
};

afterEach(() => {
  vi.restoreAllMocks();
});

async function openDialog(onClose = () => {}) {
  const user = userEvent.setup();
  const fake = installFakePlausch({ 'coach:greetings': () => view });
  await renderInApp(<GreetingsDialog contactId="c-sabine" name="Sabine Roth" occasion="roundBirthday" onClose={onClose} />);
  const dialog = await screen.findByRole('dialog', { name: 'Gruß an Sabine Roth' });
  await within(dialog).findByRole('textbox', { name: 'Text' });
  return { user, fake, dialog };
}

describe('Gruß schreiben', () => {
  it('asks for the greetings in the language shown, at the occasion asked for', async () => {
    const { fake, dialog } = await openDialog();
    expect(fake.callsTo('coach:greetings')).toEqual([{ contactId: 'c-sabine', language: 'de', occasion: 'roundBirthday' }]);
    expect(within(dialog).getByRole('combobox', { name: 'Anlass' })).toHaveProperty('value', 'roundBirthday');
    expect(within(dialog).getByRole('option', { name: 'Runder Geburtstag (passt jetzt)' })).toBeTruthy();
    expect(within(dialog).getByText('Per Sie. Die Anrede legen Sie im Kontakt fest.')).toBeTruthy();
  });

  it('copies the e-mail’s text and subject with one click each, and says so', async () => {
    const { user, dialog } = await openDialog();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');

    expect(within(dialog).getByRole('textbox', { name: 'Betreff' })).toHaveProperty('value', 'Herzlichen Glückwunsch zum 50. Geburtstag');
    await user.click(within(dialog).getByRole('button', { name: 'Text kopieren' }));
    expect(writeText).toHaveBeenLastCalledWith('Guten Tag Sabine Roth,\n\nzum 50. Geburtstag alles Gute!');
    expect(await within(dialog).findByRole('button', { name: 'Kopiert' })).toBeTruthy();
    expect(within(dialog).getByRole('status').textContent).toBe('Kopiert');

    await user.click(within(dialog).getByRole('button', { name: 'Betreff kopieren' }));
    expect(writeText).toHaveBeenLastCalledWith('Herzlichen Glückwunsch zum 50. Geburtstag');
  });

  it('copies the Teams message, with the user’s own changes, by keyboard', async () => {
    const { user, dialog } = await openDialog();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');

    await user.click(within(dialog).getByRole('radio', { name: 'Teams-Nachricht' }));
    expect(within(dialog).queryByRole('textbox', { name: 'Betreff' })).toBeNull();
    const text = within(dialog).getByRole('textbox', { name: 'Text' });
    expect(text).toHaveProperty('value', 'Hallo Sabine Roth, herzlichen Glückwunsch zum 50. Geburtstag!');
    await user.type(text, ' Feiern Sie schön.');

    within(dialog).getByRole('button', { name: 'Text kopieren' }).focus();
    await user.keyboard('{Enter}');
    expect(writeText).toHaveBeenLastCalledWith('Hallo Sabine Roth, herzlichen Glückwunsch zum 50. Geburtstag! Feiern Sie schön.');
  });

  it('shows another occasion’s greeting when chosen', async () => {
    const { user, dialog } = await openDialog();
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Anlass' }), 'farewell');
    await user.click(within(dialog).getByRole('radio', { name: 'Teams-Nachricht' }));
    expect(within(dialog).getByRole('textbox', { name: 'Text' })).toHaveProperty('value', 'Hallo Sabine Roth, alles Gute für Ihren weiteren Weg!');
  });

  it('copies from the text field when the clipboard refuses (the desktop app grants no permissions), and says when that fails too', async () => {
    const { user, dialog } = await openDialog();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    const execCommand = vi.fn(() => true);
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });

    const copy = within(dialog).getByRole('button', { name: 'Text kopieren' });
    await user.click(copy);
    expect(execCommand).toHaveBeenCalledWith('copy');
    expect(await within(dialog).findByRole('button', { name: 'Kopiert' })).toBeTruthy();
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Kopiert' }));

    execCommand.mockReturnValue(false);
    await user.click(within(dialog).getByRole('button', { name: 'Betreff kopieren' }));
    expect(within(dialog).getByRole('status').textContent).toMatch(/Kopieren hat nicht geklappt/);
  });
});

describe('the way from a reminder to the greeting', () => {
  it('leads a reminder’s click to the contact page with the greeting open at the occasion', () => {
    const hash = reminderHash({ kind: 'contact', contactId: 'c-sabine', greeting: 'roundBirthday' });
    expect(hash).toBe('#/contacts/c-sabine/greeting/roundBirthday');
    expect(hashToRoute(hash)).toEqual({ name: 'contact', id: 'c-sabine', greeting: 'roundBirthday' });
    expect(routeToHash({ name: 'contact', id: 'c-sabine', greeting: 'roundBirthday' })).toBe(hash);
    expect(hashToRoute('#/contacts/c-sabine/greeting/nonsense')).toEqual({ name: 'contact', id: 'c-sabine' });
    expect(reminderHash({ kind: 'contact', contactId: 'c-sabine' })).toBe('#/contacts/c-sabine');
  });
});
