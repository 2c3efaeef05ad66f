// "Datenschutz" in the settings: turning encryption on (twice the passphrase, the warning, progress), the app lock's
// idle time and "lock now", changing the passphrase, setting a new one without the old (with the keychain), and
// turning encryption off, with the errors in words.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PlauschError } from '../../../../shared/errors';
import type { Settings } from '../../../../shared/model';
import type { EncryptionState } from '../../../../shared/privacy';
import { PrivacySection } from '../../../../renderer/src/features/settings/privacy-settings';
import { defaultSettings, installFakePlausch } from '../support/fake-plausch';
import { renderInApp } from '../support/render-app';

const PASSPHRASE = 'Kaffee mit Sabine';

function encryption(initial: EncryptionState, language: 'de' | 'en' = 'de') {
  let state = initial;
  let passphrase = initial.on ? PASSPHRASE : undefined;
  const gate: { release?: () => void } = {};
  const fake = installFakePlausch({
    'privacy:encryptionState': () => state,
    'privacy:encryptionOn': async ({ passphrase: next }) => {
      if (next.length < 10) throw new PlauschError('passphraseTooShort', { minLength: 10 });
      // Held until the test has seen the progress.
      await new Promise<void>((resolve) => (gate.release = resolve));
      passphrase = next;
      state = { ...state, on: true };
      return state;
    },
    'privacy:encryptionOff': ({ passphrase: given }) => {
      if (given !== passphrase) throw new PlauschError('wrongPassphrase');
      state = { ...state, on: false };
      return state;
    },
    'privacy:changePassphrase': ({ current, next }) => {
      if (current !== passphrase) throw new PlauschError('wrongPassphrase');
      passphrase = next;
      return state;
    },
    'privacy:resetPassphrase': ({ next }) => {
      if (!state.keychain) throw new PlauschError('passphraseResetUnavailable');
      if (next.length < 10) throw new PlauschError('passphraseTooShort', { minLength: 10 });
      passphrase = next;
      return state;
    },
    'privacy:lockNow': () => {
      state = { ...state, locked: true };
      return state;
    },
  }, { language });
  return { fake, gate, passphrase: () => passphrase };
}

async function renderSection(settings: Partial<Settings> = {}, language: 'de' | 'en' = 'de') {
  return renderInApp(<PrivacySection settings={{ ...defaultSettings, ...settings }} />, language);
}

