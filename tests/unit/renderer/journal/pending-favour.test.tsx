// A favour asked for through "Wer kann helfen?" and not done yet is shown as such in the journal, not as one received.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { JournalPage } from '../../../../renderer/src/features/journal';
import { installInMemoryPlausch } from '../contacts/in-memory-plausch';
import { stubLayout } from '../contacts/layout-stub';
import { renderInApp } from '../support/render-app';

describe('a pending favour in the journal', () => {
  stubLayout();

  it('reads "Gefallen erhalten · angefragt" while one received and done reads as before', async () => {
    const fake = installInMemoryPlausch();
    const petra = fake.addContact({ firstName: 'Petra', lastName: 'Lange' });
    fake.addInteraction({ contactIds: [petra.id], type: 'favourReceived', date: '2025-06-02', note: 'Raum für die Videokonferenz', pending: true });
    fake.addInteraction({ contactIds: [petra.id], type: 'favourReceived', date: '2025-05-02', note: 'Beamer' });
    await renderInApp(<JournalPage />);

    const list = await screen.findByRole('list', { name: 'Alle Begegnungen' });
    await waitFor(() => expect(within(list).getAllByRole('article')).toHaveLength(2));
    const [asked, done] = within(list).getAllByRole('article');
    expect(asked?.getAttribute('aria-label')).toBe('Gefallen erhalten · angefragt, 2. Juni 2025');
    expect(within(asked!).getByRole('heading').textContent).toBe('Gefallen erhalten · angefragt');
    expect(done?.getAttribute('aria-label')).toBe('Gefallen erhalten, 2. Mai 2025');
  });
});
