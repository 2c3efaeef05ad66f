import { describe, expect, it } from 'vitest';
import { emailSchema, mailtoLink } from '../../../shared/email';

describe('e-mail addresses', () => {
  it.each(['anna@example.de', 'Juergen.Mueller@stadtwerke.example', 'o\'brien+news@mail.example.co.uk', 'jörg@müller.de', 'x@xn--p1ai.xn--p1ai'])('takes %s', (address) => {
    expect(emailSchema.safeParse(address).success).toBe(true);
  });

  it.each([
    'eve@x.test?cc=boss@x.test&attach=/etc/passwd',
    'eve@x.test&attach=/etc/passwd',
    'eve@x.test#top',
    'eve@x.test, boss@x.test',
    'eve@@x.test',
    'eve',
    '@x.test',
    'eve@localhost',
    'eve@-x.test',
    'eve..x@x.test',
    '"eve x"@x.test',
    'eve@x.test\r\nBcc: boss@x.test',
    '/o=ExchangeLabs/ou=Exchange Administrative Group/cn=Recipients/cn=eve',
    `${'e'.repeat(65)}@x.test`,
  ])('refuses %j', (address) => {
    expect(emailSchema.safeParse(address).success).toBe(false);
  });

  it('builds a mail link from the parsed address only, never with a query', () => {
    expect(mailtoLink('anna@example.de')).toBe('mailto:anna@example.de');
    expect(mailtoLink(' anna@example.de ')).toBe('mailto:anna@example.de');
    expect(mailtoLink("o'brien+news@mail.example")).toBe("mailto:o'brien%2Bnews@mail.example");
    expect(mailtoLink('eve@x.test?cc=boss@x.test&attach=/etc/passwd')).toBeUndefined();
    expect(mailtoLink('not an address')).toBeUndefined();
  });
});
