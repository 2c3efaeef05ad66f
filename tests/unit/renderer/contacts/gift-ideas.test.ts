import { describe, expect, it } from 'vitest';
import type { Contact } from '../../../../shared/model';
import { contactToForm, emptyContactForm, formToInput } from '../../../../renderer/src/features/contacts/contact-form-model';

const contact: Contact = {
  id: 'c1',
  firstName: 'Sabine',
  lastName: 'Müller',
  role: '',
  organisation: '',
  department: '',
  relation: 'internal',
  emails: [],
  phones: [],
  tags: [],
  metAt: '',
  family: [],
  anniversaries: [],
  interests: [],
  commonGround: [],
  notes: '',
  giftIdeas: ['Dunkle Schokolade', 'Bildband Lissabon'],
  archived: false,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

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
