// The contact list's overview (last contact, status, next occasion per contact), keyed so that a change to contacts,
// encounters or the cadences in settings refetches it.
import { useQuery } from '@tanstack/react-query';
import type { ContactOverview } from '../../../../shared/views';
import { api } from '../../api';
import { derivedQueryKeys } from '../../app/query';

function byContactId(entries: ContactOverview[]): ReadonlyMap<string, ContactOverview> {
  return new Map(entries.map((entry) => [entry.contactId, entry]));
}

export function useContactOverview(includeArchived: boolean) {
  return useQuery({
    queryKey: [...derivedQueryKeys.contactOverview, { includeArchived }],
    queryFn: () => api().contacts.overview({ includeArchived }),
    select: byContactId,
  });
}
