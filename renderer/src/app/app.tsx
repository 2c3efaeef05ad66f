// The whole app: the providers around the frame with its pages. The quick-log window and event mode show their
// single page without the frame: each is a small window of its own, not a second main window.
import type { QueryClient } from '@tanstack/react-query';
import { EventModePage } from '../features/events/event-mode-page';
import { QuickLogPage } from '../features/quick-log';
import { useStartOnToday } from '../features/today';
import { AppLayout } from './app-layout';
import { AppProviders } from './app-providers';
import { useNavigation } from './navigation';

function Window() {
  const { route } = useNavigation();
  useStartOnToday();
  if (route.name === 'quickLog') return <QuickLogPage />;
  if (route.name === 'eventMode') return <EventModePage key={route.id} id={route.id} />;
  return <AppLayout />;
}

export function App({ queryClient }: { queryClient: QueryClient }) {
  return (
    <AppProviders queryClient={queryClient}>
      <Window />
    </AppProviders>
  );
}
