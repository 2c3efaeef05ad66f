import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { PromptList } from '../../../../shared/coach-views';
import { promptSettings } from '../../../../shared/content/schema';
import { PromptsPage } from '../../../../renderer/src/features/coach';
import { promptSettingGroupIds, promptSettingGroups } from '../../../../renderer/src/features/coach/prompt-setting-groups';
import { installFakePlausch } from '../support/fake-plausch';
import { renderInApp } from '../support/render-app';

describe('prompt setting groups', () => {
  it('put every setting in exactly one group', () => {
    const grouped = promptSettingGroupIds.flatMap((group) => promptSettingGroups[group]);
    expect([...grouped].sort()).toEqual([...promptSettings].sort());
  });

  it('offer all settings in the prompts page under group headings, and a new one can be chosen', async () => {
    const list: PromptList = { setting: 'lift', maxDepth: 2, interestShown: false, items: [], form: 'sie', closings: [], disclosures: [] };
    const fake = installFakePlausch({ 'coach:prompts': () => list, 'contacts:list': () => [] });
    await renderInApp(<PromptsPage setting="lift" />);
    const select = await screen.findByRole('combobox', { name: 'Situation' });
    const groups = [...select.querySelectorAll('optgroup')];
    expect(groups.map((group) => group.label)).toEqual([
      'Im Haus und unterwegs',
      'Telefon, Teams und Terminabsprachen',
      'Feiern und Veranstaltungen',
    ]);
    expect(within(select).getAllByRole('option')).toHaveLength(promptSettings.length);
    expect(within(groups[1] as HTMLElement).getByRole('option', { name: 'Mit einer anderen Assistenz einen Termin abstimmen' })).toBeTruthy();

    await userEvent.setup().selectOptions(select, 'tradeFair');
    expect(fake.callsTo('coach:prompts')).toContainEqual({ setting: 'tradeFair', language: 'de' });
  });
});
