// What the window says when writing fails: a change that could not be saved says why and what to do, and a failed
// backup or tidying-up after a saved change, or invalid records in the data file, each come as a notice of their own.
import { Button } from '@fluentui/react-components';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { useFeedback } from '../../../renderer/src/app/feedback';
import { Notices } from '../../../renderer/src/app/notices';
import { PlauschError, type DiskProblem } from '../../../shared/errors';
import { defaultStatus, installFakePlausch } from './support/fake-plausch';
import { renderInApp } from './support/render-app';

vi.mock('../../../renderer/src/features/journal', async () => (await import('./support/journal-mock')).journalMock);

function FailingSave({ problem }: { problem: DiskProblem }) {
  const feedback = useFeedback();
  return <Button onClick={() => feedback.showError(new PlauschError('storageFailed', { problem }))}>Save</Button>;
}

describe('a change that could not be saved', () => {
  const cases = [
    ['de', 'readOnly', 'Ihr Datenordner liegt auf einem schreibgeschützten Datenträger.', 'Diese Änderung wurde nicht gespeichert – Ihre bisherigen Einträge sind sicher gespeichert.', 'Heben Sie den Schreibschutz auf'],
    ['en', 'readOnly', 'Your data folder is on a read-only disk.', 'This change was not saved – everything you entered before is safely stored.', 'Remove the write protection'],
    ['de', 'diskFull', 'Der Datenträger, auf dem Ihr Datenordner liegt, ist voll.', 'Diese Änderung wurde nicht gespeichert', 'Schaffen Sie dort Platz'],
    ['en', 'noPermission', 'Plausch is not allowed to write in its data folder.', 'This change was not saved', 'Check the data folder’s permissions'],
  ] as const;
  for (const [language, problem, cause, safe, advice] of cases) {
    it(`says what happened, what is safe and what to do (${language}, ${problem})`, async () => {
      installFakePlausch({}, { language });
      await renderInApp(<FailingSave problem={problem} />, language);
      await userEvent.setup().click(screen.getByRole('button', { name: 'Save' }));
      const message = await screen.findByText((text) => text.startsWith(cause));
      expect(message.textContent).toContain(safe);
      expect(message.textContent).toContain(advice);
      expect(message.textContent).not.toMatch(/EROFS|ENOSPC|EACCES/);
    });
  }
});

describe('notices about storage', () => {
  it('shows a failed backup and invalid records in German, and a failed backup again after it was dismissed and came back', async () => {
    const fake = installFakePlausch({ 'app:status': () => ({ ...defaultStatus, notices: [{ kind: 'recordsInvalid', count: 3 }] }) });
    await renderInApp(<Notices />, 'de');

    const notices = await screen.findByRole('region', { name: 'Hinweise' });
    expect(within(notices).getByText('Ihre Datendatei wurde außerhalb von Plausch verändert')).toBeTruthy();
    expect(notices.textContent).toContain('3 Einträge darin sind ungültig.');
    expect(notices.textContent).toContain('einen Stand von vor der Änderung wieder her');

    const backupFailed = { kind: 'storageProblem', what: 'backup', problem: 'diskFull' } as const;
    fake.emit('app:notice', backupFailed);
    expect(await within(notices).findByText('Die tägliche Sicherung wurde nicht angelegt')).toBeTruthy();
    expect(notices.textContent).toContain('Der Datenträger, auf dem Ihr Datenordner liegt, ist voll. Ihre Einträge sind sicher gespeichert');

    const user = userEvent.setup();
    const dismissButtons = within(notices).getAllByRole('button', { name: 'Ausblenden' });
    await user.click(dismissButtons[1] as HTMLElement);
    expect(within(notices).queryByText('Die tägliche Sicherung wurde nicht angelegt')).toBeNull();
    fake.emit('app:notice', backupFailed);
    expect(await within(notices).findByText('Die tägliche Sicherung wurde nicht angelegt')).toBeTruthy();
  });

  it('shows a failed tidying-up in English, once even when it is both in the start-up list and sent live', async () => {
    const compactionFailed = { kind: 'storageProblem', what: 'compaction', problem: 'readOnly' } as const;
    const fake = installFakePlausch({ 'app:status': () => ({ ...defaultStatus, notices: [compactionFailed] }) }, { language: 'en' });
    await renderInApp(<Notices />, 'en');

    const notices = await screen.findByRole('region', { name: 'Notices' });
    fake.emit('app:notice', compactionFailed);
    expect(await within(notices).findAllByText('Plausch could not bring its data file up to date')).toHaveLength(1);
    expect(notices.textContent).toContain('Your data folder is on a read-only disk. Your entries are still safely stored');
    expect(notices.textContent).not.toMatch(/compaction|WAL/i);
  });
});
