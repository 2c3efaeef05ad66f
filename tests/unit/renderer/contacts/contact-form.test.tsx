import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ContactFormPage } from '../../../../renderer/src/features/contacts';
import { errorsFromIssues, formToInput, emptyContactForm } from '../../../../renderer/src/features/contacts/contact-form-model';
import { renderInApp } from '../support/render-app';
import { installInMemoryPlausch } from './in-memory-plausch';

describe('ContactFormPage', () => {
  it('sends a year-less birthday and a child with a school start, then opens the new contact', async () => {
    const fake = installInMemoryPlausch();
    const user = userEvent.setup();
    await renderInApp(<ContactFormPage />);

    await user.type(screen.getByRole('textbox', { name: 'Vorname' }), 'Sabine');
    await user.type(screen.getByRole('textbox', { name: 'Nachname' }), 'Wagner');
    fireEvent.change(screen.getByRole('combobox', { name: 'Geburtstag: Tag' }), { target: { value: '14' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Geburtstag: Monat' }), { target: { value: '3' } });

    await user.click(screen.getByRole('button', { name: 'Familienmitglied hinzufügen' }));
    await user.type(screen.getByRole('textbox', { name: 'Name – Familienmitglied 1' }), 'Lena');
    expect((screen.getByRole('combobox', { name: 'Beziehung – Familienmitglied 1' }) as HTMLSelectElement).value).toBe(
      'child',
    );
    fireEvent.change(screen.getByLabelText('Einschulung – Familienmitglied 1'), { target: { value: '01.09.2025' } });
    const tags = screen.getByRole('textbox', { name: 'Schlagwörter' });
    await user.type(tags, 'Assistenz-Netzwerk{Enter}');

    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    await waitFor(() => expect(fake.payloadsTo('contacts:create')).toHaveLength(1));
    const payload = fake.payloadsTo('contacts:create')[0] as Record<string, unknown>;
    expect(payload.firstName).toBe('Sabine');
    expect(payload.lastName).toBe('Wagner');
    expect(payload.birthday).toBe('--03-14');
    expect(payload.tags).toEqual(['Assistenz-Netzwerk']);
    expect(payload.family).toEqual([
      { id: expect.stringMatching(/^[0-9a-f-]{36}$/), name: 'Lena', relation: 'child', schoolStart: '2025-09-01' },
    ]);
    const created = [...fake.contacts.values()][0];
    await waitFor(() => expect(window.location.hash).toBe(`#/contacts/${created?.id}`));
  });

  it('makes a new contact extern when their address is not at one of the own domains, until the user chooses', async () => {
    const fake = installInMemoryPlausch({ ownEmailDomains: ['hartmann-partner.de'] });
    const user = userEvent.setup();
    await renderInApp(<ContactFormPage />);
    const intern = screen.getByRole('radio', { name: 'Intern' });
    const extern = screen.getByRole('radio', { name: 'Extern' });
    expect((intern as HTMLInputElement).checked).toBe(true);

    const emails = screen.getByRole('textbox', { name: 'E-Mail-Adressen' });
    await user.type(emails, 'claire@lumen-consulting.com{Enter}');
    await waitFor(() => expect((extern as HTMLInputElement).checked).toBe(true));

    // Once the user says otherwise, another address does not overrule her.
    await user.click(intern);
    await user.type(emails, 'c.dubois@lumen.example{Enter}');
    await user.type(screen.getByRole('textbox', { name: 'Vorname' }), 'Claire');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    await waitFor(() => expect(fake.payloadsTo('contacts:create')).toHaveLength(1));
    expect((fake.payloadsTo('contacts:create')[0] as Record<string, unknown>).relation).toBe('internal');
  });

  it('explains a half-entered birthday next to the field and sends nothing', async () => {
    const fake = installInMemoryPlausch();
    const user = userEvent.setup();
    await renderInApp(<ContactFormPage />);

    await user.type(screen.getByRole('textbox', { name: 'Vorname' }), 'Jonas');
    fireEvent.change(screen.getByRole('combobox', { name: 'Geburtstag: Tag' }), { target: { value: '2' } });
    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    const birthday = screen.getByRole('group', { name: 'Geburtstag' });
    expect(within(birthday).getByRole('alert').textContent).toBe(
      'Bitte wählen Sie Tag und Monat; das Jahr ist freiwillig.',
    );
    expect(fake.payloadsTo('contacts:create')).toHaveLength(0);
  });

  it('asks for a name and saves with Ctrl+Enter, keeping text typed into a list field', async () => {
    const fake = installInMemoryPlausch();
    const user = userEvent.setup();
    await renderInApp(<ContactFormPage />);

    const interests = screen.getByRole('textbox', { name: 'Interessen' });
    await user.type(interests, 'Segeln');
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(await screen.findByText('Bitte geben Sie einen Vor- oder Nachnamen ein.')).toBeTruthy();
    expect(fake.payloadsTo('contacts:create')).toHaveLength(0);

    await user.type(screen.getByRole('textbox', { name: 'Nachname' }), 'Özdemir');
    await user.click(screen.getByRole('textbox', { name: 'Interessen' }));
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(fake.payloadsTo('contacts:create')).toHaveLength(1));
    expect(fake.payloadsTo('contacts:create')[0]).toMatchObject({ lastName: 'Özdemir', interests: ['Segeln'] });
  });

  it('edits an existing contact with a full birthday and keeps its family rows', async () => {
    const fake = installInMemoryPlausch();
    const contact = fake.addContact({
      firstName: 'Petra',
      lastName: 'Huber',
      birthday: '1980-07-09',
      family: [{ id: 'f1', name: 'Max', relation: 'partner', birthday: '--01-02' }],
    });
    const user = userEvent.setup();
    await renderInApp(<ContactFormPage id={contact.id} />);

    const year = await screen.findByRole('textbox', { name: 'Geburtstag: Jahr (optional)' });
    expect((year as HTMLInputElement).value).toBe('1980');
    expect(screen.queryByLabelText('Einschulung – Familienmitglied 1')).toBeNull();
    await user.clear(year);
    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    await waitFor(() => expect(fake.payloadsTo('contacts:update')).toHaveLength(1));
    expect(fake.payloadsTo('contacts:update')[0]).toMatchObject({
      id: contact.id,
      contact: { birthday: '--07-09', family: [{ id: 'f1', name: 'Max', relation: 'partner', birthday: '--01-02' }] },
    });
  });
});

describe('contact form model', () => {
  it('builds a dated birthday with the year and rejects a day the month does not have', () => {
    const withYear = formToInput({ ...emptyContactForm(), firstName: 'A', birthday: { day: '5', month: '11', year: '1979' } });
    expect(withYear.errors).toBeUndefined();
    expect(withYear.errors ? undefined : withYear.input.birthday).toBe('1979-11-05');

    const impossible = formToInput({ ...emptyContactForm(), firstName: 'A', birthday: { day: '31', month: '2', year: '' } });
    expect(impossible.errors).toEqual({ birthday: 'partialDate' });
  });

  it('sends a form of address only when one is chosen, so that the default from Settings applies otherwise', () => {
    const chosen = formToInput({ ...emptyContactForm(), firstName: 'Kim', addressForm: 'du' });
    expect(chosen.errors ? undefined : chosen.input.addressForm).toBe('du');
    const asDefault = formToInput({ ...emptyContactForm(), firstName: 'Kim' });
    expect(asDefault.errors ? undefined : 'addressForm' in asDefault.input).toBe(false);
  });

  it('refuses what is no e-mail address, on the list of addresses', () => {
    const result = formToInput({ ...emptyContactForm(), firstName: 'Eve', emails: ['eve@x.test', 'eve@x.test?cc=boss@x.test'] });
    expect(result.errors).toEqual({ emails: 'email' });
    expect(errorsFromIssues([{ path: 'contact.emails.1', message: 'email' }])).toEqual({ emails: 'email' });
  });

  it('maps a server invalidInput issue to the field it names', () => {
    expect(
      errorsFromIssues([
        { path: 'contact.introducedById', message: 'unknownContact' },
        { path: 'family.0.birthday', message: 'partialDate' },
        { path: 'notes', message: 'Too big: expected string to have <=20000 characters' },
      ]),
    ).toEqual({ introducedById: 'unknownContact', 'family.0.birthday': 'partialDate', notes: 'tooLong' });
  });
});
