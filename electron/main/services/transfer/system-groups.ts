// Groups an address book keeps for itself, which are not the user's tags: Google's "My Contacts" and "Starred". Google's
// CSV writes them as `* myContacts`, `* starred` (any name after `* ` is one of Google's own), its vCards as bare
// `myContacts` and `starred`.
const BARE = new Set(['mycontacts', 'my contacts', 'starred']);

export function isSystemGroup(name: string): boolean {
  const trimmed = name.trim();
  return trimmed.startsWith('* ') || BARE.has(trimmed.toLowerCase());
}
