// Shared by the transfer tests: the fixture folder and the import service over an in-memory journal.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { servicesHarness } from '../../../../support/services-harness';
import type { MemoryStoreSeed } from '../../../../support/memory-store';

export const FIXTURES = join(__dirname, '../../../../fixtures/transfer');

export function fixture(name: string): Uint8Array {
  return readFileSync(join(FIXTURES, name));
}

export function transferHarness(seed: MemoryStoreSeed = {}) {
  const harness = servicesHarness(seed);
  return { ...harness, transfer: harness.services.transfer };
}
