// A small hash router: the app has a handful of screens, and hash routes survive a reload without server support
// under file:// (how Electron loads the bundle).
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';

export type Route =
  | { name: 'contacts' }
  | { name: 'contact'; id: string }
  | { name: 'newContact' }
  | { name: 'editContact'; id: string }
  | { name: 'journal' }
  | { name: 'drifting' }
  | { name: 'favours' }
  | { name: 'settings' }
  | { name: 'today' }
  | { name: 'campaigns' }
  /** The tray's quick-log window: its own small frameless window, shown without the app frame. */
  | { name: 'quickLog' };

export function routeToHash(route: Route): string {
  switch (route.name) {
    case 'contact':
      return `#/contacts/${encodeURIComponent(route.id)}`;
    case 'editContact':
      return `#/contacts/${encodeURIComponent(route.id)}/edit`;
    case 'newContact':
      return '#/contacts/new';
    case 'quickLog':
      return '#/quick-log';
    default:
      return `#/${route.name}`;
  }
}

export function hashToRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  const [first, second, third] = parts;
  if (first === 'contacts' && second === 'new') return { name: 'newContact' };
  if (first === 'contacts' && second && third === 'edit') return { name: 'editContact', id: second };
  if (first === 'contacts' && second) return { name: 'contact', id: second };
  if (first === 'journal' || first === 'drifting' || first === 'favours' || first === 'settings') return { name: first };
  if (first === 'today' || first === 'campaigns') return { name: first };
  if (first === 'quick-log') return { name: 'quickLog' };
  return { name: 'contacts' };
}

interface Navigation {
  route: Route;
  navigate(route: Route): void;
}

const NavigationContext = createContext<Navigation | null>(null);

export function NavigationProvider({ children }: { children: ReactNode }) {
  const [route, setRoute] = useState<Route>(() => hashToRoute(window.location.hash));
  useEffect(() => {
    const onHashChange = () => setRoute(hashToRoute(window.location.hash));
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  const navigate = useCallback((next: Route) => {
    window.location.hash = routeToHash(next);
  }, []);
  const value = useMemo(() => ({ route, navigate }), [route, navigate]);
  return <NavigationContext.Provider value={value}>{children}</NavigationContext.Provider>;
}

export function useNavigation(): Navigation {
  const navigation = useContext(NavigationContext);
  if (!navigation) throw new Error('useNavigation outside NavigationProvider');
  return navigation;
}
