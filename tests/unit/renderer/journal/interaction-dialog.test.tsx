import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useInteractionDialog } from '../../../../renderer/src/features/journal';
import { installInMemoryPlausch } from '../contacts/in-memory-plausch';
import { atInstant, inTimeZone } from '../support/clock';
import { renderInApp } from '../support/render-app';

function Opener({ contactIds, interactionId }: { contactIds?: string[]; interactionId?: string }) {
  const dialog = useInteractionDialog();
  return (
    <button type="button" onClick={() => dialog.open({ contactIds, interactionId })}>
      open dialog
    </button>
  );
}

describe('interaction dialog', () => {
  it('logs a lunch with two people, the second found by typing without umlauts', async () => {
    // Half past midnight in Berlin, still the evening before in UTC: the encounter is dated the user's today.
    inTimeZone('Europe/Berlin');
    atInstant('2026-03-28T23:30:00Z');
    const fake = installInMemoryPlausch();
    const anna = fake.addContact({ firstName: 'Anna', lastName: 'Müller' });
    const ben = fake.addContact({ firstName: 'Ben', lastName: 'Schröder', organisation: 'Einkauf' });
    fake.addContact({ firstName: 'Carla', lastName: 'Schmidt' });
    const user = userEvent.setup();
    await renderInApp(<Opener contactIds={[anna.id]} />);

    await user.click(screen.getByRole('button', { name: 'open dialog' }));
    const dialog = await screen.findByRole('dialog', { name: 'Begegnung festhalten' });
    const people = screen.getByRole('combobox', { name: /Mit wem\?/ });
    // Anna is preset, so the cursor waits in the note; the people come first all the same.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Notiz' })));
    expect(dialog.textContent).toContain('Anna Müller');
    expect(people.compareDocumentPosition(screen.getByRole('radiogroup', { name: 'Art der Begegnung' }))).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );

    await user.type(people, 'schroder');
    await user.click(await screen.findByRole('option', { name: /Ben Schröder/ }));
    expect(screen.queryByRole('option', { name: /Carla Schmidt/ })).toBeNull();
    await user.click(screen.getByRole('radio', { name: 'Mittagessen' }));
    expect(screen.getByRole('radio', { name: 'Mittagessen' }).getAttribute('aria-checked')).toBe('true');
    await user.type(screen.getByRole('textbox', { name: 'Ort' }), 'Kantine');

    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    await waitFor(() => expect(fake.payloadsTo('interactions:create')).toHaveLength(1));
    expect(fake.payloadsTo('interactions:create')[0]).toEqual({
      contactIds: [anna.id, ben.id],
      type: 'lunch',
      date: '2026-03-29',
      place: 'Kantine',
      topics: [],
      note: '',
      followUpDone: false,
    });
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Begegnung festhalten' })).toBeNull());
    expect(await screen.findByText('Begegnung festgehalten.')).toBeTruthy();
    // The next encounter starts as a lunch too.
    expect(fake.payloadsTo('settings:update')).toEqual([{ lastInteractionType: 'lunch' }]);
  });

  it('refuses to save without anyone and says why', async () => {
    const fake = installInMemoryPlausch();
    fake.addContact({ firstName: 'Anna', lastName: 'Müller' });
    const user = userEvent.setup();
    await renderInApp(<Opener />);

    await user.click(screen.getByRole('button', { name: 'open dialog' }));
    await screen.findByRole('dialog', { name: 'Begegnung festhalten' });
    // Nobody preset: the people come first and have the cursor.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('combobox', { name: /Mit wem\?/ })));
    await user.keyboard('{Control>}{Enter}{/Control}');

    expect(await screen.findByText('Bitte wählen Sie mindestens eine Person.')).toBeTruthy();
    expect(fake.payloadsTo('interactions:create')).toHaveLength(0);
  });

  it('edits an existing encounter and sends the update, topics typed but not confirmed included', async () => {
    const fake = installInMemoryPlausch();
    const anna = fake.addContact({ firstName: 'Anna', lastName: 'Müller' });
    const coffee = fake.addInteraction({ contactIds: [anna.id], type: 'coffee', date: '2025-02-03', timeOfDay: 'morning' });
    const user = userEvent.setup();
    await renderInApp(<Opener interactionId={coffee.id} />);

    await user.click(screen.getByRole('button', { name: 'open dialog' }));
    await screen.findByRole('dialog', { name: 'Begegnung bearbeiten' });
    expect((await screen.findByRole('radio', { name: 'Kaffee' })).getAttribute('aria-checked')).toBe('true');
    expect((screen.getByRole('combobox', { name: 'Tageszeit' }) as HTMLSelectElement).value).toBe('morning');
    // An old date is shown as such, in the date field, rather than as "Heute" or "Gestern".
    const when = screen.getByRole('radiogroup', { name: /Wann\?/ });
    expect(within(when).getByRole('radio', { name: 'Datum…' }).getAttribute('aria-checked')).toBe('true');
    expect((screen.getByRole('textbox', { name: 'Datum' }) as HTMLInputElement).value).toBe('03.02.2025');
    await user.type(screen.getByRole('textbox', { name: 'Themen' }), 'Urlaub, Umzug');
    await user.keyboard('{Control>}{Enter}{/Control}');

    await waitFor(() => expect(fake.payloadsTo('interactions:update')).toHaveLength(1));
    expect(fake.payloadsTo('interactions:update')[0]).toMatchObject({
      id: coffee.id,
      interaction: { contactIds: [anna.id], type: 'coffee', date: '2025-02-03', timeOfDay: 'morning', topics: ['Urlaub', 'Umzug'] },
    });
  });
});
