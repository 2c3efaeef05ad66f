import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SearchHit } from '../../../shared/views';
import { searchDebounceMs } from '../../../renderer/src/features/search/search-palette';
import { installFakePlausch, type FakePlausch } from './support/fake-plausch';
import { holdTimersOf } from './support/held-timers';
import { renderWholeApp } from './support/render-app';

vi.mock('../../../renderer/src/features/journal', async () => (await import('./support/journal-mock')).journalMock);
vi.mock('../../../renderer/src/features/contacts', async () => (await import('./support/journal-mock')).contactsMock);

const hits: SearchHit[] = [
  { kind: 'contact', contactId: 'c1', title: 'Anna Müller', subtitle: 'Vorstandsassistenz, Hansa AG', score: 36 },
  { kind: 'contact', contactId: 'c2', title: 'Jonas Müllner', subtitle: 'Einkauf', match: 'Müllner', score: 27.7 },
  {
    kind: 'interaction',
    interactionId: 'i1',
    contactId: 'c3',
    title: 'Mittagessen',
    subtitle: '2026-05-14',
    match: '… über den Umzug nach München …',
    score: 12.8,
  },
];

/** For a word of one encounter's note, the search ranks the encounter first and a person whose notes share it next. */
const noteHits: SearchHit[] = [
  { kind: 'interaction', interactionId: 'i2', contactId: 'c4', title: 'Lars Jensen', subtitle: '2025-03-04', match: 'Hat mich zum Schachturnier eingeladen.', score: 30.8 },
  { kind: 'contact', contactId: 'c5', title: 'Nina Roth', subtitle: '', match: 'spielt Schach', score: 21.8 },
];

function searchFor(text: string): SearchHit[] {
  const typed = text.toLowerCase();
  if (typed.startsWith('schach')) return noteHits;
  return typed.startsWith('mu') || typed.startsWith('mü') ? hits : [];
}

/** The options once the answer is in: "Wer kann helfen?" comes last, with it. */
async function answeredOptions() {
  await screen.findByRole('option', { name: /Wer kann helfen\?/ });
  return screen.getAllByRole('option');
}

async function openPalette() {
  const user = userEvent.setup();
  await user.keyboard('{Control>}k{/Control}');
  const input = await screen.findByRole('combobox', { name: 'Kontakte und Begegnungen durchsuchen' });
  return { user, input };
}

