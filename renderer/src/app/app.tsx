// The whole app: the providers around the frame with its pages. The quick-log window and event mode show their
// single page without the frame: each is a small window of its own, not a second main window.
import type { QueryClient } from '@tanstack/react-query';
import { Suspense } from 'react';
import { LockGate } from '../features/lock';
import { useStartOnToday } from '../features/today';
import { AppLayout } from './app-layout';
import { AppProviders } from './app-providers';
import { lazyPage } from './lazy-page';
import { useNavigation, type Route } from './navigation';

// The main window never shows these two pages, so their code stays out of its start; their own windows load it
// before their first paint (`preloadWindowPage`).
const QuickLogPage = lazyPage(() => import('../features/quick-log').then((m) => m.QuickLogPage));
const EventModePage = lazyPage(() => import('../features/events/event-mode-page').then((m) => m.EventModePage));

/** Loads the page of a window that shows a single page, so that it paints with the window's first frame. */
export function preloadWindowPage(route: Route): Promise<void> {
  if (route.name === 'quickLog') return QuickLogPage.preload();
  if (route.name === 'eventMode') return EventModePage.preload();
  return Promise.resolve();
}

function Window() {
  const { route } = useNavigation();
  useStartOnToday();
  // Their windows have the page before the first paint; only the browser shell switches a page to event mode later,
  // and shows it a moment later.
  if (route.name === 'quickLog') {
    return (
      <Suspense fallback={null}>
        <QuickLogPage />
      </Suspense>
    );
  }
  if (route.name === 'eventMode') {
    return (
      <Suspense fallback={null}>
        <EventModePage key={route.id} id={route.id} />
      </Suspense>
    );
  }
  return <AppLayout />;
}

export function App({ queryClient }: { queryClient: QueryClient }) {
  return (
    <AppProviders queryClient={queryClient}>
      {/* Every window, the quick-log popup and event mode included, locks with the journal. */}
      <LockGate>
        <Window />
      </LockGate>
    </AppProviders>
  );
}
