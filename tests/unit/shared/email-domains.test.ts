import { describe, expect, it } from 'vitest';
import {
  domainOfEmail,
  normaliseDomain,
  ownDomainOf,
  ownDomainSchema,
  relationForEmails,
  suggestOwnDomain,
} from '../../../shared/email-domains';

const own = ['firma.de', 'firma-gruppe.com'];

describe('own e-mail domains', () => {
  it('reads a domain as the user types it: case, spaces, a leading @ or a whole address', () => {
    expect(normaliseDomain(' Firma.DE ')).toBe('firma.de');
    expect(normaliseDomain('@firma.de')).toBe('firma.de');
    expect(normaliseDomain('anna.schmidt@Firma.de')).toBe('firma.de');
    expect(normaliseDomain('müller-bau.de')).toBe('müller-bau.de');
  });

  it('refuses what is no domain', () => {
    for (const text of ['', 'firma', 'firma.', '.de', 'firma..de', 'fir ma.de', 'firma.de/x', '-firma.de', 'firma.123']) {
      expect(normaliseDomain(text), text).toBeUndefined();
    }
    expect(ownDomainSchema.safeParse('firma').success).toBe(false);
    expect(ownDomainSchema.parse(' Firma.De ')).toBe('firma.de');
  });

  it('counts subdomains to their own domain, but not look-alikes', () => {
    expect(ownDomainOf('mail.firma.de', own)).toBe('firma.de');
    expect(ownDomainOf('MAIL.Firma.DE', own)).toBe('firma.de');
    expect(ownDomainOf('firma.de', own)).toBe('firma.de');
    expect(ownDomainOf('nichtfirma.de', own)).toBeUndefined();
    expect(ownDomainOf('firma.de.example', own)).toBeUndefined();
  });

  it('makes a contact intern by any own address, extern by others only, and leaves it open without an address', () => {
    expect(relationForEmails(['Anna.Schmidt@FIRMA.de'], own)).toBe('internal');
    expect(relationForEmails(['anna@vertrieb.firma-gruppe.com'], own)).toBe('internal');
    expect(relationForEmails(['kunde@kunde.example'], own)).toBe('external');
    // A colleague who also gave a private address is still a colleague, whichever comes first.
    expect(relationForEmails(['anna@gmail.com', 'anna@firma.de'], own)).toBe('internal');
    expect(relationForEmails(['a@kunde.example', 'b@lieferant.example'], own)).toBe('external');
    expect(relationForEmails([], own)).toBeUndefined();
    expect(relationForEmails(['keine Adresse'], own)).toBeUndefined();
    expect(relationForEmails(['kunde@kunde.example'], [])).toBe('external');
  });

  it('reads the domain of an address in lower case', () => {
    expect(domainOfEmail('Max@Mail.Firma.DE')).toBe('mail.firma.de');
    expect(domainOfEmail('max')).toBeUndefined();
  });

  it('suggests the most frequent company domain, never a free-mail provider or a one-off', () => {
    const counts = (entries: [string, number][]) => new Map(entries);
    expect(suggestOwnDomain(counts([['gmail.com', 40], ['firma.de', 12], ['kunde.example', 3]]))).toBe('firma.de');
    expect(suggestOwnDomain(counts([['kunde.example', 1], ['web.de', 5]]))).toBeUndefined();
    expect(suggestOwnDomain(counts([['b-firma.de', 4], ['a-firma.de', 4]]))).toBe('a-firma.de');
    expect(suggestOwnDomain(new Map())).toBeUndefined();
  });
});
