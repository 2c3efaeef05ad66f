// "Aufbewahrung" in Settings: off until chosen, the choice saved (null turns it off again), and the people proposed
// listed oldest first, each with the same "Vergessen" dialog.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ForgetCounts } from '../../../../shared/privacy';
import { RetentionSection } from '../../../../renderer/src/features/settings/retention-settings';
import { defaultSettings, installFakePlausch } from '../support/fake-plausch';
import { renderInApp } from '../support/render-app';

const counts: ForgetCounts = { encountersRemoved: 1, encountersKept: 0, favours: 0, gifts: 0, campaigns: 0, events: 0, groups: 0, plans: 0, mentions: 0, photo: false };
const proposals = [
  { contactId: 'otto', name: 'Otto Alt', lastTouched: '2019-02-01' },
  { contactId: 'olga', name: 'Olga Früher', lastTouched: '2021-06-15' },
];

function seed(retentionYears?: number) {
  let left = [...proposals];
  return installFakePlausch(
    {
      'privacy:retention': () => left,
      'privacy:forgetPreview': ({ contactId }) => ({ contactId, name: 'Otto Alt', counts, backups: 0 }),
      'privacy:forget': ({ contactId }) => {
        left = left.filter((p) => p.contactId !== contactId);
        return { name: 'Otto Alt', forgottenAt: '2026-12-03T09:30:00.000Z', counts, backupsRewritten: 0, unreadableFiles: [] };
      },
    },
    retentionYears === undefined ? {} : { retentionYears },
  );
}

describe('Aufbewahrung', () => {
  it('is off until chosen, and saves the years', async () => {
    const fake = seed();
    const user = userEvent.setup();
    await renderInApp(<RetentionSection settings={fake.settings} />);
    const group = screen.getByRole('radiogroup', { name: 'Zum Vergessen vorschlagen nach' });
    expect(within(group).getAllByRole('radio').map((radio) => radio.closest('.fui-Radio')?.textContent)).toEqual(['Aus', '1 Jahr', '2 Jahren', '3 Jahren', '5 Jahren', '10 Jahren']);
    expect((within(group).getByRole('radio', { name: 'Aus' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.queryByRole('list')).toBeNull();
    expect(fake.callsTo('privacy:retention')).toEqual([]);
    await user.click(within(group).getByRole('radio', { name: '5 Jahren' }));
    await waitFor(() => expect(fake.callsTo('settings:update')).toEqual([{ retentionYears: 5 }]));
  });

  it('turns off again with null', async () => {
    const fake = seed(3);
    const user = userEvent.setup();
    await renderInApp(<RetentionSection settings={{ ...defaultSettings, retentionYears: 3 }} />);
    await user.click(screen.getByRole('radio', { name: 'Aus' }));
    await waitFor(() => expect(fake.callsTo('settings:update')).toEqual([{ retentionYears: null }]));
  });

  it('lists the people proposed in German, and forgets one through the dialog', async () => {
    const fake = seed(3);
    const user = userEvent.setup();
    await renderInApp(<RetentionSection settings={{ ...defaultSettings, retentionYears: 3 }} />);
    const list = await screen.findByRole('list', { name: 'Vorschläge zum Vergessen' });
    expect(within(list).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Otto AltZuletzt begegnet oder geändert: 1. Februar 2019Otto Alt vergessen …',
      'Olga FrüherZuletzt begegnet oder geändert: 15. Juni 2021Olga Früher vergessen …',
    ]);
    await user.click(within(list).getByRole('button', { name: 'Otto Alt vergessen …' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(await within(dialog).findByText('In keiner Sicherung kommt Otto Alt vor.')).toBeTruthy();
    await user.click(within(dialog).getByRole('checkbox'));
    await user.click(within(dialog).getByRole('button', { name: 'Endgültig vergessen' }));
    expect(await screen.findByRole('heading', { name: 'Otto Alt ist vergessen' })).toBeTruthy();
    expect(fake.callsTo('privacy:forget')).toEqual([{ contactId: 'otto', confirm: true }]);
    // The main process says the contacts changed; the list asks again.
    fake.emit('data:changed', { collections: ['contacts'] });
    await user.click(screen.getByRole('button', { name: 'Schließen' }));
    await waitFor(() => expect(within(screen.getByRole('list', { name: 'Vorschläge zum Vergessen' })).getAllByRole('listitem')).toHaveLength(1));
  });

  it('says so in English when nobody is proposed', async () => {
    installFakePlausch({ 'privacy:retention': () => [] }, { retentionYears: 10, language: 'en' });
    await renderInApp(<RetentionSection settings={{ ...defaultSettings, retentionYears: 10 }} />, 'en');
    expect(screen.getByRole('radiogroup', { name: 'Suggest forgetting after' })).toBeTruthy();
    expect((screen.getByRole('radio', { name: '10 years' }) as HTMLInputElement).checked).toBe(true);
    expect(await screen.findByText('Plausch suggests nobody at the moment.')).toBeTruthy();
  });
});
