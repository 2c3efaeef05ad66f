import { it } from 'vitest';
import { createMemoryStore } from '../../../support/memory-store';
import { createSearch } from '../../../../electron/main/services/search';
import { syntheticJournal, searchQueries } from '../../../bench/synthetic-journal';
import { keystrokesOf } from '../../../bench/bench-core';
import { performance } from 'node:perf_hooks';

it('probe', async () => {
  const j = syntheticJournal({ contacts: Number(process.env.C ?? 10000), interactions: Number(process.env.I ?? 100000) });
  const store = createMemoryStore({ contacts: j.contacts, interactions: j.interactions });
  let t = performance.now();
  const search = createSearch({ store });
  await search.whenReady();
  console.log('build', performance.now() - t);
  const ks = keystrokesOf(searchQueries(j));
  for (let r = 0; r < 2; r++) {
    const rows: [number, string, number][] = [];
    for (const k of ks) { t = performance.now(); const h = search.query({ text: k, limit: 20 }); rows.push([performance.now() - t, k + " " + JSON.stringify((globalThis as any).__t), h.length]); }
    if (r === 1) console.log(rows.sort((a, b) => b[0] - a[0]).slice(0, 25).map((r) => `${r[0].toFixed(1)} ${r[1]} ${r[2]}`).join('\n'));
  }
}, 600000);
