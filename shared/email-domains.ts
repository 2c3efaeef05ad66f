// The user's own e-mail domains and what they decide: a contact with an address at one of them is a colleague
// (intern), one with addresses elsewhere only is extern. Used by the contact form, the import and Settings alike.
import { z } from 'zod';
import { parseEmail } from './email';

export type Relation = 'internal' | 'external';

/** Most people in an address book who write from these are private addresses, not a company: never suggested as own. */
const FREE_MAIL_DOMAINS = new Set([
  'gmail.com',
  'googlemail.com',
  'web.de',
  'gmx.de',
  'gmx.net',
  'gmx.at',
  'gmx.ch',
  't-online.de',
  'outlook.com',
  'outlook.de',
  'hotmail.com',
  'hotmail.de',
  'live.com',
  'live.de',
  'yahoo.com',
  'yahoo.de',
  'icloud.com',
  'me.com',
  'aol.com',
  'freenet.de',
  'posteo.de',
  'mailbox.org',
  'proton.me',
  'protonmail.com',
]);

/** `firma.de` from what a user types (`@Firma.de `, `max@firma.de`); `undefined` when it is no domain. */
export function normaliseDomain(text: string): string | undefined {
  const trimmed = text.trim().toLowerCase();
  const domain = trimmed.includes('@') ? trimmed.slice(trimmed.lastIndexOf('@') + 1) : trimmed;
  // A domain is valid exactly when an address at it is: one rule for both, kept in email.ts.
  return domain && parseEmail(`x@${domain}`) ? domain : undefined;
}

export const ownDomainSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(253)
  .refine((value) => normaliseDomain(value) === value, 'domain');

/** The domain of an address in lower case, or `undefined` when the text is no address. */
export function domainOfEmail(email: string): string | undefined {
  return parseEmail(email)?.domain.toLowerCase();
}

/** The own domain `domain` belongs to: itself, or the parent of a subdomain (`mail.firma.de` → `firma.de`). */
export function ownDomainOf(domain: string, ownDomains: readonly string[]): string | undefined {
  const lower = domain.toLowerCase();
  return ownDomains.find((own) => lower === own || lower.endsWith(`.${own}`));
}

/**
 * Intern when any address is at an own domain (a colleague who also gave a private address is still a colleague),
 * extern when there are addresses and none is; `undefined` without a usable address, for the caller to decide.
 */
export function relationForEmails(emails: readonly string[], ownDomains: readonly string[]): Relation | undefined {
  const domains = emails.map(domainOfEmail).filter((domain): domain is string => domain !== undefined);
  if (domains.length === 0) return undefined;
  return domains.some((domain) => ownDomainOf(domain, ownDomains) !== undefined) ? 'internal' : 'external';
}

export function isFreeMailDomain(domain: string): boolean {
  return FREE_MAIL_DOMAINS.has(domain.toLowerCase());
}

/**
 * Without own domains set, the domain most people in an address book share is the user's company, as a rule: the
 * most frequent one that is no free-mail provider, if at least two people have it. Ties go to the alphabetically first.
 */
export function suggestOwnDomain(domainCounts: ReadonlyMap<string, number>): string | undefined {
  let best: [string, number] | undefined;
  for (const [domain, count] of domainCounts) {
    if (domain === '' || isFreeMailDomain(domain) || count < 2) continue;
    if (!best || count > best[1] || (count === best[1] && domain < best[0])) best = [domain, count];
  }
  return best?.[0];
}
