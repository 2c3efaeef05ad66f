// Finding and changing single interactions from any screen.
import type { QueryClient } from '@tanstack/react-query';
import type { Interaction } from '../../../../shared/model';
import type { ContactDetail, JournalPage } from '../../../../shared/views';
import { api, queryKeys } from '../../api';

export const journalKey = [...queryKeys.interactions, 'journal'] as const;

function isInteraction(value: unknown, id: string): value is Interaction {
  return typeof value === 'object' && value !== null && (value as Interaction).id === id && 'contactIds' in value;
}

/** Looks through what the screens have loaded already (journal pages, contact timelines) for one interaction. */
function findCached(queryClient: QueryClient, id: string): Interaction | undefined {
  for (const [, data] of queryClient.getQueriesData<unknown>({})) {
    const candidates: unknown[] = [];
    if (data && typeof data === 'object') {
      const pages = (data as { pages?: JournalPage[] }).pages;
      if (Array.isArray(pages)) for (const page of pages) candidates.push(...page.items);
      const timeline = (data as Partial<ContactDetail>).timeline;
      if (Array.isArray(timeline)) candidates.push(...timeline);
    }
    const found = candidates.find((candidate) => isInteraction(candidate, id));
    if (found) return found as Interaction;
  }
  return undefined;
}

/** The contract has no single-interaction read: take it from the cache, or page through the journal. */
export async function loadInteraction(queryClient: QueryClient, id: string): Promise<Interaction | undefined> {
  const cached = findCached(queryClient, id);
  if (cached) return cached;
  let cursor: string | undefined;
  do {
    const page = await api().interactions.list({ limit: 500, ...(cursor ? { cursor } : {}) });
    const found = page.items.find((item) => item.id === id);
    if (found) return found;
    cursor = page.nextCursor;
  } while (cursor);
  return undefined;
}
