import { describe, expect, it } from 'vitest';
import { aContact } from '../../../support/journal-fixtures';
import { contactToForm, emptyContactForm, formToInput } from '../../../../renderer/src/features/contacts/contact-form-model';

const contact = aContact({ id: 'c1', firstName: 'Sabine', lastName: 'Müller', giftIdeas: ['Dunkle Schokolade', 'Bildband Lissabon'] });

describe('gift ideas in the contact form', () => {
  // An update replaces the whole contact: a form that dropped the ideas would wipe them on every save.
  it('carries a contact’s gift ideas through an edit', () => {
    const result = formToInput(contactToForm(contact));
    expect(result).toMatchObject({ input: { giftIdeas: ['Dunkle Schokolade', 'Bildband Lissabon'] } });
  });

  it('sends the ideas entered for a new contact', () => {
    const result = formToInput({ ...emptyContactForm(), firstName: 'Anna', giftIdeas: ['Tee'] });
    expect(result).toMatchObject({ input: { giftIdeas: ['Tee'] } });
  });
});
