// A toast open while the language is switched speaks the new language: its message, its "Undo", its hint and an
// error's sentence are put into words each time it renders, not kept as finished strings from when it was shown.
import { Button } from '@fluentui/react-components';
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import { useFeedback } from '../../../../renderer/src/app/feedback';
import { PlauschError } from '../../../../shared/errors';
import { installFakePlausch, type FakePlausch } from '../support/fake-plausch';
import { renderInApp } from '../support/render-app';

vi.mock('../../../../renderer/src/features/journal', async () => (await import('../support/journal-mock')).journalMock);

function Actions() {
  const events = useFeedback('events');
  const journal = useFeedback('journal');
  return (
    <>
      <Button onClick={() => events.showSuccess((t) => t('checklist.templateSaved', { kind: t('kinds.conference') }))}>save</Button>
      <Button onClick={() => journal.showUndo((t) => t('entry.deletedToast'), 'token-1')}>delete</Button>
      <Button onClick={() => events.showError(new PlauschError('notFound', { id: 'x' }))}>fail</Button>
    </>
  );
}

/** As the settings page does: the setting changes, and every window hears of it. */
async function switchTo(fake: FakePlausch, language: 'de' | 'en') {
  fake.settings = { ...fake.settings, language };
  act(() => fake.emit('data:changed', { collections: ['settings'] }));
  await waitFor(() => expect(i18next.language).toBe(language));
}

describe('toasts after a switch of language', () => {
  it('show a confirmation in English that was shown in German, the words put into it too', async () => {
    const fake = installFakePlausch();
    await renderInApp(<Actions />, 'de');
    await userEvent.setup().click(screen.getByRole('button', { name: 'save' }));
    const german = 'Gespeichert: Ihre Checkliste wird bei der nächsten Veranstaltung der Art „Konferenz oder Messe“ angeboten.';
    expect(await screen.findByText(german)).toBeTruthy();

    await switchTo(fake, 'en');
    expect(await screen.findByText('Saved: your checklist will be offered for the next event of the kind “Conference or trade fair”.')).toBeTruthy();
    expect(screen.queryByText(german)).toBeNull();
  });

  it('show an undo toast with its message, button and hint in the new language, and back', async () => {
    const fake = installFakePlausch();
    await renderInApp(<Actions />, 'de');
    await userEvent.setup().click(screen.getByRole('button', { name: 'delete' }));
    expect(await screen.findByText('Begegnung gelöscht.')).toBeTruthy();
    expect(screen.getByText('Rückgängig')).toBeTruthy();

    await switchTo(fake, 'en');
    expect(await screen.findByText('Encounter deleted.')).toBeTruthy();
    expect(screen.getByText('Undo')).toBeTruthy();
    expect(screen.getByText('Changed your mind? Undo puts everything back.')).toBeTruthy();

    await switchTo(fake, 'de');
    expect(await screen.findByText('Begegnung gelöscht.')).toBeTruthy();
  });

  it('show an error in the new language', async () => {
    const fake = installFakePlausch();
    await renderInApp(<Actions />, 'de');
    await userEvent.setup().click(screen.getByRole('button', { name: 'fail' }));
    const german = i18next.t('errors.notFound', { lng: 'de' });
    const english = i18next.t('errors.notFound', { lng: 'en' });
    expect(german).not.toBe(english);
    expect(await screen.findByText(german)).toBeTruthy();

    await switchTo(fake, 'en');
    expect(await screen.findByText(english)).toBeTruthy();
  });
});
