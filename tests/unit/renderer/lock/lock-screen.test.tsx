// The lock screen in front of a window: when it comes (the state, a pushed `app:lock`, a refused call), that nothing
// of the window shows behind it, and unlocking in German and English with a wrong passphrase first.
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useQuery } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { PlauschError } from '../../../../shared/errors';
import type { EncryptionState } from '../../../../shared/privacy';
import { api } from '../../../../renderer/src/api';
import { LockGate } from '../../../../renderer/src/features/lock';
import { installFakePlausch } from '../support/fake-plausch';
import { renderInApp } from '../support/render-app';

const PASSPHRASE = 'Kaffee mit Sabine';

/** A window's content that reads the journal, as every page does. */
function Journal() {
  const contacts = useQuery({ queryKey: ['contacts'], queryFn: () => api().contacts.list({}) });
  return (
    <section aria-label="Journal">
      <h2>Sabine Keller</h2>
      <input aria-label="Notiz" defaultValue="" />
      {contacts.isError ? <p>refused</p> : null}
    </section>
  );
}

function lockedJournal(initial: EncryptionState = { on: true, locked: true, keychain: false }, language: 'de' | 'en' = 'de') {
  let state = initial;
  const fake = installFakePlausch(
    {
    'privacy:encryptionState': () => state,
    'privacy:unlock': ({ passphrase }) => {
      if (passphrase !== PASSPHRASE) throw new PlauschError('wrongPassphrase');
      state = { ...state, locked: false };
      return state;
    },
    'contacts:list': () => {
      if (state.locked) throw new PlauschError('journalLocked');
      return [];
    },
    },
    { language },
  );
  return {
    fake,
    lock: () => {
      state = { ...state, locked: true };
    },
  };
}

describe('the lock screen', () => {
  it('hides the whole window, takes the focus, says a wrong passphrase is wrong and opens with the right one', async () => {
    const { fake } = lockedJournal();
    await renderInApp(
      <LockGate>
        <Journal />
      </LockGate>,
    );
    const field = await screen.findByLabelText('Kennwort');
    expect(screen.getByRole('heading', { name: 'Plausch ist gesperrt' })).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(field));
    expect(screen.queryByRole('region', { name: 'Journal' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Sabine Keller' })).toBeNull();

    const user = userEvent.setup();
    await user.type(field, 'Kaffee mit Sabina{Enter}');
    expect(await screen.findByText('Dieses Kennwort passt nicht. Es wurde nichts geändert.')).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Journal' })).toBeNull();

    await user.clear(field);
    await user.type(field, PASSPHRASE);
    await user.click(screen.getByRole('button', { name: 'Entsperren' }));
    expect(await screen.findByRole('region', { name: 'Journal' })).toBeTruthy();
    expect(screen.queryByLabelText('Kennwort')).toBeNull();
    expect(fake.callsTo('privacy:unlock')).toEqual([{ passphrase: 'Kaffee mit Sabina' }, { passphrase: PASSPHRASE }]);
  });

  it('speaks English and says a wrong passphrase in English', async () => {
    lockedJournal(undefined, 'en');
    await renderInApp(
      <LockGate>
        <Journal />
      </LockGate>,
      'en',
    );
    const field = await screen.findByLabelText('Passphrase');
    expect(screen.getByRole('heading', { name: 'Plausch is locked' })).toBeTruthy();
    const user = userEvent.setup();
    await user.type(field, 'wrong wrong wrong');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(await screen.findByText('That passphrase does not fit. Nothing was changed.')).toBeTruthy();
  });

  it('comes when the main process says the windows locked, keeps what was typed behind it, and goes when unlocked elsewhere', async () => {
    const { fake, lock } = lockedJournal({ on: true, locked: false, keychain: true });
    await renderInApp(
      <LockGate>
        <Journal />
      </LockGate>,
    );
    const user = userEvent.setup();
    await user.type(await screen.findByRole('textbox', { name: 'Notiz' }), 'Tochter krank');

    lock();
    act(() => fake.emit('app:lock', { locked: true }));
    expect(await screen.findByLabelText('Kennwort')).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: 'Notiz' })).toBeNull();

    await act(async () => {
      await api().privacy.unlock({ passphrase: PASSPHRASE });
      fake.emit('app:lock', { locked: false });
    });
    expect(((await screen.findByRole('textbox', { name: 'Notiz' })) as HTMLInputElement).value).toBe('Tochter krank');
  });

  it('comes when any call answers that the journal is locked', async () => {
    let refuse = false;
    installFakePlausch({
      'privacy:encryptionState': () => ({ on: true, locked: false, keychain: false }),
      'contacts:list': () => {
        if (refuse) throw new PlauschError('journalLocked');
        return [];
      },
    });
    const { queryClient } = await renderInApp(
      <LockGate>
        <Journal />
      </LockGate>,
    );
    expect(await screen.findByRole('region', { name: 'Journal' })).toBeTruthy();
    refuse = true;
    await act(() => queryClient.refetchQueries({ queryKey: ['contacts'] }));
    expect(await screen.findByLabelText('Kennwort')).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Journal' })).toBeNull();
  });
});
