import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ContactFormPage, ContactPage } from '../../../../renderer/src/features/contacts';
import { contactToForm, emptyContactForm, formToInput } from '../../../../renderer/src/features/contacts/contact-form-model';
import { SettingsPage } from '../../../../renderer/src/features/settings';
import { aContact } from '../../../support/journal-fixtures';
import { installInMemoryPlausch } from '../contacts/in-memory-plausch';
import { stubLayout } from '../contacts/layout-stub';
import { installFakePlausch } from '../support/fake-plausch';
import { renderInApp } from '../support/render-app';

vi.mock('../../../../renderer/src/features/journal', async () => (await import('../support/journal-mock')).journalMock);

/** The entries of a list field, as its chips show them. */
function entries(label: string): (string | null)[] {
  return within(screen.getByRole('toolbar', { name: label }))
    .getAllByRole('button')
    .map((chip) => chip.getAttribute('value'));
}

describe('"Kann helfen bei" on a contact', () => {
  stubLayout();

  it('is kept by the form: read from the contact and sent back whole, empty included', () => {
    const contact = aContact({ firstName: 'Petra', canHelpWith: ['Raumbuchung', 'Beamer'] });
    expect(contactToForm(contact).canHelpWith).toEqual(['Raumbuchung', 'Beamer']);
    expect(formToInput(contactToForm(contact))).toMatchObject({ input: { canHelpWith: ['Raumbuchung', 'Beamer'] } });
    // An update replaces the whole contact, so an emptied list must be sent as empty, not left out.
    expect(formToInput({ ...emptyContactForm(), firstName: 'Anna' })).toMatchObject({ input: { canHelpWith: [] } });
  });

  it('is typed into the form as a list and saved with the contact', async () => {
    const fake = installInMemoryPlausch();
    const user = userEvent.setup();
    await renderInApp(<ContactFormPage />);
    await user.type(screen.getByRole('textbox', { name: 'Vorname' }), 'Petra');
    const canHelp = screen.getByRole('textbox', { name: 'Kann helfen bei' });
    await user.type(canHelp, 'Raumbuchung{Enter}Vorstandskalender,');
    expect(entries('Kann helfen bei')).toEqual(['Raumbuchung', 'Vorstandskalender']);
    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    await waitFor(() => expect(fake.payloadsTo('contacts:create')).toHaveLength(1));
    expect(fake.payloadsTo('contacts:create')[0]).toMatchObject({ canHelpWith: ['Raumbuchung', 'Vorstandskalender'] });
  });

  it('is shown on the contact page, or asked for when empty', async () => {
    const fake = installInMemoryPlausch();
    const petra = fake.addContact({ firstName: 'Petra', lastName: 'Lang', canHelpWith: ['Raumbuchung'] });
    const tom = fake.addContact({ firstName: 'Tom', lastName: 'Berg' });
    const { unmount } = await renderInApp(<ContactPage id={petra.id} />);
    const section = await screen.findByRole('region', { name: 'Kann helfen bei' });
    expect(within(section).getByRole('list', { name: 'Kann helfen bei' }).textContent).toBe('Raumbuchung');
    unmount();

    await renderInApp(<ContactPage id={tom.id} />);
    const empty = await screen.findByRole('region', { name: 'Kann helfen bei' });
    expect(empty.textContent).toMatch(/Wobei kann diese Person helfen\?/);
  });
});

describe('"Was ich anbieten kann" in Settings', () => {
  it('saves each entry as it is added or removed, with the suggestions offered while typing', async () => {
    const fake = installFakePlausch({ 'help:suggestions': () => ({ entries: ['Reisebuchung', 'Französisch', 'Excel'] }) });
    const user = userEvent.setup();
    await renderInApp(<SettingsPage />);
    const section = await screen.findByRole('region', { name: 'Was ich anbieten kann' });
    // With suggestions the field is a combobox: the browser offers them as a list.
    const field = await within(section).findByRole('combobox', { name: 'Das kann ich anbieten' });
    const suggestions = document.getElementById(field.getAttribute('list') ?? '');
    await waitFor(() => expect([...(suggestions?.querySelectorAll('option') ?? [])].map((option) => option.value)).toEqual(['Reisebuchung', 'Französisch', 'Excel']));
    expect(fake.callsTo('help:suggestions')).toEqual([{ language: 'de' }]);

    await user.type(field, 'Französisch{Enter}');
    await waitFor(() => expect(fake.callsTo('settings:update')).toEqual([{ canOffer: ['Französisch'] }]));
    // What is on the list is no longer suggested.
    await waitFor(() => expect([...(suggestions?.querySelectorAll('option') ?? [])].map((option) => option.value)).toEqual(['Reisebuchung', 'Excel']));

    expect(entries('Das kann ich anbieten')).toEqual(['Französisch']);
    await user.click(within(screen.getByRole('toolbar', { name: 'Das kann ich anbieten' })).getByRole('button'));
    await waitFor(() => expect(fake.callsTo('settings:update').at(-1)).toEqual({ canOffer: [] }));
  });
});
