import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HelpPage } from '../../../../renderer/src/features/help';
import { askDebounceMs } from '../../../../renderer/src/features/help/help-queries';
import { PlauschError } from '../../../../shared/errors';
import { installFakePlausch } from '../support/fake-plausch';
import { holdTimersOf } from '../support/held-timers';
import { renderInApp } from '../support/render-app';
import { answerFor, pendingRequest, petra } from './help-fixtures';

afterEach(() => {
  vi.restoreAllMocks();
});

const need = 'Raum für eine Videokonferenz';

function installHelp(handlers: Parameters<typeof installFakePlausch>[0] = {}, language: 'de' | 'en' = 'de') {
  return installFakePlausch(
    {
    'help:ask': ({ text }) => answerFor(text),
    'help:logRequest': ({ contactId, need: asked }) => pendingRequest(contactId, asked),
    'help:settle': () => ({ undoToken: 'undo-withdrawal' }),
    'help:opener': () => ({ text: 'Hallo Petra, darf ich Sie kurz um etwas bitten?' }),
      ...handlers,
    },
    { language },
  );
}

const person = (name: string) => screen.getByRole('article', { name });

describe('"Wer kann helfen?" page', () => {
  it('asks with the need it was opened with and shows each person with the reasons in words, the first in front', async () => {
    const fake = installHelp();
    await renderInApp(<HelpPage need={need} />);
    await screen.findByRole('article', { name: 'Petra Lang' });
    expect(fake.callsTo('help:ask')).toEqual([{ text: need }]);
    expect(screen.getByRole('textbox', { name: 'Wobei brauchen Sie Hilfe?' })).toHaveProperty('value', need);

    const list = screen.getByRole('list', { name: 'Menschen, die helfen könnten' });
    expect(within(list).getAllByRole('article').map((row) => row.textContent)).toEqual([
      expect.stringContaining('Petra Lang'),
      expect.stringContaining('Jonas Müllner'),
      expect.stringContaining('Dr. Kai Berger'),
    ]);
    const petraRow = person('Petra Lang');
    expect(within(petraRow).getByRole('link', { name: 'Petra Lang' }).getAttribute('href')).toBe('#/contacts/c-petra');
    expect(within(petraRow).getByText('Facility Management · Hansa AG · Gebäudeservice')).toBeTruthy();
    expect(within(petraRow).getByText('Im Rhythmus')).toBeTruthy();
    // The first reason stands on its own line; the others follow as a list under "Warum".
    expect(within(petraRow).getByText('Kann helfen bei: Raumbuchung').tagName).toBe('P');
    const why = within(petraRow).getByRole('list', { name: 'Warum' });
    expect(within(why).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Sie haben Petra zweimal geholfen',
      'In den Notizen: „kennt jeden Raum im Haus“',
    ]);
    expect(within(person('Jonas Müllner')).getByText('Überfällig')).toBeTruthy();
    expect(within(person('Dr. Kai Berger')).getByText('Kein Rhythmus')).toBeTruthy();
    expect(screen.getByText('3 Personen könnten helfen')).toBeTruthy();
  });

  it('warns before asking someone the user already owes twice, and only then', async () => {
    installHelp();
    await renderInApp(<HelpPage need={need} />);
    const jonasRow = await screen.findByRole('article', { name: 'Jonas Müllner' });
    expect(within(jonasRow).getByText('Sie schulden Jonas schon zwei Gefallen')).toBeTruthy();
    expect(within(jonasRow).getByText(/Bevor Sie wieder fragen/)).toBeTruthy();
    // Owing once is a reason among others, not a warning.
    const kaiRow = person('Dr. Kai Berger');
    expect(within(kaiRow).getByText('Sie schulden Kai noch einen Gefallen')).toBeTruthy();
    expect(within(kaiRow).queryByText(/Bevor Sie wieder fragen/)).toBeNull();
    expect(within(person('Petra Lang')).queryByText(/Bevor Sie wieder fragen/)).toBeNull();
  });

  it('notes the request to a person, marks the row as asked, and takes it back with Undo', async () => {
    const fake = installHelp();
    const user = userEvent.setup();
    await renderInApp(<HelpPage need={need} />);
    const petraRow = await screen.findByRole('article', { name: 'Petra Lang' });
    await user.click(within(petraRow).getByRole('button', { name: 'Anfrage festhalten' }));

    await waitFor(() => expect(fake.callsTo('help:logRequest')).toEqual([{ contactId: 'c-petra', need }]));
    const asked = await within(petraRow).findByRole('button', { name: 'Angefragt' });
    expect(asked.getAttribute('aria-disabled')).toBe('true');
    expect(document.activeElement).toBe(asked);
    // The others can still be asked.
    expect(within(person('Jonas Müllner')).getByRole('button', { name: 'Anfrage festhalten' })).toBeTruthy();

    expect(await screen.findByText('Anfrage an Petra Lang festgehalten. Sie steht jetzt unter „Gefallen“.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Rückgängig' }));
    await waitFor(() => expect(fake.callsTo('help:settle')).toEqual([{ id: 'request-c-petra', outcome: 'withdrawn' }]));
    expect(await within(petraRow).findByRole('button', { name: 'Anfrage festhalten' })).toBeTruthy();
  });

  it('shows a person with an open request as asked', async () => {
    installHelp({ 'help:ask': ({ text }) => answerFor(text, [{ ...petra, reasons: [...petra.reasons, { kind: 'alreadyAsked', date: '2026-11-20' }] }]) });
    await renderInApp(<HelpPage need={need} />);
    const petraRow = await screen.findByRole('article', { name: 'Petra Lang' });
    expect(within(petraRow).getByRole('button', { name: 'Angefragt' })).toBeTruthy();
    expect(within(petraRow).getByText(/^Schon angefragt am 20\. November/)).toBeTruthy();
  });

  it('copies an opener that suits the person and says so, to the eye and to a screen reader', async () => {
    const fake = installHelp();
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    await renderInApp(<HelpPage need={need} />);
    const petraRow = await screen.findByRole('article', { name: 'Petra Lang' });
    await user.click(within(petraRow).getByRole('button', { name: 'Einstieg kopieren' }));

    expect(await within(petraRow).findByRole('button', { name: 'Kopiert' })).toBeTruthy();
    expect(fake.callsTo('help:opener')).toEqual([{ contactId: 'c-petra', language: 'de' }]);
    expect(writeText).toHaveBeenCalledWith('Hallo Petra, darf ich Sie kurz um etwas bitten?');
    expect(within(petraRow).getByRole('status').textContent).toBe('Einstieg für Petra Lang kopiert. Sie können ihn jetzt einfügen.');
    expect(within(person('Jonas Müllner')).getByRole('button', { name: 'Einstieg kopieren' })).toBeTruthy();
  });

  it('copies from a field of its own when the clipboard refuses (the desktop app grants no permissions)', async () => {
    installHelp();
    const user = userEvent.setup();
    await renderInApp(<HelpPage need={need} />);
    const petraRow = await screen.findByRole('article', { name: 'Petra Lang' });
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    const copied: string[] = [];
    const execCommand = vi.fn(() => {
      const field = document.activeElement as HTMLTextAreaElement;
      copied.push(field.value.slice(field.selectionStart, field.selectionEnd));
      return true;
    });
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });

    const copy = within(petraRow).getByRole('button', { name: 'Einstieg kopieren' });
    await user.click(copy);
    expect(await within(petraRow).findByRole('button', { name: 'Kopiert' })).toBe(copy);
    expect(copied).toEqual(['Hallo Petra, darf ich Sie kurz um etwas bitten?']);
    expect(document.activeElement).toBe(copy);
    expect(document.querySelectorAll('textarea')).toHaveLength(0);
  });

  it('explains itself before anything is typed, and leads to "Was ich anbieten kann"', async () => {
    const fake = installHelp();
    await renderInApp(<HelpPage />);
    expect(screen.getByRole('heading', { name: 'Fragen Sie Ihr Netzwerk' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Was ich anbieten kann' }).getAttribute('href')).toBe('#/settings');
    expect(fake.callsTo('help:ask')).toEqual([]);
  });

  it('suggests filling in "Kann helfen bei" when nobody fits', async () => {
    installHelp({ 'help:ask': ({ text }) => answerFor(text, []) });
    await renderInApp(<HelpPage need="Dolmetscher für Japanisch" />);
    expect(await screen.findByRole('heading', { name: 'Niemand passt zu „Dolmetscher für Japanisch“' })).toBeTruthy();
    expect(screen.getByText(/unter „Kann helfen bei“ ein/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Zu den Kontakten' }).getAttribute('href')).toBe('#/contacts');
  });

  it('says what went wrong in words', async () => {
    installHelp({
      'help:ask': () => {
        throw new PlauschError('internal');
      },
    });
    await renderInApp(<HelpPage need={need} />);
    expect((await screen.findByRole('alert')).textContent).toBe('Da ist etwas schiefgelaufen. Es wurde nichts geändert.');
  });

  it('takes the focus into the field, asks at once on Enter, and moves through the people with the arrow keys', async () => {
    const fake = installHelp();
    const user = userEvent.setup();
    await renderInApp(<HelpPage />);
    const field = screen.getByRole('textbox', { name: 'Wobei brauchen Sie Hilfe?' });
    await waitFor(() => expect(document.activeElement).toBe(field));
    expect(screen.getByText(/Diese Seite öffnen Sie von überall mit Strg\+Umschalt\+H\./)).toBeTruthy();

    // The test, not the machine's speed, decides when the pause after typing is long enough.
    const debounce = holdTimersOf(askDebounceMs);
    await user.type(field, 'Beamer');
    expect(fake.callsTo('help:ask')).toEqual([]);
    await user.keyboard('{Enter}');
    await screen.findByRole('article', { name: 'Petra Lang' });
    expect(fake.callsTo('help:ask')).toEqual([{ text: 'Beamer' }]);
    debounce.runAll();

    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(screen.getByRole('link', { name: 'Petra Lang' }));
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(screen.getByRole('link', { name: 'Jonas Müllner' }));
    await user.keyboard('{Tab}');
    expect(document.activeElement).toBe(within(person('Jonas Müllner')).getByRole('button', { name: 'Anfrage festhalten' }));
    await user.keyboard('{Shift>}{Tab}{/Shift}{ArrowUp}{ArrowUp}');
    expect(document.activeElement).toBe(field);
  });

  it('asks about an example need when it is chosen', async () => {
    const fake = installHelp();
    const user = userEvent.setup();
    await renderInApp(<HelpPage />);
    await user.click(screen.getByRole('button', { name: 'Termin mit Dr. Roth diese Woche' }));
    await screen.findByRole('article', { name: 'Petra Lang' });
    expect(fake.callsTo('help:ask')).toEqual([{ text: 'Termin mit Dr. Roth diese Woche' }]);
    expect(screen.getByRole('textbox', { name: 'Wobei brauchen Sie Hilfe?' })).toHaveProperty('value', 'Termin mit Dr. Roth diese Woche');
  });

  it('words everything in English when the app speaks English', async () => {
    installHelp({}, 'en');
    await renderInApp(<HelpPage need="room" />, 'en');
    const jonasRow = await screen.findByRole('article', { name: 'Jonas Müllner' });
    expect(within(jonasRow).getByText('You already owe Jonas two favours')).toBeTruthy();
    expect(within(jonasRow).getByText('Overdue')).toBeTruthy();
    expect(within(person('Petra Lang')).getByText('Can help with: Raumbuchung')).toBeTruthy();
    expect(within(person('Petra Lang')).getByRole('button', { name: 'Note the request' })).toBeTruthy();
  });
});
