// The renderer's only door to the main process: the `window.plausch` object the preload (or the end-to-end bridge)
// installs, built by the shared contract's createApi.
import type { PlauschApi } from '../../shared/contract';

declare global {
  interface Window {
    plausch: PlauschApi;
  }
}

export function api(): PlauschApi {
  return window.plausch;
}

/** TanStack Query keys, one per kind of data, so a `data:changed` event can refetch exactly what changed. */
export const queryKeys = {
  contacts: ['contacts'] as const,
  interactions: ['interactions'] as const,
  settings: ['settings'] as const,
  status: ['status'] as const,
};
