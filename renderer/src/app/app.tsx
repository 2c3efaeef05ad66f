// The whole app: the providers around the frame with its pages. The quick-log window shows its single page
// without the frame: it is a small popup, not a second main window.
import type { QueryClient } from '@tanstack/react-query';
import { QuickLogPage } from '../features/quick-log';
import { useStartOnToday } from '../features/today';
import { AppLayout } from './app-layout';
import { AppProviders } from './app-providers';
import { useNavigation } from './navigation';

function Window() {
  const { route } = useNavigation();
  useStartOnToday();
  return route.name === 'quickLog' ? <QuickLogPage /> : <AppLayout />;
}

export function App({ queryClient }: { queryClient: QueryClient }) {
  return (
    <AppProviders queryClient={queryClient}>
      <Window />
    </AppProviders>
  );
}
