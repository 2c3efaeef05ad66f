// `plausch doctor`: reads the data file, the change log and every backup without changing anything, and says what
// is wrong. Healthy means: the journal reads and validates, the log is intact, and at least one backup reads.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Clock } from '../main/services/clock';
import { openBackupText, readBackupDocument } from '../main/services/transfer/backups';
import { backupsDir } from '../main/store/backups';
import { realFileSystem } from '../main/store/files';
import { lockHolder } from '../main/store/lock';
import { readJournal } from '../main/store/read-only';
import type { Unlock } from '../main/store/types';
import type { MessageKey } from './messages';

export interface DoctorLine {
  ok: boolean;
  key: MessageKey;
  values: Record<string, string | number>;
}

/** An encrypted folder is read with `unlock`, as the other commands read it. */
export async function runDoctor(dataDir: string, clock: Clock, unlock?: Unlock): Promise<{ healthy: boolean; lines: DoctorLine[] }> {
  const lines: DoctorLine[] = [];
  const add = (ok: boolean, key: MessageKey, values: Record<string, string | number> = {}) => lines.push({ ok, key, values });
  const file = join(dataDir, 'plausch.json');

  const journal = await readJournal(dataDir, clock, undefined, unlock);
  if (journal.dataFile === 'ok') {
    add(true, 'doctorDataOk', { contacts: journal.store.contacts.size, interactions: journal.store.interactions.size, file });
  } else if (journal.dataFile === 'missing') {
    add(false, 'doctorDataMissing', { dir: dataDir });
  } else if (journal.dataFile === 'newer') {
    add(false, 'doctorDataNewer', { file });
  } else {
    add(false, 'doctorDataBroken', { file, state: journal.dataFile });
  }
  if (journal.logDamaged) add(false, 'doctorLogDamaged');
  else add(true, 'doctorLogOk', { entries: journal.logEntries });

  const names = (await readdir(backupsDir(dataDir)).catch(() => [] as string[])).filter((name) => name.endsWith('.json'));
  let readable = 0;
  let newest = '';
  for (const name of names) {
    try {
      readBackupDocument(openBackupText(journal.store, await readFile(join(backupsDir(dataDir), name)), name), name, clock);
      readable += 1;
      const stamp = /(\d{4}-\d{2}-\d{2})/.exec(name)?.[1] ?? '';
      if (stamp > newest) newest = stamp;
    } catch {
      add(false, 'doctorBadBackup', { name });
    }
  }
  if (readable > 0) add(true, 'doctorBackupsOk', { count: readable, newest });
  else add(false, 'doctorNoBackups');

  const folder = await readdir(dataDir).catch(() => [] as string[]);
  // A recovery happened and may have cost entries: the user should look, so doctor is not healthy until then.
  for (const name of folder.filter((n) => n.includes('.damaged-'))) add(false, 'doctorDamagedAside', { name });
  const holder = await lockHolder(realFileSystem, dataDir);
  if (holder !== undefined) add(true, 'doctorRunning', { pid: holder });
  return { healthy: lines.every((line) => line.ok), lines };
}
