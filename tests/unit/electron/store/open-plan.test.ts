// The open decision as a table: what is on disk goes in, the plan comes out. Every combination of the main file, the
// history folder, the log, the backups and the user's consent is planned, and each plan is checked against what it
// must do for that combination; the rows below then pin the plans that matter most, field by field.
import { describe, expect, it } from 'vitest';
import { planOpen, type BackupFact, type MainFact, type OpenFacts, type OpenPlan } from '../../../../electron/main/store/open-plan';

const dateOf = (file: string) => /(\d{4}-\d{2}-\d{2})/.exec(file)?.[1];

const sound = (file: string, seq: number, logReplays = true): BackupFact => ({ file, state: 'sound', seq, logReplays });
const damaged = (file: string, seq: number): BackupFact => ({ file, state: 'damaged', seq });
const unreadable = (file: string): BackupFact => ({ file, state: 'unreadable', ...(dateOf(file) ? { date: dateOf(file) } : {}) });
const notChecked = (file: string, seq: number): BackupFact => ({ file, state: 'notChecked', seq });

const mains: Record<string, MainFact> = {
  missing: { state: 'missing' },
  newer: { state: 'newer' },
  damaged: { state: 'damaged' },
  sound: { state: 'sound', migrated: false, logReplays: true },
  'sound, log stops': { state: 'sound', migrated: false, logReplays: false },
  'sound, old version': { state: 'sound', migrated: true, logReplays: true },
};

const backupSets: Record<string, BackupFact[]> = {
  none: [],
  'all sound': [sound('daily-2025-03-10.json', 3), sound('daily-2025-03-12.json', 9), notChecked('daily-2025-03-01.json', 1)],
  'newest sound, log stops on it': [sound('daily-2025-03-12.json', 9, false)],
  'newest by content damaged': [damaged('daily-2025-03-13.json', 17), sound('daily-2025-03-12.json', 13)],
  'an older one damaged': [sound('daily-2025-03-12.json', 13), damaged('daily-2025-03-01.json', 2)],
  'unreadable, dated later': [unreadable('daily-2025-03-13.json'), sound('daily-2025-03-12.json', 13)],
  'unreadable, dated earlier': [unreadable('daily-2025-03-01.json'), sound('daily-2025-03-12.json', 13)],
  'unreadable, no date': [unreadable('copy.json'), sound('daily-2025-03-12.json', 13)],
  'none reads': [unreadable('daily-2025-03-13.json'), damaged('daily-2025-03-12.json', 4)],
};

type Row = { facts: OpenFacts; label: string };

function everyCombination(): Row[] {
  const rows: Row[] = [];
  for (const [mainName, main] of Object.entries(mains)) {
    for (const history of ['absent', 'present'] as const) {
      for (const log of ['absent', 'sound', 'damaged'] as const) {
        for (const logReplaysOntoEmpty of [true, false]) {
          for (const olderBackupAllowed of [false, true]) {
            for (const [backupName, backups] of [['not assessed', undefined] as const, ...Object.entries(backupSets)]) {
              rows.push({
                facts: { main, history, log, logReplaysOntoEmpty, olderBackupAllowed, ...(backups ? { backups } : {}) },
                label: `main ${mainName}, history ${history}, log ${log}${logReplaysOntoEmpty ? '' : ' (stops on empty)'}, backups ${backupName}${olderBackupAllowed ? ', consent' : ''}`,
              });
            }
          }
        }
      }
    }
  }
  return rows;
}

/** The newest sound backup by content, as recovery must choose it. */
function fullestSound(backups: readonly BackupFact[]) {
  return backups.filter((backup) => backup.state === 'sound').sort((a, b) => b.seq - a.seq || b.file.localeCompare(a.file))[0];
}

/** Whether a backup that does not read may have held more than the fullest sound one. */
function mayHoldMore(backups: readonly BackupFact[]): boolean {
  const chosen = fullestSound(backups);
  return backups.some((backup) => {
    if (backup.state === 'sound' || backup.state === 'notChecked') return false;
    if (!chosen) return true;
    if (backup.state === 'damaged') return backup.seq > chosen.seq;
    return backup.date === undefined || backup.date >= (dateOf(chosen.file) ?? '');
  });
}

/** What the plan for `facts` must be, derived from the rules rather than from the planner. */
function expectedKind({ main, backups, olderBackupAllowed }: OpenFacts): OpenPlan['kind'] {
  if (main.state === 'newer') return 'refuse';
  if (main.state !== 'damaged') return 'open';
  if (backups === undefined) return 'assessBackups';
  return mayHoldMore(backups) && !olderBackupAllowed ? 'ask' : 'open';
}

