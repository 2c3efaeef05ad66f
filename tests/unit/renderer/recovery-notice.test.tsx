// A restored journal says in the window from when the backup is, in the app's language and date format.
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { Notices } from '../../../renderer/src/app/notices';
import { defaultStatus, installFakePlausch } from './support/fake-plausch';
import { renderInApp } from './support/render-app';

vi.mock('../../../renderer/src/features/journal', async () => (await import('./support/journal-mock')).journalMock);

const restored = { kind: 'restoredFromBackup', damagedFile: '/data/plausch.damaged-1.json', backupFile: '/data/backups/daily-2025-03-12.json' } as const;

describe('the notice of a restored journal', () => {
  it.each([
    ['de', 'Ihre Daten wurden aus der Sicherung vom 12. März 2025 wiederhergestellt'],
    ['en', 'Your data was restored from the backup of March 12, 2025'],
  ] as const)('names the backup’s date (%s)', async (language, title) => {
    installFakePlausch({ 'app:status': () => ({ ...defaultStatus, notices: [{ ...restored, backupDate: '2025-03-12' }] }) }, { language });
    await renderInApp(<Notices />, language);
    expect(await screen.findByText(title)).toBeTruthy();
    expect(screen.getByRole('region').textContent).toContain('/data/plausch.damaged-1.json');
  });

  it('keeps the plain title for a backup whose name carries no date', async () => {
    installFakePlausch({ 'app:status': () => ({ ...defaultStatus, notices: [restored] }) }, { language: 'en' });
    await renderInApp(<Notices />, 'en');
    expect(await screen.findByText('Your data was restored from a backup')).toBeTruthy();
  });
});
