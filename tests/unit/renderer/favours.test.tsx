import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { FavoursPage } from '../../../renderer/src/features/favours';
import type { OpenFavour } from '../../../shared/views';
import { stubLayout } from './contacts/layout-stub';
import { installFakePlausch } from './support/fake-plausch';
import { openInteractionDialog } from './support/journal-mock';
import { renderInApp } from './support/render-app';

vi.mock('../../../renderer/src/features/journal', async () => (await import('./support/journal-mock')).journalMock);

function manyFavours(count: number): OpenFavour[] {
  return Array.from({ length: count }, (_, n) => ({
    contactId: `c${n}`,
    name: `Person ${n + 1}`,
    interaction: {
      id: `i${n}`,
      contactIds: [`c${n}`],
      type: 'favourReceived',
      date: '2025-05-06',
      place: '',
      topics: [],
      note: `Gefallen ${n + 1}`,
      followUpDone: false,
      createdAt: '2025-05-06T10:00:00.000Z',
      updatedAt: '2025-05-06T10:00:00.000Z',
    },
  }));
}

/** Scrolls the list's own scroller half-way down, as a mouse wheel would (jsdom neither lays out nor scrolls). */
function scrollHalfWay(list: HTMLElement) {
  const scroller = list.parentElement!;
  Object.defineProperty(scroller, 'scrollTop', { configurable: true, value: parseFloat(list.style.height) / 2 });
  fireEvent.scroll(scroller);
}

function positions(list: HTMLElement): number[] {
  return within(list)
    .getAllByRole('listitem')
    .map((row) => Number(row.getAttribute('aria-posinset')));
}

describe('open favours', () => {
  stubLayout();

  it('lists who did what and when, and offers to return the favour', async () => {
    installFakePlausch({
      'favours:open': () => [
        {
          contactId: 'c7',
          name: 'Petra Lang',
          interaction: {
            id: 'i9',
            contactIds: ['c7'],
            type: 'favourReceived',
            date: '2025-05-06',
            place: '',
            topics: [],
            note: '\nHat mir den Konferenzraum überlassen\nDetails folgen',
            followUpDone: false,
            createdAt: '2025-05-06T10:00:00.000Z',
            updatedAt: '2025-05-06T10:00:00.000Z',
          },
        },
      ],
    });
    await renderInApp(<FavoursPage />);
    const list = await screen.findByRole('list', { name: 'Offene Gefallen' });
    expect(within(list).getByText('Petra Lang')).toBeTruthy();
    expect(within(list).getByText('Hat mir den Konferenzraum überlassen')).toBeTruthy();
    expect(within(list).getByText('erhalten am 6. Mai 2025')).toBeTruthy();
    await userEvent.setup().click(within(list).getByRole('button', { name: 'Gefallen erwidern' }));
    expect(openInteractionDialog).toHaveBeenCalledWith({ contactIds: ['c7'] });
  });

  it('explains give and take when nothing is open', async () => {
    installFakePlausch();
    await renderInApp(<FavoursPage />);
    expect(await screen.findByRole('heading', { name: 'Keine offenen Gefallen' })).toBeTruthy();
  });

  it('renders only the favours in view of thousands, while telling how many there are', async () => {
    installFakePlausch({ 'favours:open': () => manyFavours(5000) });
    await renderInApp(<FavoursPage />);
    const list = await screen.findByRole('list', { name: 'Offene Gefallen' });
    await within(list).findByText('Person 1');
    const rows = within(list).getAllByRole('listitem');
    expect(rows.length).toBeLessThan(50);
    expect(rows.every((row) => row.getAttribute('aria-setsize') === '5000')).toBe(true);
    expect(positions(list)[0]).toBe(1);

    scrollHalfWay(list);
    await waitFor(() => expect(positions(list)[0]).toBeGreaterThan(1000));
    expect(within(list).queryByText('Person 1')).toBeNull();
    expect(positions(list).length).toBeLessThan(50);
  });

  // So focus stays put and Tab goes on to the next favour. Tab itself cannot be followed in jsdom (Fluent's focus
  // manager needs a real browser).
  it('keeps the focused favour and its neighbours in the page when scrolled out of view', async () => {
    installFakePlausch({ 'favours:open': () => manyFavours(5000) });
    await renderInApp(<FavoursPage />);
    const list = await screen.findByRole('list', { name: 'Offene Gefallen' });
    const second = (await within(list).findByText('Person 2')).closest('li')!;
    const openContact = within(second).getByRole('button', { name: 'Kontakt öffnen' });
    openContact.focus();

    scrollHalfWay(list);
    await waitFor(() => expect(positions(list)[3]).toBeGreaterThan(1000));
    expect(positions(list).slice(0, 3)).toEqual([1, 2, 3]);
    expect(document.activeElement).toBe(openContact);
  });
});
