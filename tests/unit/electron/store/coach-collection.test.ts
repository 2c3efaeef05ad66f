import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { challengeAttemptSchema, coachProfileSchema, type CoachRecord } from '../../../../shared/model';
import { contact, open, openAndCrash, stamp, tempDir } from './helpers';

function attempt(id: string): CoachRecord {
  return challengeAttemptSchema.parse({
    kind: 'attempt',
    id,
    challengeId: 'challenge-lift-friendly-line',
    level: 1,
    startedOn: '2025-03-14',
    expectedDiscomfort: 6,
    status: 'started',
    createdAt: stamp,
  });
}

describe('the coach collection', () => {
  it('opens a data file written before the coach existed, with no coach records', async () => {
    const dir = await tempDir();
    const doc = { schemaVersion: 2, contacts: [contact('c1')], interactions: [], settings: {}, walSeq: 0 };
    await writeFile(join(dir, 'plausch.json'), JSON.stringify(doc));
    const store = await open(dir);
    // Version 2 is upgraded to the year-file layout of version 3; the coach records are not what changed.
    expect(store.notices).toEqual([expect.objectContaining({ kind: 'migrated', fromVersion: 2, toVersion: 3 })]);
    expect(store.contacts.has('c1')).toBe(true);
    expect(store.coach.size).toBe(0);
  });

  it('keeps coach records through the log after a crash and through the snapshot after a close', async () => {
    const dir = await tempDir();
    const profile = coachProfileSchema.parse({ kind: 'profile', id: 'profile', level: 2, period: 'week' });
    await openAndCrash(dir, async (store) => {
      await store.commit([
        { op: 'put', collection: 'coach', value: attempt('a1') },
        { op: 'put', collection: 'coach', value: attempt('a2') },
      ]);
      await store.commit([
        { op: 'put', collection: 'coach', value: profile },
        { op: 'delete', collection: 'coach', id: 'a2' },
      ]);
    });
    const replayed = await open(dir);
    expect([...replayed.coach.keys()].sort()).toEqual(['a1', 'profile']);
    expect(replayed.coach.get('profile')).toEqual(profile);
    await replayed.close();

    const snapshot = JSON.parse(await readFile(join(dir, 'plausch.json'), 'utf8')) as { coach: CoachRecord[] };
    expect(snapshot.coach.map((record) => record.id).sort()).toEqual(['a1', 'profile']);
  });

  it('refuses a coach record that does not validate and changes nothing', async () => {
    const store = await open(await tempDir());
    const bad = { ...attempt('a1'), expectedDiscomfort: 11 } as CoachRecord;
    await expect(store.commit([{ op: 'put', collection: 'coach', value: bad }])).rejects.toMatchObject({ code: 'invalidInput' });
    expect(store.coach.size).toBe(0);
  });
});