describe('planOpen over every combination', () => {
  const rows = everyCombination();

  it(`plans ${rows.length} combinations by the rules`, () => {
    let checked = 0;
    for (const { facts, label } of rows) {
      const plan = planOpen(facts, dateOf);
      expect(plan.kind, label).toBe(expectedKind(facts));
      if (plan.kind === 'ask') {
        // Nothing is set aside or written before the user has answered; the question names what would be restored.
        expect(plan.restore, label).toBe(fullestSound(facts.backups ?? [])?.file);
        expect(plan.unreadable.length, label).toBeGreaterThan(0);
      }
      if (plan.kind !== 'open') continue;
      checked += 1;
      const damagedMain = facts.main.state === 'damaged';
      // The damaged main file is always moved aside, never overwritten; a sound one never is.
      expect(plan.setAside.main, label).toBe(damagedMain);
      // Year files are set aside whenever the main file they belong to is not the source.
      expect(plan.setAside.history, label).toBe(facts.history === 'present' && facts.main.state !== 'sound');
      // A damaged log is always set aside, after its readable part is saved in a fresh snapshot.
      if (facts.log === 'damaged') expect(plan.setLogAside, label).toBe(true);
      if (plan.setLogAside || plan.setAside.main || plan.setAside.history) expect(plan.writeSnapshotNow, label).toBe(true);
      if (damagedMain) {
        const chosen = fullestSound(facts.backups ?? []);
        expect(plan.source, label).toEqual(chosen ? { from: 'backup', file: chosen.file } : { from: 'empty' });
        expect(plan.notice, label).toBe(chosen ? 'restoredFromBackup' : 'startedEmptyAfterDamage');
      } else {
        expect(plan.source, label).toEqual({ from: facts.main.state === 'sound' ? 'main' : 'empty' });
        expect(plan.migrationBackup, label).toBe(facts.main.state === 'sound' && facts.main.migrated);
      }
    }
    expect(checked).toBeGreaterThan(rows.length / 2);
  });
});

describe('planOpen, the plans that matter most', () => {
  const base: OpenFacts = { main: mains.sound!, history: 'present', log: 'sound', logReplaysOntoEmpty: true, olderBackupAllowed: false };
  const table: [string, Partial<OpenFacts>, OpenPlan][] = [
    [
      'a sound journal opens from its main file and writes nothing now',
      {},
      { kind: 'open', source: { from: 'main' }, setAside: { main: false, history: false }, setLogAside: false, writeSnapshotNow: false, migrationBackup: false },
    ],
    [
      'a damaged log: the intact entries are replayed, saved, and the log is set aside',
      { log: 'damaged' },
      { kind: 'open', source: { from: 'main' }, setAside: { main: false, history: false }, setLogAside: true, writeSnapshotNow: true, migrationBackup: false },
    ],
    [
      'an older version is upgraded after a backup of it',
      { main: mains['sound, old version']! },
      { kind: 'open', source: { from: 'main' }, setAside: { main: false, history: false }, setLogAside: false, writeSnapshotNow: true, migrationBackup: true, notice: 'migrated' },
    ],
    ['a newer version is refused', { main: mains.newer! }, { kind: 'refuse', reason: 'newerSchema' }],
    ['a damaged main file needs the backups looked at', { main: mains.damaged! }, { kind: 'assessBackups' }],
    [
      'a damaged main file with every backup sound: the fullest is restored without asking',
      { main: mains.damaged!, backups: backupSets['all sound']! },
      {
        kind: 'open',
        source: { from: 'backup', file: 'daily-2025-03-12.json' },
        setAside: { main: true, history: true },
        setLogAside: false,
        writeSnapshotNow: true,
        migrationBackup: false,
        notice: 'restoredFromBackup',
      },
    ],
    [
      'the fullest backup is damaged: ask before going back to the one before it',
      { main: mains.damaged!, backups: backupSets['newest by content damaged']! },
      { kind: 'ask', restore: 'daily-2025-03-12.json', unreadable: ['daily-2025-03-13.json'] },
    ],
    [
      'an unreadable backup dated before the one restored is no reason to ask',
      { main: mains.damaged!, history: 'absent', backups: backupSets['unreadable, dated earlier']! },
      {
        kind: 'open',
        source: { from: 'backup', file: 'daily-2025-03-12.json' },
        setAside: { main: true, history: false },
        setLogAside: false,
        writeSnapshotNow: true,
        migrationBackup: false,
        notice: 'restoredFromBackup',
      },
    ],
    [
      'no backup reads: ask before starting empty',
      { main: mains.damaged!, backups: backupSets['none reads']! },
      { kind: 'ask', unreadable: ['daily-2025-03-13.json', 'daily-2025-03-12.json'] },
    ],
    [
      'no backup reads and the user agreed: start empty, saying so',
      { main: mains.damaged!, backups: backupSets['none reads']!, olderBackupAllowed: true },
      {
        kind: 'open',
        source: { from: 'empty' },
        setAside: { main: true, history: true },
        setLogAside: false,
        writeSnapshotNow: true,
        migrationBackup: false,
        notice: 'startedEmptyAfterDamage',
      },
    ],
    [
      'no main file yet, with year files of an earlier one: start empty and keep those aside',
      { main: mains.missing!, log: 'absent' },
      { kind: 'open', source: { from: 'empty' }, setAside: { main: false, history: true }, setLogAside: false, writeSnapshotNow: true, migrationBackup: false },
    ],
    [
      'a log entry that does not validate on the restored backup: the log goes aside with it',
      { main: mains.damaged!, history: 'absent', backups: backupSets['newest sound, log stops on it']! },
      {
        kind: 'open',
        source: { from: 'backup', file: 'daily-2025-03-12.json' },
        setAside: { main: true, history: false },
        setLogAside: true,
        writeSnapshotNow: true,
        migrationBackup: false,
        notice: 'restoredFromBackup',
      },
    ],
  ];

  it.each(table)('%s', (_label, change, plan) => {
    expect(planOpen({ ...base, ...change }, dateOf)).toEqual(plan);
  });
});
