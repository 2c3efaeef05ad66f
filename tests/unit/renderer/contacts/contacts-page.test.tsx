import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ContactsPage } from '../../../../renderer/src/features/contacts';
import { renderInApp } from '../support/render-app';
import { stubLayout } from './layout-stub';
import { installInMemoryPlausch } from './in-memory-plausch';

describe('ContactsPage', () => {
  stubLayout();

  it('tells a brand-new user to add the first person and offers the button', async () => {
    installInMemoryPlausch();
    const user = userEvent.setup();
    await renderInApp(<ContactsPage />);

    const empty = await screen.findByRole('region', { name: 'Ihr Netzwerk beginnt mit einem Menschen' });
    expect(empty.textContent).toContain('Wem sind Sie heute begegnet?');
    await user.click(within(empty).getByRole('button', { name: 'Neuer Kontakt' }));
    expect(window.location.hash).toBe('#/contacts/new');
  });

  it('filters without umlauts, hides archived people until asked and opens a contact', async () => {
    const fake = installInMemoryPlausch();
    fake.addContact({ firstName: 'Jürgen', lastName: 'Müller', organisation: 'Stadtwerke', tags: ['Einkauf'] });
    const sabine = fake.addContact({ firstName: 'Sabine', lastName: 'Wagner', relation: 'external' });
    fake.addContact({ firstName: 'Ola', lastName: 'Archiv', archived: true });
    const user = userEvent.setup();
    await renderInApp(<ContactsPage />);

    const list = await screen.findByRole('list', { name: 'Kontaktliste' });
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(2));
    const [first, second] = within(list).getAllByRole('listitem');
    expect(within(first as HTMLElement).getByRole('button', { name: /^Jürgen Müller/ }).textContent).toContain(
      'Stadtwerke',
    );
    expect(within(first as HTMLElement).getByText('Einkauf')).toBeTruthy();
    expect(within(second as HTMLElement).getByRole('button', { name: /^Sabine Wagner/ }).textContent).toContain(
      'Extern',
    );

    await user.type(screen.getByRole('searchbox', { name: 'Kontakte filtern' }), 'mueller');
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(1));

    await user.clear(screen.getByRole('searchbox', { name: 'Kontakte filtern' }));
    await user.click(screen.getByRole('switch', { name: 'Archivierte zeigen' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('3 Kontakte'));

    await user.click(screen.getByRole('button', { name: /Sabine Wagner/ }));
    expect(window.location.hash).toBe(`#/contacts/${sabine.id}`);
  });
});
