// Renders a piece of the renderer inside the same providers the app uses, in German unless told otherwise.
import { render } from '@testing-library/react';
import i18next from 'i18next';
import type { ReactNode } from 'react';
import { AppProviders } from '../../../../renderer/src/app/app-providers';
import { createQueryClient } from '../../../../renderer/src/app/query';

export async function renderInApp(ui: ReactNode, language: 'de' | 'en' = 'de') {
  await i18next.changeLanguage(language);
  const queryClient = createQueryClient();
  return { queryClient, ...render(<AppProviders queryClient={queryClient}>{ui}</AppProviders>) };
}

/** Loaded on demand, so tests of single screens do not pull in every page. */
export async function renderWholeApp(hash = '#/contacts', language: 'de' | 'en' = 'de') {
  const { App } = await import('../../../../renderer/src/app/app');
  window.location.hash = hash;
  await i18next.changeLanguage(language);
  const queryClient = createQueryClient();
  return { queryClient, ...render(<App queryClient={queryClient} />) };
}
