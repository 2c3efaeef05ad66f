import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ContactPage } from '../../../../renderer/src/features/contacts';
import { renderInApp } from '../support/render-app';
import { installInMemoryPlausch } from './in-memory-plausch';
import { stubLayout } from './layout-stub';

function seed() {
  const fake = installInMemoryPlausch();
  const introducer = fake.addContact({ firstName: 'Ines', lastName: 'Vogel' });
  const sabine = fake.addContact({
    firstName: 'Sabine',
    lastName: 'Wagner',
    role: 'Assistenz der Geschäftsführung',
    organisation: 'Nordlicht AG',
    relation: 'external',
    introducedById: introducer.id,
    birthday: '--03-14',
    family: [{ id: 'f1', name: 'Lena', relation: 'child', schoolStart: '2025-09-01' }],
    interests: ['Segeln'],
  });
  const colleague = fake.addContact({ firstName: 'Tom', lastName: 'Berg' });
  fake.addInteraction({ contactIds: [sabine.id], type: 'favourReceived', date: '2025-01-10', note: 'Hat mir den Raum getauscht' });
  fake.addInteraction({ contactIds: [sabine.id], type: 'favourReceived', date: '2025-02-11', note: 'Kontakt zur IT vermittelt' });
  fake.addInteraction({ contactIds: [sabine.id], type: 'favourGiven', date: '2025-02-20' });
  fake.addInteraction({
    contactIds: [sabine.id, colleague.id],
    type: 'lunch',
    date: '2025-03-05',
    timeOfDay: 'midday',
    place: 'Kantine',
    topics: ['Einschulung'],
  });
  return { fake, sabine, colleague };
}

