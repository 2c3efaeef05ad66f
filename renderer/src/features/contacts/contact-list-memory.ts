// The contact list as the user left it: open a contact from a filtered, sorted list and come back to the same list,
// not to an unfiltered one sorted by name. Kept for as long as the window is open, as Outlook keeps a folder's view.
import { useEffect, useState } from 'react';
import { noFilters, type ContactListFilters, type ContactListSort } from './contact-list-order';

let remembered: { filters: ContactListFilters; sort: ContactListSort; includeArchived: boolean } = {
  filters: noFilters,
  sort: 'name',
  includeArchived: false,
};

function useRemembered<K extends keyof typeof remembered>(key: K) {
  const [value, setValue] = useState(remembered[key]);
  useEffect(() => {
    remembered = { ...remembered, [key]: value };
  }, [key, value]);
  return [value, setValue] as const;
}

export const useRememberedFilters = () => useRemembered('filters');
export const useRememberedSort = () => useRemembered('sort');
export const useRememberedIncludeArchived = () => useRemembered('includeArchived');

/** Back to the first view, for tests that each start with a fresh window. */
export function forgetContactListView(): void {
  remembered = { filters: noFilters, sort: 'name', includeArchived: false };
}
