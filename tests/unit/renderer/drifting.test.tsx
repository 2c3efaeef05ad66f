import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DriftingPage } from '../../../renderer/src/features/drifting';
import type { DriftingEntry } from '../../../shared/views';
import { stubLayout } from './contacts/layout-stub';
import { installFakePlausch } from './support/fake-plausch';
import { openInteractionDialog } from './support/journal-mock';
import { renderInApp } from './support/render-app';

vi.mock('../../../renderer/src/features/journal', async () => (await import('./support/journal-mock')).journalMock);

const overdue: DriftingEntry = {
  contactId: 'c1',
  name: 'Anna Müller',
  organisation: 'Hansa AG',
  status: 'overdue',
  cadenceDays: 30,
  cadenceSource: { kind: 'tag', tag: 'Vorstand' },
  lastContactOn: '2025-01-10',
  nextDueOn: '2025-02-09',
  daysOverdue: 21,
};

const due: DriftingEntry = {
  contactId: 'c2',
  name: 'Jonas Becker',
  organisation: '',
  status: 'due',
  cadenceDays: 14,
  cadenceSource: { kind: 'contact' },
  lastContactOn: '2025-02-16',
  nextDueOn: '2025-03-02',
  daysOverdue: 0,
};

function items() {
  return within(screen.getByRole('list', { name: 'Kontakte, die auf ein Lebenszeichen warten' })).getAllByRole('listitem');
}

describe('keep in touch', () => {
  stubLayout();
  beforeEach(() => openInteractionDialog.mockClear());

  it('marks overdue and due in words, with days and the last contact date', async () => {
    installFakePlausch({ 'keepInTouch:drifting': () => [overdue, due] });
    await renderInApp(<DriftingPage />);
    await screen.findByText('Anna Müller');
    const [first, second] = items();
    expect(first?.getAttribute('data-status')).toBe('overdue');
    expect(within(first!).getByText('Überfällig')).toBeTruthy();
    expect(within(first!).getByText('seit 21 Tagen fällig')).toBeTruthy();
    expect(first!.textContent).toContain('Zuletzt Kontakt: 10. Januar 2025');
    expect(first!.textContent).toContain('Rhythmus: alle 30 Tage über das Schlagwort „Vorstand“');
    expect(second?.getAttribute('data-status')).toBe('due');
    expect(within(second!).getByText('Fällig')).toBeTruthy();
    expect(within(second!).getByText('Heute fällig')).toBeTruthy();
    expect(within(second!).queryByText('Überfällig')).toBeNull();
  });

  it('logs an encounter with that person or opens the contact', async () => {
    installFakePlausch({ 'keepInTouch:drifting': () => [overdue, due] });
    await renderInApp(<DriftingPage />);
    await screen.findByText('Jonas Becker');
    const user = userEvent.setup();
    const second = items()[1]!;
    await user.click(within(second).getByRole('button', { name: 'Begegnung festhalten' }));
    expect(openInteractionDialog).toHaveBeenCalledWith({ contactIds: ['c2'] });
    await user.click(within(second).getByRole('button', { name: 'Kontakt öffnen' }));
    expect(window.location.hash).toBe('#/contacts/c2');
  });

  it('speaks English when asked', async () => {
    installFakePlausch({ 'keepInTouch:drifting': () => [overdue] }, { language: 'en' });
    await renderInApp(<DriftingPage />, 'en');
    await screen.findByText('Anna Müller');
    const list = screen.getByRole('list', { name: 'Contacts waiting to hear from you' });
    expect(within(list).getByText('Overdue')).toBeTruthy();
    expect(within(list).getByText('due for 21 days')).toBeTruthy();
    expect(list.textContent).toContain('Last in touch: January 10, 2025');
  });

  it('explains cadences when nobody is drifting', async () => {
    installFakePlausch({ 'keepInTouch:drifting': () => [] });
    await renderInApp(<DriftingPage />);
    expect(await screen.findByRole('heading', { name: 'Alle sind gut versorgt' })).toBeTruthy();
    expect(screen.getByText(/Rhythmus fest/).textContent).toContain('in den Einstellungen');
  });

  it('renders only the people in view of thousands, while telling how many there are', async () => {
    const many = Array.from({ length: 5000 }, (_, n): DriftingEntry => ({ ...due, contactId: `c${n}`, name: `Person ${n + 1}` }));
    installFakePlausch({ 'keepInTouch:drifting': () => many });
    await renderInApp(<DriftingPage />);
    await screen.findByText('Person 1');
    const rows = items();
    expect(rows.length).toBeLessThan(50);
    expect(rows.every((row) => row.getAttribute('aria-setsize') === '5000')).toBe(true);
    expect(rows.map((row) => row.getAttribute('aria-posinset')).slice(0, 2)).toEqual(['1', '2']);
    expect(rows.every((row) => row.getAttribute('data-status') === 'due')).toBe(true);
  });
});
