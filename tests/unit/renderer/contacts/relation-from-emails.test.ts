import { describe, expect, it } from 'vitest';
import { emptyContactForm, relationAfterEmailChange } from '../../../../renderer/src/features/contacts/contact-form-model';

const own = ['firma.de'];

describe('a new contact is intern or extern by its e-mail address', () => {
  it('starts as intern without an address', () => {
    expect(emptyContactForm().relation).toBe('internal');
  });

  it('follows the address: an own domain (any case, subdomains) makes intern, any other extern', () => {
    const blank = emptyContactForm();
    expect(relationAfterEmailChange(blank, ['kunde@kunde.example'], own)).toBe('external');
    expect(relationAfterEmailChange(blank, ['Anna@Mail.FIRMA.de'], own)).toBe('internal');
    expect(relationAfterEmailChange({ relation: 'external', emails: ['kunde@kunde.example'] }, ['kunde@kunde.example', 'k@firma.de'], own)).toBe('internal');
    expect(relationAfterEmailChange({ relation: 'external', emails: ['kunde@kunde.example'] }, [], own)).toBe('internal');
  });

  it("keeps the user's own choice once it differs from what the addresses suggested", () => {
    // Chose extern for a colleague's address by hand: a further address does not overrule it.
    expect(relationAfterEmailChange({ relation: 'external', emails: ['anna@firma.de'] }, ['anna@firma.de', 'anna@gmail.com'], own)).toBe('external');
    expect(relationAfterEmailChange({ relation: 'internal', emails: ['kunde@kunde.example'] }, ['neu@kunde.example'], own)).toBe('internal');
  });

  it('without own domains, makes any address extern', () => {
    expect(relationAfterEmailChange(emptyContactForm(), ['anna@firma.de'], [])).toBe('external');
  });
});