describe('search palette', () => {
  let fake: FakePlausch;

  beforeEach(() => {
    fake = installFakePlausch({ 'search:query': ({ text }) => searchFor(text) });
  });

  it('opens with Ctrl+K and explains what to type', async () => {
    await renderWholeApp();
    const { input } = await openPalette();
    expect(input.getAttribute('placeholder')).toBe('Name, Firma, Thema, Notiz …');
    expect(screen.getByText(/Tippen Sie einfach los/)).toBeTruthy();
    expect(fake.callsTo('search:query')).toEqual([]);
  });

  it('groups contacts before encounters and shows the matched snippet', async () => {
    await renderWholeApp();
    const { user, input } = await openPalette();
    await user.type(input, 'Muller');
    // On a slow machine a pause between two keys can already show the hits for "Mu"; the list checked is the one for
    // the whole word.
    await waitFor(() => expect(fake.callsTo('search:query').at(-1)).toEqual({ text: 'Muller', limit: 20 }));
    const options = await answeredOptions();
    expect(options.map((option) => option.textContent)).toEqual([
      expect.stringContaining('Anna Müller'),
      expect.stringContaining('Jonas Müllner'),
      expect.stringContaining('Mittagessen'),
      expect.stringContaining('Wer kann helfen? „Muller“'),
    ]);
    expect(screen.getByRole('group', { name: 'Kontakte' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Begegnungen' })).toBeTruthy();
    expect(screen.getByText('… über den Umzug nach München …')).toBeTruthy();
  });

  it('puts the encounters first when the best hit is one, so Enter opens it', async () => {
    await renderWholeApp();
    const { user, input } = await openPalette();
    await user.type(input, 'Schachturnier');
    await waitFor(() => expect(fake.callsTo('search:query').at(-1)).toEqual({ text: 'Schachturnier', limit: 20 }));
    const options = await answeredOptions();
    expect(options.map((option) => option.textContent)).toEqual([
      expect.stringContaining('4. März 2025'),
      expect.stringContaining('Nina Roth'),
      expect.stringContaining('Wer kann helfen? „Schachturnier“'),
    ]);
    const groups = screen.getAllByRole('group').map((group) => group.getAttribute('aria-labelledby'));
    expect(groups.map((id) => document.getElementById(id ?? '')?.textContent)).toEqual(['Begegnungen', 'Kontakte']);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(window.location.hash).toBe('#/contacts/c4'));
  });

  it('asks once for the keys typed before the debounce is up, and again after the next pause', async () => {
    await renderWholeApp();
    const { user, input } = await openPalette();
    // The test, not the machine's speed, decides when the debounce is up.
    const debounce = holdTimersOf(searchDebounceMs);
    await user.type(input, 'Mü');
    expect(debounce.pending).toBe(1);
    expect(fake.callsTo('search:query')).toEqual([]);

    debounce.runAll();
    await screen.findAllByRole('option');
    await user.type(input, 'ller');
    expect(debounce.pending).toBe(1);
    expect(fake.callsTo('search:query')).toEqual([{ text: 'Mü', limit: 20 }]);

    debounce.runAll();
    await waitFor(() => expect(fake.callsTo('search:query')).toEqual([{ text: 'Mü', limit: 20 }, { text: 'Müller', limit: 20 }]));
  });

  it('moves the active result with the arrow keys and opens it with Enter', async () => {
    await renderWholeApp();
    const { user, input } = await openPalette();
    await user.type(input, 'Mül');
    const options = await answeredOptions();
    expect(input.getAttribute('aria-activedescendant')).toBe(options[0]?.id);
    expect(options[0]?.getAttribute('aria-selected')).toBe('true');

    await user.keyboard('{ArrowDown}');
    expect(input.getAttribute('aria-activedescendant')).toBe(options[1]?.id);
    expect(options[1]?.getAttribute('aria-selected')).toBe('true');
    expect(options[0]?.getAttribute('aria-selected')).toBe('false');

    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(input.getAttribute('aria-activedescendant')).toBe(options[3]?.id);

    await user.keyboard('{ArrowDown}{ArrowDown}');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(window.location.hash).toBe('#/contacts/c2'));
    await waitFor(() => expect(screen.queryByRole('combobox')).toBeNull());
    expect(await screen.findByRole('heading', { name: 'contact page c2' })).toBeTruthy();
  });

  it('opens the contact of an encounter hit', async () => {
    await renderWholeApp();
    const { user, input } = await openPalette();
    await user.type(input, 'Mü');
    await answeredOptions();
    await user.keyboard('{ArrowUp}{ArrowUp}{Enter}');
    await waitFor(() => expect(window.location.hash).toBe('#/contacts/c3'));
  });

  it('says so kindly when nothing matches, and offers to ask who can help instead', async () => {
    await renderWholeApp();
    const { user, input } = await openPalette();
    await user.type(input, 'xyz');
    expect(await screen.findByText(/Zu „xyz“ hat Plausch nichts gefunden/)).toBeTruthy();
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual([expect.stringContaining('Wer kann helfen? „xyz“')]);
  });

  it('ends the list with "Wer kann helfen?" for the typed text, which opens that page with the need', async () => {
    await renderWholeApp();
    const { user, input } = await openPalette();
    await user.type(input, 'Raum Videokonferenz');
    const ask = await screen.findByRole('option', { name: /Wer kann helfen\? „Raum Videokonferenz“/ });
    expect(input.getAttribute('aria-activedescendant')).toBe(ask.id);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(window.location.hash).toBe('#/help/Raum%20Videokonferenz'));
    await waitFor(() => expect(screen.queryByRole('combobox', { name: 'Kontakte und Begegnungen durchsuchen' })).toBeNull());
  });

  it('closes with Escape and gives focus back', async () => {
    await renderWholeApp();
    const trigger = screen.getByRole('button', { name: /Name, Firma, Thema, Notiz/ });
    const user = userEvent.setup();
    await user.click(trigger);
    await screen.findByRole('combobox');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('combobox')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(trigger));
  });
});