describe('privacy settings', () => {
  it('turns encryption on after the passphrase was typed twice the same, with the warning and progress shown', async () => {
    const { fake, gate } = encryption({ on: false, locked: false, keychain: true });
    await renderSection();
    const user = userEvent.setup();
    expect(await screen.findByText('Ihre Daten sind nicht verschlüsselt.')).toBeTruthy();
    expect(screen.getByText(/Wenn Sie es vergessen, lassen sich Ihre Daten nur noch auf diesem Computer öffnen/)).toBeTruthy();

    await user.type(screen.getByLabelText('Kennwort'), PASSPHRASE);
    await user.type(screen.getByLabelText('Kennwort wiederholen'), 'Kaffee mit Sabina');
    await user.click(screen.getByRole('button', { name: 'Verschlüsselung einschalten' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Die beiden Kennwörter stimmen nicht überein. Es wurde nichts geändert.');
    expect(fake.callsTo('privacy:encryptionOn')).toEqual([]);

    await user.clear(screen.getByLabelText('Kennwort wiederholen'));
    await user.type(screen.getByLabelText('Kennwort wiederholen'), `${PASSPHRASE}{Enter}`);
    expect(await screen.findByText(/Ihre Daten werden verschlüsselt/)).toBeTruthy();
    await waitFor(() => expect(gate.release).toBeDefined());
    gate.release?.();
    expect(await screen.findByText('Ihre Daten sind verschlüsselt: alle Dateien im Datenordner, auch die Sicherungen.')).toBeTruthy();
    expect(fake.callsTo('privacy:encryptionOn')).toEqual([{ passphrase: PASSPHRASE }]);
  });

  it('says a passphrase is too short with the shortest length, and warns without a keychain that nothing opens it', async () => {
    encryption({ on: false, locked: false, keychain: false });
    await renderSection();
    const user = userEvent.setup();
    expect(await screen.findByText(/Wenn Sie es vergessen, lassen sich Ihre Daten nicht mehr öffnen/)).toBeTruthy();
    await user.type(screen.getByLabelText('Kennwort'), 'kurz');
    await user.type(screen.getByLabelText('Kennwort wiederholen'), 'kurz{Enter}');
    expect((await screen.findByRole('alert')).textContent).toBe('Das Kennwort ist zu kurz: Bitte mindestens 10 Zeichen. Es wurde nichts geändert.');
  });

  it('with encryption on: sets the idle time, locks now, changes the passphrase and refuses a wrong one to turn it off', async () => {
    const { fake } = encryption({ on: true, locked: false, keychain: false });
    await renderSection({ lockAfterMinutes: 15 });
    const user = userEvent.setup();
    expect(await screen.findByText('Beim Start fragt Plausch nach Ihrem Kennwort.')).toBeTruthy();
    const idle = screen.getByRole('radiogroup', { name: 'Sperren, wenn ich nicht am Computer bin' });
    expect(within(idle).getAllByRole('radio').map((radio) => radio.closest('span')?.textContent ?? '')).toEqual(['Aus', 'nach 5 Min.', 'nach 15 Min.', 'nach 30 Min.', 'nach 60 Min.']);
    expect((within(idle).getByRole('radio', { name: 'nach 15 Min.' }) as HTMLInputElement).checked).toBe(true);
    await user.click(within(idle).getByRole('radio', { name: 'Aus' }));
    await user.click(within(idle).getByRole('radio', { name: 'nach 30 Min.' }));
    await waitFor(() => expect(fake.callsTo('settings:update')).toEqual([{ lockAfterMinutes: null }, { lockAfterMinutes: 30 }]));

    const change = screen.getByRole('group', { name: 'Kennwort ändern' });
    await user.type(within(change).getByLabelText('Bisheriges Kennwort'), 'falsch falsch');
    await user.type(within(change).getByLabelText('Neues Kennwort'), 'Tee mit Jonas am Freitag');
    await user.type(within(change).getByLabelText('Kennwort wiederholen'), 'Tee mit Jonas am Freitag{Enter}');
    expect((await within(change).findByRole('alert')).textContent).toBe('Dieses Kennwort passt nicht. Es wurde nichts geändert.');
    await user.clear(within(change).getByLabelText('Bisheriges Kennwort'));
    await user.type(within(change).getByLabelText('Bisheriges Kennwort'), `${PASSPHRASE}{Enter}`);
    await waitFor(() => expect((within(change).getByLabelText('Bisheriges Kennwort') as HTMLInputElement).value).toBe(''));

    const off = screen.getByRole('group', { name: 'Verschlüsselung ausschalten' });
    await user.type(within(off).getByLabelText('Kennwort'), `${PASSPHRASE}{Enter}`);
    expect((await within(off).findByRole('alert')).textContent).toBe('Dieses Kennwort passt nicht. Es wurde nichts geändert.');

    await user.click(screen.getByRole('button', { name: 'Jetzt sperren' }));
    await waitFor(() => expect(fake.callsTo('privacy:lockNow')).toEqual([{}]));
  });

  it('sets a new passphrase without the old one where the keychain opens the data', async () => {
    const { fake, passphrase } = encryption({ on: true, locked: false, keychain: true });
    await renderSection();
    const user = userEvent.setup();
    const change = await screen.findByRole('group', { name: 'Kennwort ändern' });
    await user.click(within(change).getByRole('button', { name: 'Kennwort vergessen?' }));
    expect(fake.callsTo('privacy:changePassphrase')).toEqual([]);
    expect(screen.queryByRole('group', { name: 'Kennwort ändern' })).toBeNull();

    const reset = screen.getByRole('group', { name: 'Neues Kennwort festlegen' });
    expect(within(reset).getByText(/Das alte Kennwort brauchen Sie dafür nicht: Auf diesem Computer öffnet das System Ihre Daten/)).toBeTruthy();
    expect(within(reset).queryByLabelText('Bisheriges Kennwort')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(within(reset).getByLabelText('Neues Kennwort')));
    await user.type(within(reset).getByLabelText('Neues Kennwort'), 'kurz');
    await user.type(within(reset).getByLabelText('Kennwort wiederholen'), 'kurz!{Enter}');
    expect((await within(reset).findByRole('alert')).textContent).toBe('Die beiden Kennwörter stimmen nicht überein. Es wurde nichts geändert.');
    expect(fake.callsTo('privacy:resetPassphrase')).toEqual([]);
    await user.clear(within(reset).getByLabelText('Kennwort wiederholen'));
    await user.type(within(reset).getByLabelText('Kennwort wiederholen'), 'kurz{Enter}');
    expect((await within(reset).findByRole('alert')).textContent).toBe('Das Kennwort ist zu kurz: Bitte mindestens 10 Zeichen. Es wurde nichts geändert.');

    for (const label of ['Neues Kennwort', 'Kennwort wiederholen']) {
      await user.clear(within(reset).getByLabelText(label));
      await user.type(within(reset).getByLabelText(label), 'Tee mit Jonas am Freitag');
    }
    await user.click(within(reset).getByRole('button', { name: 'Neues Kennwort festlegen' }));
    expect(await screen.findByText('Ihr neues Kennwort ist festgelegt.')).toBeTruthy();
    expect(fake.callsTo('privacy:resetPassphrase')).toEqual([{ next: 'kurz' }, { next: 'Tee mit Jonas am Freitag' }]);
    expect(passphrase()).toBe('Tee mit Jonas am Freitag');
    // Done: back to "Kennwort ändern".
    expect(await screen.findByRole('group', { name: 'Kennwort ändern' })).toBeTruthy();
    expect(screen.queryByRole('group', { name: 'Neues Kennwort festlegen' })).toBeNull();
  });

  it('offers no way around the passphrase without the keychain', async () => {
    encryption({ on: true, locked: false, keychain: false });
    await renderSection();
    const change = await screen.findByRole('group', { name: 'Kennwort ändern' });
    expect(within(change).queryByRole('button', { name: 'Kennwort vergessen?' })).toBeNull();
  });

  it('sets a new passphrase in English, and cancels', async () => {
    const { fake } = encryption({ on: true, locked: false, keychain: true }, 'en');
    await renderSection({}, 'en');
    const user = userEvent.setup();
    const change = await screen.findByRole('group', { name: 'Change the passphrase' });
    await user.click(within(change).getByRole('button', { name: 'Forgot your passphrase?' }));
    let reset = screen.getByRole('group', { name: 'Set a new passphrase' });
    expect(within(reset).getByText(/You do not need the old passphrase for this: on this computer the system opens your data/)).toBeTruthy();
    await user.click(within(reset).getByRole('button', { name: 'Cancel' }));
    await user.click(within(screen.getByRole('group', { name: 'Change the passphrase' })).getByRole('button', { name: 'Forgot your passphrase?' }));
    reset = screen.getByRole('group', { name: 'Set a new passphrase' });
    await user.type(within(reset).getByLabelText('New passphrase'), 'Tea with Jonas on Friday');
    await user.type(within(reset).getByLabelText('Repeat the passphrase'), 'Tea with Jonas on Friday{Enter}');
    expect(await screen.findByText('Your new passphrase is set.')).toBeTruthy();
    expect(fake.callsTo('privacy:resetPassphrase')).toEqual([{ next: 'Tea with Jonas on Friday' }]);
  });

  it('speaks English', async () => {
    encryption({ on: true, locked: false, keychain: true }, 'en');
    await renderSection({}, 'en');
    expect(await screen.findByRole('heading', { name: 'Privacy' })).toBeTruthy();
    expect(await screen.findByText('On this computer Plausch opens it without a passphrase. The system keeps the key for you.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Lock now' })).toBeTruthy();
    expect((screen.getByRole('radio', { name: 'Off' }) as HTMLInputElement).checked).toBe(true);
  });
});
