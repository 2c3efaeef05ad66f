// The network page's figures asked for as soon as the page is opened, while its code (the charts among it) is still
// loading, rather than only once the code has arrived. Kept apart from the page so that it is in the first bundle.
import type { NetworkMap } from '../../../../shared/network-map-contract';
import { api } from '../../api';

let early: Promise<NetworkMap | null> | undefined;

/** A failure is an answer (`null`) rather than a throw: no error boundary stands above the pages. */
function readNetworkMap(): Promise<NetworkMap | null> {
  return api().networkMap.get().catch(() => null);
}

export function startNetworkMapRead(): void {
  early ??= readNetworkMap();
}

/** The read started early, once; every later read asks afresh. */
export function networkMapRead(): Promise<NetworkMap | null> {
  const read = early ?? readNetworkMap();
  early = undefined;
  return read;
}
