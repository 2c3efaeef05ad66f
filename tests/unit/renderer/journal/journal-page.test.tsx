import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { JournalPage } from '../../../../renderer/src/features/journal';
import { installInMemoryPlausch } from '../contacts/in-memory-plausch';
import { renderInApp } from '../support/render-app';
import { stubLayout } from '../contacts/layout-stub';

describe('JournalPage', () => {
  stubLayout();

  it('explains what to log when the journal is empty', async () => {
    installInMemoryPlausch();
    await renderInApp(<JournalPage />);
    const empty = await screen.findByRole('region', { name: 'Hier entsteht Ihr Netzwerk-Tagebuch' });
    expect(within(empty).getByRole('button', { name: 'Erste Begegnung festhalten' })).toBeTruthy();
  });

  it('lists encounters newest first with the people linked', async () => {
    const fake = installInMemoryPlausch();
    const anna = fake.addContact({ firstName: 'Anna', lastName: 'Müller' });
    const ben = fake.addContact({ firstName: 'Ben', lastName: 'Schröder' });
    fake.addInteraction({ contactIds: [anna.id], type: 'call', date: '2025-01-02' });
    fake.addInteraction({ contactIds: [anna.id, ben.id], type: 'lunch', date: '2025-03-04', place: 'Kantine', topics: ['Umzug'] });
    await renderInApp(<JournalPage />);

    const list = await screen.findByRole('list', { name: 'Alle Begegnungen' });
    await waitFor(() => expect(within(list).getAllByRole('article')).toHaveLength(2));
    const [newest, older] = within(list).getAllByRole('article');
    expect(newest?.getAttribute('aria-label')).toBe('Mittagessen, 4. März 2025');
    expect(older?.getAttribute('aria-label')).toBe('Telefonat, 2. Januar 2025');
    expect(within(newest as HTMLElement).getByRole('link', { name: 'Ben Schröder' }).getAttribute('href')).toBe(
      `#/contacts/${ben.id}`,
    );
    expect(newest?.textContent).toContain('Kantine');
    expect(screen.getByText('2 Begegnungen')).toBeTruthy();
  });
});
