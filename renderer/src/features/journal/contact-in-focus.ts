// Which person "log an encounter" is about when it is asked for without one (the shortcut, the top bar's button):
// the contact whose row has the keyboard focus, else the contact whose page is open. The dialog then starts with
// that person and the cursor in the note, so a focused contact is logged in a few keys.
import { createContext, useContext, useEffect, type MutableRefObject } from 'react';

/** Set on an element (a list row) that stands for one contact: with focus inside it, that contact is preset. */
export const contactIdAttribute = 'data-contact-id';

/** The contact of the focused element or of its nearest ancestor that carries `contactIdAttribute`. */
export function focusedContactId(): string | undefined {
  const active = document.activeElement;
  if (!(active instanceof Element)) return undefined;
  return active.closest(`[${contactIdAttribute}]`)?.getAttribute(contactIdAttribute) || undefined;
}

/** Held by the dialog's provider: the contact whose page is open, if any. */
export const ContactInViewContext = createContext<MutableRefObject<string | undefined> | null>(null);

/**
 * Tells the encounter dialog that this contact's page is open. A no-op outside the dialog's provider, so a page
 * rendered alone (in a test) needs nothing more.
 */
export function useContactInView(contactId: string): void {
  const contactInViewRef = useContext(ContactInViewContext);
  useEffect(() => {
    if (!contactInViewRef) return;
    contactInViewRef.current = contactId;
    return () => {
      if (contactInViewRef.current === contactId) contactInViewRef.current = undefined;
    };
  }, [contactInViewRef, contactId]);
}
