import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { GiftStatus } from '../../../../shared/model';
import type { CampaignView } from '../../../../shared/views';
import { CampaignsPage } from '../../../../renderer/src/features/campaigns';
import { installFakePlausch } from '../support/fake-plausch';
import { renderInApp } from '../support/render-app';

function advent(status: GiftStatus | null): CampaignView {
  const sabine = { contactId: 'c1', name: 'Sabine Müller', organisation: 'Hartmann & Partner', interactionCount: 7 };
  return {
    id: 'advent-2026',
    kind: 'advent',
    occursOn: '2026-12-01',
    recipients: status ? [{ contactId: 'c1', status, gift: '', name: 'Sabine Müller', giftIdeas: ['Dunkle Schokolade'] }] : [],
    proposals: status ? [] : [sabine],
  };
}

describe('campaigns', () => {
  it('picks a proposed person and moves the gift on to sent', async () => {
    let current = advent(null);
    const fake = installFakePlausch({
      'campaigns:list': () => [current],
      'campaigns:update': ({ status }) => {
        current = advent(status);
        return current;
      },
    });
    await renderInApp(<CampaignsPage />);
    const proposals = await screen.findByRole('list', { name: 'Vorschläge für Advent 2026' });
    expect(proposals.textContent).toContain('7 Begegnungen im letzten Jahr');
    const user = userEvent.setup();
    await user.click(within(proposals).getByRole('checkbox', { name: 'Sabine Müller etwas schenken' }));

    const recipients = await screen.findByRole('list', { name: 'Beschenkte für Advent 2026' });
    expect(recipients.textContent).toContain('Ideen: Dunkle Schokolade');
    await user.click(within(recipients).getByRole('radio', { name: 'Verschickt' }));
    await waitFor(() =>
      expect(fake.callsTo('campaigns:update')).toEqual([
        { campaignId: 'advent-2026', contactId: 'c1', status: 'idea' },
        { campaignId: 'advent-2026', contactId: 'c1', status: 'sent', gift: '' },
      ]),
    );
    expect((await screen.findAllByText('Verschickt – im Journal als Geschenk festgehalten.')).length).toBeGreaterThan(0);
  });

  it('explains when proposals come when nothing is coming up', async () => {
    installFakePlausch({ 'campaigns:list': () => [] });
    await renderInApp(<CampaignsPage />);
    expect(await screen.findByRole('heading', { name: 'Gerade steht kein Anlass an' })).toBeTruthy();
  });
});