describe('ContactPage', () => {
  // The timeline is virtualized.
  stubLayout();

  it('shows the reciprocity in words, the open favour and the timeline newest first', async () => {
    const { sabine } = seed();
    await renderInApp(<ContactPage id={sabine.id} />);

    expect((await screen.findByRole('heading', { level: 1, name: 'Sabine Wagner' })).textContent).toBe('Sabine Wagner');
    const reciprocity = screen.getByRole('region', { name: 'Geben und Nehmen' });
    expect(reciprocity.textContent).toContain(
      'Sie haben 1 Gefallen mehr erhalten als getan – eine schöne Gelegenheit, etwas zurückzugeben.',
    );
    const open = within(reciprocity).getByRole('list', { name: 'Noch nicht erwidert' });
    expect(within(open).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      '10. Januar 2025: Hat mir den Raum getauscht',
    ]);

    const timeline = screen.getByRole('list', { name: 'Begegnungen' });
    const entries = within(timeline).getAllByRole('article');
    expect(entries.map((entry) => entry.getAttribute('aria-label'))).toEqual([
      'Mittagessen, 5. März 2025',
      'Gefallen getan, 20. Februar 2025',
      'Gefallen erhalten, 11. Februar 2025',
      'Gefallen erhalten, 10. Januar 2025',
    ]);
    expect(entries[0]?.textContent).toContain('Mittags');
    expect(within(entries[0] as HTMLElement).getByRole('link', { name: 'Tom Berg' })).toBeTruthy();

    const personal = screen.getByRole('region', { name: 'Persönliches' });
    expect(personal.textContent).toContain('14. März');
    expect(personal.textContent).not.toContain('Jahre alt');
    expect(personal.textContent).toContain('Einschulung: 1. September 2025');
    expect(screen.getByRole('region', { name: 'Wie wir uns kennengelernt haben' }).textContent).toContain('Ines Vogel');
  });

  it('shows a keep-in-touch status only where a rhythm is set: no "all good" next to "no rhythm"', async () => {
    const { fake, sabine } = seed();
    const withRhythm = fake.addContact({ firstName: 'Rita', lastName: 'Rhythmus', cadenceDays: 30 });
    const first = await renderInApp(<ContactPage id={sabine.id} />);
    const section = await screen.findByRole('region', { name: 'In Kontakt bleiben' });
    expect(section.textContent).toContain('Kein Rhythmus festgelegt');
    expect(section.textContent).not.toMatch(/Alles im grünen Bereich|Fällig|Überfällig/);
    first.unmount();

    await renderInApp(<ContactPage id={withRhythm.id} />);
    const withStatus = await screen.findByRole('region', { name: 'In Kontakt bleiben' });
    expect(withStatus.textContent).toMatch(/Alles im grünen Bereich|Fällig|Überfällig/);
    expect(withStatus.textContent).toContain('Alle 30 Tage');
  });

  it('links an e-mail address only as the plain address, and shows what is no address as text', async () => {
    const fake = installInMemoryPlausch();
    const eve = fake.addContact({ firstName: 'Eve', emails: ['eve@nordlicht.example', 'eve@x.test?cc=boss@x.test&attach=/etc/passwd'] });
    await renderInApp(<ContactPage id={eve.id} />);

    const link = await screen.findByRole('link', { name: 'eve@nordlicht.example' });
    expect(link.getAttribute('href')).toBe('mailto:eve@nordlicht.example');
    expect(document.body.textContent).toContain('eve@x.test?cc=boss@x.test&attach=/etc/passwd');
    expect(screen.getAllByRole('link').filter((anchor) => anchor.getAttribute('href')?.startsWith('mailto:'))).toEqual([link]);
  });

  it('keeps two actions in sight and the rest in one menu, and shows each e-mail address on its own line', async () => {
    const { fake } = seed();
    const eve = fake.addContact({ firstName: 'Eve', lastName: 'Lang', emails: ['eve.langer-name@nordlicht-holding.example', 'eve@privat.example'] });
    const user = userEvent.setup();
    await renderInApp(<ContactPage id={eve.id} />);

    const header = (await screen.findByRole('heading', { level: 1, name: 'Eve Lang' })).closest('header') ?? document.body;
    expect(within(header as HTMLElement).getAllByRole('button').map((button) => button.textContent || button.getAttribute('aria-label'))).toEqual([
      'Begegnung mit Eve festhalten',
      'Bearbeiten',
      'Weitere Aktionen',
    ]);
    await user.click(screen.getByRole('button', { name: 'Weitere Aktionen' }));
    expect((await screen.findAllByRole('menuitem')).map((item) => item.textContent)).toEqual([
      'Gruß schreiben',
      'Gespräch vorbereiten',
      'Als neu im Haus markieren',
      'Foto wählen …',
      'Auskunft',
      'Archivieren',
      'Löschen',
      'Vergessen …',
    ]);

    const links = screen.getAllByRole('link').filter((anchor) => anchor.getAttribute('href')?.startsWith('mailto:'));
    expect(links.map((link) => link.textContent)).toEqual(['eve.langer-name@nordlicht-holding.example', 'eve@privat.example']);
    // A break opportunity right after the @, so a long address wraps there and not mid-word.
    expect(links[0]?.innerHTML).toContain('@<wbr>');
  });

  it('asks before deleting, then deletes and offers undo', async () => {
    const { fake, sabine } = seed();
    const user = userEvent.setup();
    await renderInApp(<ContactPage id={sabine.id} />);

    await user.click(await screen.findByRole('button', { name: 'Weitere Aktionen' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Löschen' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Sabine Wagner löschen?' });
    expect(fake.payloadsTo('contacts:delete')).toHaveLength(0);

    await user.click(within(confirm).getByRole('button', { name: 'Endgültig löschen' }));
    await waitFor(() => expect(fake.payloadsTo('contacts:delete')).toEqual([{ id: sabine.id }]));
    await waitFor(() => expect(window.location.hash).toBe('#/contacts'));
    expect(await screen.findByText('Sabine Wagner wurde gelöscht.')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Rückgängig' }));
    await waitFor(() => expect(fake.contacts.has(sabine.id)).toBe(true));
  });

  it('keeps the contact when the confirmation is cancelled', async () => {
    const { fake, sabine } = seed();
    const user = userEvent.setup();
    await renderInApp(<ContactPage id={sabine.id} />);

    await user.click(await screen.findByRole('button', { name: 'Weitere Aktionen' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Löschen' }));
    const confirm = await screen.findByRole('alertdialog');
    await user.click(within(confirm).getByRole('button', { name: /Abbrechen|Cancel/ }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(fake.payloadsTo('contacts:delete')).toHaveLength(0);
    expect(fake.contacts.has(sabine.id)).toBe(true);
  });

  it('deletes an encounter from the timeline with undo', async () => {
    const { fake, sabine } = seed();
    const user = userEvent.setup();
    await renderInApp(<ContactPage id={sabine.id} />);

    await user.click(await screen.findByRole('button', { name: 'Mittagessen vom 5. März 2025 löschen' }));
    await waitFor(() => expect(fake.payloadsTo('interactions:delete')).toHaveLength(1));
    await waitFor(() =>
      expect(within(screen.getByRole('list', { name: 'Begegnungen' })).getAllByRole('article')).toHaveLength(3),
    );
    expect(await screen.findByText('Begegnung gelöscht.')).toBeTruthy();
  });
});
