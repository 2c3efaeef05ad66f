// PLACEHOLDER owned by the contacts/journal engineer: replace with the real pages.
export function ContactsPage() { return null; }
export function ContactPage(_props: { id: string }) { return null; }
export function ContactFormPage(_props: { id?: string }) { return null; }
