// Which form of address ("Sie" or "du") the coach's German texts use for a person: the person's own, else the
// default from Settings, else the formal one, which is never wrong at work.
import type { AddressForm, Contact, Settings } from './model';

export function addressFormFor(contact: Pick<Contact, 'addressForm'> | undefined, settings: Pick<Settings, 'addressForm'>): AddressForm {
  return contact?.addressForm ?? settings.addressForm ?? 'sie';
}
