// The whole app: the providers around the frame with its pages.
import type { QueryClient } from '@tanstack/react-query';
import { AppLayout } from './app-layout';
import { AppProviders } from './app-providers';

export function App({ queryClient }: { queryClient: QueryClient }) {
  return (
    <AppProviders queryClient={queryClient}>
      <AppLayout />
    </AppProviders>
  );
}
