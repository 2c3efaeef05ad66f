// Property-based fuzzing of every contract channel through the real router, the real services and a real store in
// a temporary folder. The payloads come from the contract's own schemas (tests/fuzz/contract-arbitraries.ts), and
// the cases below are made per channel of the contract, so a new channel is fuzzed as soon as it is declared.
import { rm } from 'node:fs/promises';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { channelNames, contract, type ChannelName } from '../../../../shared/contract';
import { accepts, callArbitrary, nearMisses, resolveTemplate, validTemplate, type FuzzCall } from '../../../fuzz/contract-arbitraries';
import { fuzzParameters, fuzzRunDescription } from '../../../fuzz/fuzz-settings';
import { createSeedJournal, RouterSession, type SeedJournal } from '../../../fuzz/router-session';

// The services draw ids and undo tokens from randomUUID; counted instead, a seed replays a session exactly.
const ids = vi.hoisted(() => ({ next: 0 }));
vi.mock('node:crypto', async (importOriginal) => {
  const crypto = await importOriginal<typeof import('node:crypto')>();
  const randomUUID = () => `00000000-0000-4000-8000-${(ids.next++).toString(16).padStart(12, '0')}` as const;
  return { ...crypto, default: { ...crypto, randomUUID }, randomUUID };
});

const onlyValid = { valid: 1, nearValid: 0, hostile: 0 };
const anyValidCall = fc.constantFrom(...channelNames).chain((channel) => callArbitrary(channel, contract[channel].input, onlyValid));

/**
 * A session aimed at one channel: valid calls anywhere in the contract build up a journal, then the channel gets a
 * valid, a near-valid and a hostile call, and a few more of any kind.
 */
function sessionAt(channel: ChannelName): fc.Arbitrary<FuzzCall[]> {
  const { input } = contract[channel];
  const call = (flavour: 'valid' | 'nearValid' | 'hostile') => callArbitrary(channel, input, { valid: 0, nearValid: 0, hostile: 0, [flavour]: 1 });
  return fc
    .tuple(fc.array(anyValidCall, { maxLength: 4 }), call('valid'), call('nearValid'), call('hostile'), fc.array(callArbitrary(channel, input), { maxLength: 3 }))
    .map(([warmUp, valid, nearValid, hostile, more]) => [...warmUp, valid, nearValid, hostile, ...more]);
}

/** Answers per channel and flavour, printed at the end to show how deep the calls reached, and the calls made. */
const outcomes = new Map<string, Map<string, number>>();
let callsMade = 0;

let seed: SeedJournal | undefined;
beforeAll(async () => {
  console.log(fuzzRunDescription());
  seed = await createSeedJournal(ids);
}, 0);
afterAll(async () => {
  if (seed) await rm(seed.dir, { recursive: true, force: true });
  const lines = [...outcomes].map(([channel, counts]) => `  ${channel}: ${[...counts].sort(([a], [b]) => a.localeCompare(b)).map(([outcome, count]) => `${outcome} ${count}`).join(', ')}`);
  console.log(`[fuzz] ${callsMade} calls; what each channel answered when it was the one fuzzed:\n${lines.join('\n')}`);
});

// No time limits anywhere: the verdict must not depend on how busy the machine is.
describe('router fuzzing over the contract', () => {
  it('derives from each channel’s schema payloads the contract accepts', () => {
    const anyValid = fc.constantFrom(...channelNames).chain((channel) => validTemplate(contract[channel].input).map((template) => ({ channel, template })));
    fc.assert(
      fc.property(anyValid, ({ channel, template }) => accepts(contract[channel].input, resolveTemplate(template, undefined))),
      fuzzParameters(2_000),
    );
  }, 0);

  it('misses by one step with the near-valid values written by hand', () => {
    for (const [schema, misses] of nearMisses) for (const miss of misses) expect(accepts(schema, miss), miss).toBe(false);
  });

  it('fuzzes every channel the router handles', async () => {
    const session = await RouterSession.open(seed!, ids);
    try {
      expect([...session.routerChannels()].sort()).toEqual([...channelNames].sort());
    } finally {
      await session.dispose();
    }
  }, 0);

  it.each(channelNames)(
    '%s: answers with an envelope, never internal, names what it refuses, changes nothing then, and keeps what it accepts across a reopen',
    async (channel) => {
      const counts = new Map<string, number>();
      outcomes.set(channel, counts);
      await fc.assert(
        fc.asyncProperty(sessionAt(channel), async (calls) => {
          const session = await RouterSession.open(seed!, ids);
          try {
            for (const call of calls) {
              const { outcome } = await session.call(call);
              callsMade += 1;
              const key = `${call.flavour} ${outcome}`;
              if (call.channel === channel) counts.set(key, (counts.get(key) ?? 0) + 1);
            }
            await session.reopenAndCompare();
          } finally {
            await session.dispose();
          }
        }),
        fuzzParameters(5),
      );
    },
    0,
  );
});
