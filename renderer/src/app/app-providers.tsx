// The providers every page relies on, and the effects that keep language and theme in step with the settings.
import { FluentProvider } from '@fluentui/react-components';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { InteractionDialogProvider } from '../features/journal';
import { FeedbackProvider } from './feedback';
import { NavigationProvider } from './navigation';
import { useRefetchOnDataChanged } from './query';
import { resolveLanguage, useAppStatus, useSettings } from './settings';
import { useFluentTheme } from './theme';

/** Switches i18next and `<html lang>` whenever the language setting (or the system's, for "system") changes. */
function useLanguageFromSettings(): void {
  const { i18n } = useTranslation();
  const settings = useSettings();
  const status = useAppStatus();
  const setting = settings.data?.language;
  const systemLanguage = status.data?.systemLanguage ?? navigator.language;
  useEffect(() => {
    if (!setting) return;
    const language = resolveLanguage(setting, systemLanguage);
    if (i18n.language !== language) void i18n.changeLanguage(language);
  }, [setting, systemLanguage, i18n]);
  useEffect(() => {
    const onChange = (language: string) => {
      document.documentElement.lang = language;
    };
    onChange(i18n.language);
    i18n.on('languageChanged', onChange);
    return () => i18n.off('languageChanged', onChange);
  }, [i18n]);
}

function ThemedApp({ children }: { children: ReactNode }) {
  const settings = useSettings();
  const { theme, colorScheme } = useFluentTheme(settings.data?.theme ?? 'system');
  useLanguageFromSettings();
  useRefetchOnDataChanged();
  useEffect(() => {
    document.documentElement.style.colorScheme = colorScheme;
  }, [colorScheme]);
  return (
    <FluentProvider theme={theme}>
      <NavigationProvider>
        <FeedbackProvider>
          <InteractionDialogProvider>{children}</InteractionDialogProvider>
        </FeedbackProvider>
      </NavigationProvider>
    </FluentProvider>
  );
}

export function AppProviders({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  return (
    <QueryClientProvider client={queryClient}>
      <ThemedApp>{children}</ThemedApp>
    </QueryClientProvider>
  );
}
