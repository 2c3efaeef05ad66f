// The Fluent theme for the user's choice; "system" follows the operating system's dark mode and its high-contrast
// (forced colours) mode, and changes with them while the app runs.
import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme as FluentTheme } from '@fluentui/react-components';
import { useSyncExternalStore } from 'react';
import type { Theme } from '../../../shared/model';

/**
 * Fluent's dark theme, with the two backgrounds its grey ("informative") badges are filled with lifted from near
 * black: on a dark card those badges were black on black, shapes hard to make out. Lifted to greys the theme already
 * has, the badge stands out from the card and its text (Foreground3) keeps a contrast above 4.5:1 (5.6 and 4.8).
 * Only badges use these two tokens.
 */
export const plauschDarkTheme: FluentTheme = {
  ...webDarkTheme,
  colorNeutralBackground4: webDarkTheme.colorNeutralBackground6,
  colorNeutralBackground5: webDarkTheme.colorNeutralBackground1Hover,
};

const darkQuery = '(prefers-color-scheme: dark)';
const forcedColorsQuery = '(forced-colors: active)';

function matches(query: string): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(query).matches;
}

function subscribe(onChange: () => void): () => void {
  if (typeof window.matchMedia !== 'function') return () => undefined;
  const lists = [window.matchMedia(darkQuery), window.matchMedia(forcedColorsQuery)];
  for (const list of lists) list.addEventListener('change', onChange);
  return () => {
    for (const list of lists) list.removeEventListener('change', onChange);
  };
}

type SystemAppearance = 'light' | 'dark' | 'highContrast';

function systemAppearance(): SystemAppearance {
  if (matches(forcedColorsQuery)) return 'highContrast';
  return matches(darkQuery) ? 'dark' : 'light';
}

export function useFluentTheme(setting: Theme): { theme: FluentTheme; colorScheme: 'light' | 'dark' } {
  const system = useSyncExternalStore(subscribe, systemAppearance);
  const appearance: SystemAppearance = setting === 'system' ? system : setting;
  switch (appearance) {
    case 'highContrast':
      return { theme: teamsHighContrastTheme, colorScheme: 'dark' };
    case 'dark':
      return { theme: plauschDarkTheme, colorScheme: 'dark' };
    default:
      return { theme: webLightTheme, colorScheme: 'light' };
  }
}
