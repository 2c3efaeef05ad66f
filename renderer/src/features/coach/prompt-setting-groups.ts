// The coach's sixteen situations in three groups, so the prompts page's choice reads as three short lists, not one
// long one. Every setting sits in exactly one group (tests/unit/renderer/coach/prompt-setting-groups.test.ts).
import type { PromptSetting } from '../../../../shared/content/schema';

export const promptSettingGroupIds = ['aroundTheOffice', 'callsAndTeams', 'celebrationsAndEvents'] as const;
export type PromptSettingGroupId = (typeof promptSettingGroupIds)[number];

export const promptSettingGroups: Readonly<Record<PromptSettingGroupId, readonly PromptSetting[]>> = {
  aroundTheOffice: ['lift', 'queue', 'coffeeKitchen', 'canteen', 'reception', 'newColleague', 'newBoss'],
  callsAndTeams: ['callStart', 'assistantCall', 'hybridMeeting', 'teamsChat'],
  celebrationsAndEvents: ['largeEvent', 'christmasParty', 'farewell', 'tradeFair', 'stammtisch'],
};
