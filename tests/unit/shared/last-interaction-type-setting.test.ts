// The kind of the last encounter logged, kept in the settings so the encounter dialog starts with it after a restart.
import { describe, expect, it } from 'vitest';
import { settingsPatchSchema, settingsSchema } from '../../../shared/model';

describe('the remembered kind of encounter in the settings', () => {
  it('is one of the kinds, set through a settings patch of its own', () => {
    expect(settingsPatchSchema.parse({ lastInteractionType: 'lunch' })).toEqual({ lastInteractionType: 'lunch' });
    expect(settingsPatchSchema.safeParse({ lastInteractionType: 'picnic' }).success).toBe(false);
  });

  it('is forgotten rather than spoiling the data file when a stored one is unknown', () => {
    expect(settingsSchema.parse({ lastInteractionType: 'coffee' }).lastInteractionType).toBe('coffee');
    const settings = settingsSchema.parse({ language: 'de', lastInteractionType: 'picnic' });
    expect(settings.lastInteractionType).toBeUndefined();
    expect(settings.language).toBe('de');
  });
});
