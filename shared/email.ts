// E-mail addresses as Plausch takes and links them. An address is checked when it is entered, imported or restored;
// a mail link is built from the parsed address alone, so that nothing after it (`?cc=…&attach=/etc/passwd`) can
// ride along into the mail program.
import { z } from 'zod';

/**
 * RFC 5322's dot-atom with letters of any script (RFC 6531), less `?`: what address books hold, and no start of a
 * query in a `mailto:` link.
 */
const LOCAL_PART = /^[\p{L}\p{N}!#$%&'*+/=^_`{|}~-]+(?:\.[\p{L}\p{N}!#$%&'*+/=^_`{|}~-]+)*$/u;
/** Host names of two labels or more, umlauts allowed (`müller.de`); the last one starts with a letter. */
const DOMAIN = /^(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+\p{L}(?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;
const MAX_LOCAL_PART = 64;
const MAX_ADDRESS = 254;

export interface EmailAddress {
  localPart: string;
  domain: string;
}

/** The parts of `text` when it is one plain e-mail address (surrounding spaces aside), else `undefined`. */
export function parseEmail(text: string): EmailAddress | undefined {
  const address = text.trim();
  const at = address.lastIndexOf('@');
  const localPart = address.slice(0, at);
  const domain = address.slice(at + 1);
  if (at < 1 || address.length > MAX_ADDRESS || localPart.length > MAX_LOCAL_PART) return undefined;
  return LOCAL_PART.test(localPart) && DOMAIN.test(domain) ? { localPart, domain } : undefined;
}

export const emailSchema = z
  .string()
  .trim()
  .max(MAX_ADDRESS)
  .refine((value) => parseEmail(value) !== undefined, 'email');

/** `mailto:` and the address, each part percent-encoded; `undefined` for text that is no address. */
export function mailtoLink(text: string): string | undefined {
  const address = parseEmail(text);
  return address && `mailto:${encodeURIComponent(address.localPart)}@${encodeURIComponent(address.domain)}`;
}
