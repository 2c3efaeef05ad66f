// Start-up: learn the language before the first paint, so the user never sees the wrong one flash by.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { api, queryKeys } from './api';
import { App } from './app/app';
import { createQueryClient } from './app/query';
import { resolveLanguage } from './app/settings';
import { initI18n, pickLanguage } from './i18n';

async function start(): Promise<void> {
  const queryClient = createQueryClient();
  const [settings, status] = await Promise.allSettled([api().settings.get(), api().app.status()]);
  if (settings.status === 'fulfilled') queryClient.setQueryData(queryKeys.settings, settings.value);
  if (status.status === 'fulfilled') queryClient.setQueryData(queryKeys.status, status.value);
  const systemLanguage = status.status === 'fulfilled' ? status.value.systemLanguage : navigator.language;
  const language =
    settings.status === 'fulfilled'
      ? resolveLanguage(settings.value.language, systemLanguage)
      : pickLanguage(systemLanguage);
  await initI18n(language);
  document.documentElement.lang = language;

  const container = document.getElementById('root');
  if (!container) throw new Error('#root missing from index.html');
  createRoot(container).render(
    <StrictMode>
      <App queryClient={queryClient} />
    </StrictMode>,
  );
}

void start();
