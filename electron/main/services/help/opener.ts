// The first sentence for asking someone a favour: what the coach would open a conversation with this person with.
// Something personal the journal knows comes first (being remembered makes a request easier to grant); otherwise a
// neutral, depth-1 opener of the setting one usually meets the person in. The choice among those is fixed for the
// person and the day, so the opener does not change under the user's hands when she asks twice.
import type { PromptSetting } from '../../../../shared/content';
import type { AddressForm, Contact, Interaction, Language } from '../../../../shared/model';
import { knownFactsOf } from '../coach/known-facts';
import { contentPrompts, maxDepthFor, personalPrompts } from '../coach/prompts';

/** Where one usually reaches the person: another assistant on a call about the bosses, external people on a call, colleagues in the kitchen. */
export function askingSetting(contact: Pick<Contact, 'role' | 'relation'>): PromptSetting {
  if (/assist/i.test(contact.role)) return 'assistantCall';
  return contact.relation === 'external' ? 'callStart' : 'coffeeKitchen';
}

/** A small, stable number from the text (FNV-1a), to pick among equal openers the same way all day. */
export function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

export function openerFor(
  contact: Contact,
  timeline: readonly Interaction[],
  { language, form, today }: { language: Language; form: AddressForm; today: string },
): string {
  const maxDepth = maxDepthFor(contact, timeline);
  const facts = knownFactsOf(contact, timeline, today);
  const personal = personalPrompts(contact, today, language, form, facts).find((prompt) => prompt.depth <= maxDepth);
  if (personal) return personal.text;
  const neutral = contentPrompts(askingSetting(contact), language, { depth: 1, maxDepth, form });
  const fallback = neutral.length > 0 ? neutral : contentPrompts('coffeeKitchen', language, { depth: 1, maxDepth, form });
  return fallback[stableHash(`${contact.id}|${today}`) % fallback.length]?.text ?? '';
}
