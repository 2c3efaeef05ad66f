import { describe, expect, it } from 'vitest';
import { queryKeys } from '../../../renderer/src/api';
import { derivedQueryKeys, staleKeysFor } from '../../../renderer/src/app/query';
import { resolveLanguage } from '../../../renderer/src/app/settings';
import { ariaKeyShortcuts, matchShortcut } from '../../../renderer/src/app/shortcuts';

function key(init: KeyboardEventInit): KeyboardEvent {
  return new KeyboardEvent('keydown', init);
}

describe('shortcuts', () => {
  it('recognises Ctrl and Cmd alike', () => {
    expect(matchShortcut(key({ key: 'k', ctrlKey: true }))).toBe('search');
    expect(matchShortcut(key({ key: 'k', metaKey: true }))).toBe('search');
    expect(matchShortcut(key({ key: 'L', ctrlKey: true, shiftKey: true }))).toBe('logEncounter');
    expect(matchShortcut(key({ key: 'N', metaKey: true, shiftKey: true }))).toBe('newContact');
  });

  it('leaves text-editing keys alone', () => {
    expect(matchShortcut(key({ key: 'l', ctrlKey: true }))).toBeUndefined();
    expect(matchShortcut(key({ key: 'n', ctrlKey: true }))).toBeUndefined();
    expect(matchShortcut(key({ key: 'k' }))).toBeUndefined();
    expect(matchShortcut(key({ key: 'k', ctrlKey: true, altKey: true }))).toBeUndefined();
  });

  it('announces both modifiers to assistive technology', () => {
    expect(ariaKeyShortcuts('logEncounter')).toBe('Control+Shift+L Meta+Shift+L');
  });
});

describe('refetching after data:changed', () => {
  const names = (keys: readonly (readonly unknown[])[]) => keys.map((k) => k.join('/')).sort();

  it('refreshes what depends on interactions, and nothing about settings', () => {
    const keys = names(staleKeysFor(['interactions']));
    expect(keys).toContain(queryKeys.interactions.join('/'));
    expect(keys).toContain(derivedQueryKeys.drifting.join('/'));
    expect(keys).toContain(derivedQueryKeys.openFavours.join('/'));
    expect(keys).not.toContain(queryKeys.settings.join('/'));
  });

  it('refreshes the keep-in-touch list, the contact list status, Today, reminders and campaigns when settings change', () => {
    // Settings hold the cadences, the reminder log and the campaigns.
    expect(names(staleKeysFor(['settings']))).toEqual(
      names([
        queryKeys.settings,
        derivedQueryKeys.drifting,
        derivedQueryKeys.contactOverview,
        derivedQueryKeys.networkMap,
        derivedQueryKeys.today,
        derivedQueryKeys.reminders,
        derivedQueryKeys.campaigns,
        // The user's own addresses and the dismissed calendar suggestions are settings too.
        derivedQueryKeys.calendar,
      ]),
    );
  });

  it('names each key once when several collections changed', () => {
    const keys = names(staleKeysFor(['contacts', 'interactions']));
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('resolveLanguage', () => {
  it('follows the system for "system" and the choice otherwise', () => {
    expect(resolveLanguage('system', 'de-AT')).toBe('de');
    expect(resolveLanguage('system', 'fr-FR')).toBe('en');
    expect(resolveLanguage('en', 'de-DE')).toBe('en');
  });
});
