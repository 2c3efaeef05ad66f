// PLACEHOLDER owned by the contacts/journal engineer: replace with the real page, dialog provider and hook.
import type { ReactNode } from 'react';
export function JournalPage() { return null; }
export function InteractionDialogProvider({ children }: { children: ReactNode }) { return children; }
export function useInteractionDialog(): { open(options?: { contactIds?: string[]; interactionId?: string }): void } {
  return { open() {} };
}
