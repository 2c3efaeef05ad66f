// A small hash router: the app has a handful of screens, and hash routes survive a reload without server support
// under file:// (how Electron loads the bundle).
import { createContext, startTransition, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { promptSettings, type PromptSetting } from '../../../shared/content/schema';
import type { GreetingOccasion } from '../../../shared/content/greetings';
import { isGreetingOccasion } from '../../../shared/greeting-occasion';

export type Route =
  /** The app opened without a route: it goes on to Today, or to the contacts while the journal is empty. */
  | { name: 'start' }
  | { name: 'contacts' }
  /** With `greeting`, the page opens "Gruß schreiben" at that occasion (a reminder's notification leads there). */
  | { name: 'contact'; id: string; greeting?: GreetingOccasion }
  /** With `organisation` and `department`, the form starts with them filled in ("Weiße Flecken" leads there). */
  | { name: 'newContact'; organisation?: string; department?: string }
  | { name: 'editContact'; id: string }
  | { name: 'journal' }
  | { name: 'drifting' }
  | { name: 'favours' }
  | { name: 'settings' }
  | { name: 'today' }
  | { name: 'campaigns' }
  /** The coach: the challenge of the period, tips and the ways into its other screens. */
  | { name: 'coach' }
  | { name: 'progress' }
  | { name: 'prompts'; setting?: PromptSetting; contactId?: string }
  | { name: 'briefing'; contactId: string }
  /** New colleagues; with a contact, the form to mark that person is filled in. */
  | { name: 'colleagues'; contactId?: string }
  | { name: 'network' }
  /** "Wer kann helfen?"; with `need`, the page opens with that need asked (the tray and the palette pass it on). */
  | { name: 'help'; need?: string }
  /** "Mein Netzwerk": the network as a picture. */
  | { name: 'myNetwork' }
  /** Import, export and backups. */
  | { name: 'data' }
  /** The first-start welcome: import, own domains, a default rhythm, the shortcut and sample data. */
  | { name: 'welcome' }
  /** The tray's quick-log window: its own small frameless window, shown without the app frame. */
  | { name: 'quickLog' }
  | { name: 'events' }
  | { name: 'event'; id: string }
  | { name: 'newEvent' }
  | { name: 'editEvent'; id: string }
  /** An event's compact companion for the day itself; shown without the app frame, in a window of its own. */
  | { name: 'eventMode'; id: string };

export function routeToHash(route: Route): string {
  switch (route.name) {
    case 'contact':
      return `#/contacts/${encodeURIComponent(route.id)}${route.greeting ? `/greeting/${route.greeting}` : ''}`;
    case 'editContact':
      return `#/contacts/${encodeURIComponent(route.id)}/edit`;
    case 'newContact': {
      const prefill = new URLSearchParams();
      if (route.organisation) prefill.set('organisation', route.organisation);
      if (route.department) prefill.set('department', route.department);
      const query = prefill.toString();
      return `#/contacts/new${query ? `?${query}` : ''}`;
    }
    case 'quickLog':
      return '#/quick-log';
    case 'event':
      return `#/events/${encodeURIComponent(route.id)}`;
    case 'newEvent':
      return '#/events/new';
    case 'editEvent':
      return `#/events/${encodeURIComponent(route.id)}/edit`;
    case 'eventMode':
      return `#/event-mode/${encodeURIComponent(route.id)}`;
    case 'coach':
      return '#/coach';
    case 'prompts':
      return `#/coach/prompts${route.setting ? `/${route.setting}` : ''}${route.setting && route.contactId ? `/${encodeURIComponent(route.contactId)}` : ''}`;
    case 'briefing':
      return `#/coach/briefing/${encodeURIComponent(route.contactId)}`;
    case 'colleagues':
      return `#/coach/colleagues${route.contactId ? `/${encodeURIComponent(route.contactId)}` : ''}`;
    case 'progress':
    case 'network':
      return `#/coach/${route.name}`;
    case 'help':
      return `#/help${route.need ? `/${encodeURIComponent(route.need)}` : ''}`;
    case 'myNetwork':
      return '#/my-network';
    case 'start':
      return '#/';
    default:
      return `#/${route.name}`;
  }
}

export function hashToRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const [first, second, third] = parts;
  if (first === undefined) return { name: 'start' };
  if (first === 'contacts' && second === 'new') return newContactRoute(new URLSearchParams(query));
  if (first === 'contacts' && second && third === 'edit') return { name: 'editContact', id: second };
  if (first === 'contacts' && second && third === 'greeting' && isGreetingOccasion(parts[3])) return { name: 'contact', id: second, greeting: parts[3] };
  if (first === 'contacts' && second) return { name: 'contact', id: second };
  if (first === 'journal' || first === 'drifting' || first === 'favours' || first === 'settings') return { name: first };
  if (first === 'today' || first === 'campaigns') return { name: first };
  if (first === 'data') return { name: 'data' };
  if (first === 'welcome') return { name: 'welcome' };
  if (first === 'quick-log') return { name: 'quickLog' };
  if (first === 'events' && second === 'new') return { name: 'newEvent' };
  if (first === 'events' && second && third === 'edit') return { name: 'editEvent', id: second };
  if (first === 'events' && second) return { name: 'event', id: second };
  if (first === 'events') return { name: 'events' };
  if (first === 'event-mode' && second) return { name: 'eventMode', id: second };
  if (first === 'coach') return coachRoute(second, third, parts[3]);
  if (first === 'help') return second ? { name: 'help', need: second } : { name: 'help' };
  if (first === 'my-network') return { name: 'myNetwork' };
  return { name: 'contacts' };
}

function newContactRoute(prefill: URLSearchParams): Route {
  const organisation = prefill.get('organisation');
  const department = prefill.get('department');
  return { name: 'newContact', ...(organisation ? { organisation } : {}), ...(department ? { department } : {}) };
}

function isPromptSetting(value: string | undefined): value is PromptSetting {
  return (promptSettings as readonly string[]).includes(value ?? '');
}

function coachRoute(screen: string | undefined, first: string | undefined, second: string | undefined): Route {
  if (screen === 'progress' || screen === 'network') return { name: screen };
  if (screen === 'briefing' && first) return { name: 'briefing', contactId: first };
  if (screen === 'colleagues') return first ? { name: 'colleagues', contactId: first } : { name: 'colleagues' };
  if (screen === 'prompts') {
    if (!isPromptSetting(first)) return { name: 'prompts' };
    return second ? { name: 'prompts', setting: first, contactId: second } : { name: 'prompts', setting: first };
  }
  return { name: 'coach' };
}

interface Navigation {
  route: Route;
  navigate(route: Route): void;
}

const NavigationContext = createContext<Navigation | null>(null);

export function NavigationProvider({ children }: { children: ReactNode }) {
  const [route, setRoute] = useState<Route>(() => hashToRoute(window.location.hash));
  useEffect(() => {
    // A transition keeps the page on screen while the next one's code loads, instead of a spinner that React would
    // then hold for its minimum reveal time (about 300 ms) even when the code is there a moment later.
    // The same route again (a hash set to where the app already is) keeps its object, so nothing re-renders or
    // moves the focus.
    const onHashChange = () => {
      const next = hashToRoute(window.location.hash);
      startTransition(() => setRoute((current) => (routeToHash(current) === routeToHash(next) ? current : next)));
    };
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
