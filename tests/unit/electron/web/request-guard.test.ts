// Who may talk to the browser shell, decided from the headers alone: Host, Origin, Sec-Fetch-Site, the session
// cookie and the API header.
import type { IncomingHttpHeaders } from 'node:http';
import { describe, expect, it } from 'vitest';
import {
  apiHeader,
  checkAddressing,
  checkApiCall,
  cookieValue,
  createSessionKeys,
  hasSession,
  sameSecret,
  sessionCookie,
  type GuardContext,
} from '../../../../electron/web/request-guard';

const port = 41234;
const keys = createSessionKeys(port);
const context: GuardContext = { host: `127.0.0.1:${port}`, keys };
const cookie = `${keys.cookieName}=${keys.session}`;
const ours = { host: context.host };
const apiCall = { ...ours, cookie, [apiHeader]: '1' } satisfies IncomingHttpHeaders;

describe('session keys', () => {
  it('are fresh random values for each start, named after the port', () => {
    const other = createSessionKeys(port);
    expect(keys.cookieName).toBe('plausch-41234');
    expect(keys.secret).toMatch(/^[\w-]{43}$/);
    expect(keys.session).toMatch(/^[\w-]{43}$/);
    expect(keys.session).not.toBe(keys.secret);
    expect(other.secret).not.toBe(keys.secret);
    expect(other.session).not.toBe(keys.session);
  });

  it('give a cookie that scripts cannot read and other sites cannot send', () => {
    expect(sessionCookie(keys)).toBe(`plausch-41234=${keys.session}; HttpOnly; SameSite=Strict; Path=/`);
  });
});

describe('sameSecret', () => {
  it('accepts only the exact secret', () => {
    expect(sameSecret(keys.secret, keys.secret)).toBe(true);
    expect(sameSecret(`${keys.secret}x`, keys.secret)).toBe(false);
    expect(sameSecret(keys.secret.slice(1), keys.secret)).toBe(false);
    expect(sameSecret(`${keys.secret.slice(0, -1)}${keys.secret.endsWith('A') ? 'B' : 'A'}`, keys.secret)).toBe(false);
    expect(sameSecret('', keys.secret)).toBe(false);
    expect(sameSecret(undefined, keys.secret)).toBe(false);
    expect(sameSecret(null, keys.secret)).toBe(false);
  });
});

describe('cookieValue', () => {
  it('finds the named cookie among others, with or without spaces', () => {
    expect(cookieValue('a=1; plausch-41234=abc; b=2', 'plausch-41234')).toBe('abc');
    expect(cookieValue('plausch-41234=abc;b=2', 'plausch-41234')).toBe('abc');
    expect(cookieValue('  plausch-41234 = abc ', 'plausch-41234')).toBe('abc');
  });

  it('does not take a cookie of another port or one whose name merely contains ours', () => {
    expect(cookieValue('plausch-41235=abc', 'plausch-41234')).toBeUndefined();
    expect(cookieValue('xplausch-41234=abc', 'plausch-41234')).toBeUndefined();
    expect(cookieValue('=plausch-41234', 'plausch-41234')).toBeUndefined();
    expect(cookieValue(undefined, 'plausch-41234')).toBeUndefined();
    expect(cookieValue('', 'plausch-41234')).toBeUndefined();
  });
});

describe('checkAddressing', () => {
  it('lets through a request addressed to 127.0.0.1 and our port, typed in or from our page', () => {
    expect(checkAddressing(ours, context)).toBeUndefined();
    expect(checkAddressing({ ...ours, origin: `http://${context.host}` }, context)).toBeUndefined();
    expect(checkAddressing({ ...ours, 'sec-fetch-site': 'same-origin' }, context)).toBeUndefined();
    expect(checkAddressing({ ...ours, 'sec-fetch-site': 'none' }, context)).toBeUndefined();
  });

  it.each([
    ['no Host at all', undefined],
    ['another name for the same machine', `localhost:${port}`],
    ['a rebound DNS name', `evil.example:${port}`],
    ['another port', `127.0.0.1:${port + 1}`],
    ['no port', '127.0.0.1'],
    ['the IPv6 loopback', `[::1]:${port}`],
  ])('refuses %s as a foreign host', (_case, host) => {
    expect(checkAddressing({ host }, context)).toBe('foreignHost');
    // The host decides first: a right origin does not make up for it.
    expect(checkAddressing({ host, origin: `http://${context.host}`, cookie }, context)).toBe('foreignHost');
  });

  it.each([
    ['another site', 'http://evil.example'],
    ['our port under another name', `http://localhost:${port}`],
    ['https on our address', `https://${context.host}`],
    ['a sandboxed frame or file page', 'null'],
    ['our address with a trailing slash', `http://${context.host}/`],
    ['an empty origin', ''],
  ])('refuses an Origin of %s', (_case, origin) => {
    expect(checkAddressing({ ...ours, origin }, context)).toBe('foreignOrigin');
  });

  it.each(['cross-site', 'same-site', 'unknown'])('refuses Sec-Fetch-Site: %s', (site) => {
    expect(checkAddressing({ ...ours, 'sec-fetch-site': site }, context)).toBe('foreignOrigin');
    expect(checkAddressing({ ...ours, origin: `http://${context.host}`, 'sec-fetch-site': site }, context)).toBe('foreignOrigin');
  });
});

describe('hasSession', () => {
  it('holds only with this start’s session value under this port’s name', () => {
    expect(hasSession({ cookie }, keys)).toBe(true);
    expect(hasSession({ cookie: `${keys.cookieName}=${keys.secret}` }, keys)).toBe(false);
    expect(hasSession({ cookie: `${keys.cookieName}=${createSessionKeys(port).session}` }, keys)).toBe(false);
    expect(hasSession({ cookie: `plausch-1=${keys.session}` }, keys)).toBe(false);
    expect(hasSession({}, keys)).toBe(false);
  });
});

describe('checkApiCall', () => {
  it('lets through our page’s call with cookie and header', () => {
    expect(checkApiCall(apiCall, context)).toBeUndefined();
    expect(checkApiCall({ ...apiCall, origin: `http://${context.host}`, 'sec-fetch-site': 'same-origin' }, context)).toBeUndefined();
  });

  it('refuses, in order, a foreign host, a foreign origin, no session, no header', () => {
    expect(checkApiCall({ ...apiCall, host: `localhost:${port}` }, context)).toBe('foreignHost');
    expect(checkApiCall({ ...apiCall, origin: 'http://evil.example' }, context)).toBe('foreignOrigin');
    expect(checkApiCall({ ...apiCall, 'sec-fetch-site': 'cross-site' }, context)).toBe('foreignOrigin');
    expect(checkApiCall({ ...apiCall, cookie: undefined }, context)).toBe('noSession');
    expect(checkApiCall({ ...apiCall, cookie: undefined, [apiHeader]: undefined }, context)).toBe('noSession');
    expect(checkApiCall({ ...apiCall, [apiHeader]: undefined }, context)).toBe('noApiHeader');
    expect(checkApiCall({ ...apiCall, [apiHeader]: 'true' }, context)).toBe('noApiHeader');
    expect(checkApiCall({ ...apiCall, [apiHeader]: '' }, context)).toBe('noApiHeader');
  });
});
