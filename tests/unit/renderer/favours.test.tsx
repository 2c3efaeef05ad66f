import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { FavoursPage } from '../../../renderer/src/features/favours';
import { installFakePlausch } from './support/fake-plausch';
import { openInteractionDialog } from './support/journal-mock';
import { renderInApp } from './support/render-app';

vi.mock('../../../renderer/src/features/journal', async () => (await import('./support/journal-mock')).journalMock);

describe('open favours', () => {
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
});
