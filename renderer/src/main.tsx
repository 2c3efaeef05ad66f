// Start-up: learn the language before the first paint, so the user never sees the wrong one flash by.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { api, queryKeys } from './api';
import { App, preloadWindowPage } from './app/app';
import { hashToRoute } from './app/navigation';
import { createQueryClient } from './app/query';
import { resolveLanguage } from './app/settings';
import { initI18n, loadCatalogs, pickLanguage } from './i18n';

async function start(): Promise<void> {
  // The catalogs of the browser's language start loading while the settings are read: usually that is the language
  // the settings pick, and the first paint need not wait for two steps one after the other. initI18n tries again if it
  // failed, so the failure is dropped here.
  loadCatalogs(pickLanguage(navigator.language)).catch(() => undefined);
  // The quick-log window and event mode load their page meanwhile, so it is there for the first paint.
  const windowPage = preloadWindowPage(hashToRoute(window.location.hash));
  const queryClient = createQueryClient();
  const [settings, status] = await Promise.allSettled([api().settings.get(), api().app.status()]);
  if (settings.status === 'fulfilled') queryClient.setQueryData(queryKeys.settings, settings.value);
  if (status.status === 'fulfilled') queryClient.setQueryData(queryKeys.status, status.value);
  const systemLanguage = status.status === 'fulfilled' ? status.value.systemLanguage : navigator.language;
  const language =
    settings.status === 'fulfilled'
      ? resolveLanguage(settings.value.language, systemLanguage)
      : pickLanguage(systemLanguage);
  await Promise.all([initI18n(language), windowPage]);
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
