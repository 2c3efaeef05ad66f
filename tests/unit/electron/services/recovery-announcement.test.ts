// What the open repaired is said on the desktop too, in the user's language, with the backup's date, and a click
// brings the window with the details; a system without notifications loses nothing.
import { describe, expect, it } from 'vitest';
import { announceRecovery } from '../../../../electron/main/services/recovery-announcement';
import type { NotificationRequest, Notifier, NotifyOutcome } from '../../../../electron/main/services/notifier';
import { silentLogger } from '../../../../electron/main/store/types';
import type { Notice } from '../../../../shared/views';

function recordingNotifier(answer: NotifyOutcome | Error = 'shown') {
  const shown: NotificationRequest[] = [];
  const notifier: Notifier = {
    notify: (request) => {
      shown.push(request);
      return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
    },
  };
  return { notifier, shown };
}

const restored: Notice = { kind: 'restoredFromBackup', damagedFile: '/d/plausch.damaged-x.json', backupFile: '/d/backups/daily-2025-03-12.json', backupDate: '2025-03-12' };
const migrated: Notice = { kind: 'migrated', fromVersion: 2, toVersion: 3, backupFile: '/d/backups/pre-migration-v2.json' };

async function announce(notices: Notice[], options: { language?: 'system' | 'de' | 'en'; systemLanguage?: string; answer?: NotifyOutcome | Error } = {}) {
  const { notifier, shown } = recordingNotifier(options.answer);
  const opened: (string | undefined)[] = [];
  const count = await announceRecovery({
    notices,
    settings: { language: options.language ?? 'system' },
    systemLanguage: options.systemLanguage ?? 'de-DE',
    notifier,
    desktop: { showMain: (hash) => opened.push(hash) },
    log: silentLogger,
  });
  return { count, shown, opened };
}

describe('announcing a recovery on the desktop', () => {
  it('says a restore with the backup’s date in the system’s German, and nothing for a migration', async () => {
    const { count, shown } = await announce([migrated, restored]);
    expect(count).toBe(1);
    expect(shown).toEqual([
      expect.objectContaining({ id: 'recovery:restoredFromBackup', title: 'Plausch hat Ihre Daten wiederhergestellt', body: expect.stringContaining('vom 12. März 2025') }),
    ]);
  });

  it('follows the language chosen in the settings', async () => {
    const { shown } = await announce([restored, { kind: 'logDamaged', damagedFile: '/d/plausch.damaged-x.wal' }], { language: 'en' });
    expect(shown.map((request) => request.title)).toEqual(['Plausch has restored your data', 'Plausch has repaired your data']);
    expect(shown[0]?.body).toContain('from March 12, 2025');
  });

  it('says an empty start after damage, and never begins a text with a path or anything from the journal', async () => {
    const { shown } = await announce([{ kind: 'startedEmptyAfterDamage', damagedFile: '--icon=/etc/passwd' }], { systemLanguage: 'en-US' });
    expect(shown[0]?.title).toBe('Plausch starts with an empty journal');
    for (const request of shown) expect(`${request.title}\n${request.body}`).not.toContain('--icon');
  });

  it('brings the window when the notification is clicked', async () => {
    expect((await announce([restored], { answer: 'clicked' })).opened).toEqual([undefined]);
    expect((await announce([restored], { answer: 'shown' })).opened).toEqual([]);
  });

  it('tells nothing when nothing was repaired, and a failing notifier does not throw', async () => {
    expect((await announce([migrated, { kind: 'shellStopped' }])).shown).toEqual([]);
    await expect(announce([restored], { answer: new Error('no D-Bus') })).resolves.toMatchObject({ count: 1 });
  });
});
