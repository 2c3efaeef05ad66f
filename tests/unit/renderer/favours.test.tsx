import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { FavoursPage } from '../../../renderer/src/features/favours';
import { PlauschError } from '../../../shared/errors';
import type { Interaction } from '../../../shared/model';
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

describe('favours asked for ("Angefragt")', () => {
  stubLayout();

  const names: Record<string, string> = { 'c-petra': 'Petra Lange', 'c-jan': 'Jan Becker' };
  /** As `help:requests` answers: each request with the person asked. */
  const asked = (requests: Interaction[]) => requests.map((interaction) => ({ contactId: interaction.contactIds[0] as string, name: names[interaction.contactIds[0] as string] as string, interaction }));
  const request = (id: string, contactId: string, date: string, note: string): Interaction => ({
    id,
    contactIds: [contactId],
    type: 'favourReceived',
    pending: true,
    date,
    place: '',
    topics: [],
    note,
    followUpDone: false,
    createdAt: `${date}T09:00:00.000Z`,
    updatedAt: `${date}T09:00:00.000Z`,
  });

  function journalWithRequests() {
    let open = [request('r2', 'c-jan', '2025-06-03', 'IT-Zugang für die neue Kollegin'), request('r1', 'c-petra', '2025-06-02', 'Raum für eine Videokonferenz heute Nachmittag')];
    const fake = installFakePlausch({
      'help:requests': () => asked(open),
      'help:settle': ({ id, outcome }) => {
        const found = open.find((r) => r.id === id);
        if (!found) throw new PlauschError('requestNotPending', { id });
        open = open.filter((r) => r.id !== id);
        return outcome === 'withdrawn' ? { undoToken: 'undo-1' } : { ...found, pending: undefined, date: '2025-06-04' };
      },
      'undo:apply': () => null,
    });
    return fake;
  }

  it('lists each request with the person, the need and the day asked, above the open favours', async () => {
    journalWithRequests();
    await renderInApp(<FavoursPage />);
    const section = await screen.findByRole('region', { name: 'Angefragt' });
    const items = await within(section).findAllByRole('listitem');
    expect(items.map((item) => within(item).getByRole('heading', { level: 3 }).textContent)).toEqual(['Jan Becker', 'Petra Lange']);
    expect(within(items[1]!).getByText('Raum für eine Videokonferenz heute Nachmittag')).toBeTruthy();
    expect(within(items[1]!).getByText('angefragt am 2. Juni 2025')).toBeTruthy();
    // The open favours' empty state still follows below.
    expect(screen.getByRole('heading', { name: 'Keine offenen Gefallen' })).toBeTruthy();
  });

  it('"Hat geholfen" settles the request as helped and says so', async () => {
    const fake = journalWithRequests();
    await renderInApp(<FavoursPage />);
    const section = await screen.findByRole('region', { name: 'Angefragt' });
    const petraItem = (await within(section).findByText('Petra Lange')).closest('li')!;
    await userEvent.setup().click(within(petraItem).getByRole('button', { name: 'Hat geholfen' }));
    await waitFor(() => expect(fake.callsTo('help:settle')).toEqual([{ id: 'r1', outcome: 'helped' }]));
    expect(await screen.findByText('Als Gefallen erhalten festgehalten: Petra Lange hat geholfen.')).toBeTruthy();
    await waitFor(() => expect(within(section).queryByText('Petra Lange')).toBeNull());
  });

  it('"Zurückziehen" withdraws it with Undo', async () => {
    const fake = journalWithRequests();
    await renderInApp(<FavoursPage />);
    const section = await screen.findByRole('region', { name: 'Angefragt' });
    const janItem = (await within(section).findByText('Jan Becker')).closest('li')!;
    const user = userEvent.setup();
    await user.click(within(janItem).getByRole('button', { name: 'Zurückziehen' }));
    await waitFor(() => expect(fake.callsTo('help:settle')).toEqual([{ id: 'r2', outcome: 'withdrawn' }]));
    expect(await screen.findByText('Anfrage an Jan Becker zurückgezogen.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Rückgängig' }));
    await waitFor(() => expect(fake.callsTo('undo:apply')).toEqual([{ undoToken: 'undo-1' }]));
  });

  it('says so when a request was settled elsewhere in the meantime', async () => {
    installFakePlausch({
      'help:requests': () => asked([request('gone', 'c-petra', '2025-06-02', 'Raum')]),
      'help:settle': ({ id }) => {
        throw new PlauschError('requestNotPending', { id });
      },
    });
    await renderInApp(<FavoursPage />);
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Hat geholfen' }));
    expect(await screen.findByText('Diese Anfrage ist schon erledigt. Es wurde nichts geändert.')).toBeTruthy();
  });

  it('leaves the section out when nothing was asked for, in English too', async () => {
    installFakePlausch({ 'help:requests': () => [] }, { language: 'en' });
    await renderInApp(<FavoursPage />, 'en');
    expect(await screen.findByRole('heading', { name: 'No open favours' })).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Asked for' })).toBeNull();
  });

  it('gives the open favours a heading of their own below the requests, the people one level down', async () => {
    installFakePlausch({
      'help:requests': () => asked([request('r1', 'c-petra', '2025-06-02', 'Raum')]),
      'favours:open': () => manyFavours(2),
    }, { language: 'en' });
    await renderInApp(<FavoursPage />, 'en');
    await screen.findByRole('region', { name: 'Asked for' });
    expect(screen.getByRole('heading', { level: 2, name: 'Open favours' })).toBeTruthy();
    const list = await screen.findByRole('list', { name: 'Open favours' });
    expect(within(list).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Person 1', 'Person 2']);
  });
});
