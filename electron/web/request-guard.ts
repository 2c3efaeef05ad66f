// Who may talk to the browser shell. It serves someone's private journal on the loopback interface, where any local
// program and any web page the user visits can send it requests, so every request must prove three things: it is
// addressed to us by our own name (`Host`, against DNS rebinding), it comes from our own page (`Origin` and
// `Sec-Fetch-Site`, against cross-site requests), and it holds this start's session (the cookie, and for the API the
// custom header a cross-site page cannot send without a CORS preflight, which we never answer).
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/** The header every API call carries; its value is fixed, its presence is the proof. */
export const apiHeader = 'x-plausch';

export interface SessionKeys {
  /** Carried once by the address the shell prints and opens; exchanged for the cookie. */
  secret: string;
  /** The cookie's value: a second random value, so the cookie never repeats what was in an address bar. */
  session: string;
  cookieName: string;
}

/** Fresh keys for one start. Cookies are kept per host, not per port, so the name carries the port. */
export function createSessionKeys(port: number): SessionKeys {
  return {
    secret: randomBytes(32).toString('base64url'),
    session: randomBytes(32).toString('base64url'),
    cookieName: `plausch-${port}`,
  };
}

/** Compares in constant time, so the answer's timing tells nothing about how much of a guess was right. */
export function sameSecret(given: string | undefined | null, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return undefined;
}

export function sessionCookie(keys: SessionKeys): string {
  return `${keys.cookieName}=${keys.session}; HttpOnly; SameSite=Strict; Path=/`;
}

export type Refusal = 'foreignHost' | 'foreignOrigin' | 'noSession' | 'noApiHeader';

export interface GuardContext {
  /** `127.0.0.1:PORT`: the only name the shell answers to. */
  host: string;
  keys: SessionKeys;
}

/** Host and origin: whether the request is addressed to us and made by our own page (or typed in by the user). */
export function checkAddressing(headers: IncomingHttpHeaders, context: GuardContext): Refusal | undefined {
  if (headers.host !== context.host) return 'foreignHost';
  const origin = headers.origin;
  if (origin !== undefined && origin !== `http://${context.host}`) return 'foreignOrigin';
  const site = headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return 'foreignOrigin';
  return undefined;
}

export function hasSession(headers: IncomingHttpHeaders, keys: SessionKeys): boolean {
  return sameSecret(cookieValue(headers.cookie, keys.cookieName), keys.session);
}

/** An API call: addressed to us, from our page, with the session cookie and the custom header. */
export function checkApiCall(headers: IncomingHttpHeaders, context: GuardContext): Refusal | undefined {
  const addressing = checkAddressing(headers, context);
  if (addressing) return addressing;
  if (!hasSession(headers, context.keys)) return 'noSession';
  if (headers[apiHeader] !== '1') return 'noApiHeader';
  return undefined;
}
