// Which page each route shows. The journal's everyday pages come with the first paint; the coach, events, campaigns
// and data pages load when first opened, which keeps the start small (the renderer budget in DESIGN.md).
import { Spinner } from '@fluentui/react-components';
import { Suspense, lazy } from 'react';
import { ContactFormPage, ContactPage, ContactsPage } from '../features/contacts';
import { DriftingPage } from '../features/drifting';
import { FavoursPage } from '../features/favours';
import { JournalPage } from '../features/journal';
import { SettingsPage } from '../features/settings';
import { TodayPage } from '../features/today';
import { WelcomePage } from '../features/welcome';
import { startNetworkMapRead } from '../features/my-network/early-read';
import type { Route } from './navigation';

const coach = () => import('../features/coach');
const events = () => import('../features/events');
const CoachPage = lazy(() => coach().then((m) => ({ default: m.CoachPage })));
const ProgressPage = lazy(() => coach().then((m) => ({ default: m.ProgressPage })));
const PromptsPage = lazy(() => coach().then((m) => ({ default: m.PromptsPage })));
const BriefingPage = lazy(() => coach().then((m) => ({ default: m.BriefingPage })));
const ColleaguesPage = lazy(() => coach().then((m) => ({ default: m.ColleaguesPage })));
const NetworkPage = lazy(() => coach().then((m) => ({ default: m.NetworkPage })));
const EventsPage = lazy(() => events().then((m) => ({ default: m.EventsPage })));
const EventPage = lazy(() => events().then((m) => ({ default: m.EventPage })));
const EventFormPage = lazy(() => events().then((m) => ({ default: m.EventFormPage })));
const CampaignsPage = lazy(() => import('../features/campaigns').then((m) => ({ default: m.CampaignsPage })));
// "Mein Netzwerk" brings its charting library along, so it loads only when opened.
const MyNetworkPage = lazy(() => {
  startNetworkMapRead();
  return import('../features/my-network').then((m) => ({ default: m.MyNetworkPage }));
});
const HelpPage = lazy(() => import('../features/help').then((m) => ({ default: m.HelpPage })));
const DataPage = lazy(() => import('../features/transfer').then((m) => ({ default: m.DataPage })));

export function RoutePage({ route }: { route: Route }) {
  return (
    <Suspense fallback={<Spinner size="small" />}>
      <Page route={route} />
    </Suspense>
  );
}

function Page({ route }: { route: Route }) {
  switch (route.name) {
    case 'start':
      return <Spinner size="small" />;
    case 'contacts':
      return <ContactsPage />;
    case 'contact':
      return <ContactPage key={route.id} id={route.id} {...(route.greeting ? { greeting: route.greeting } : {})} />;
    case 'newContact':
      return <ContactFormPage key={`new?${route.organisation ?? ''}/${route.department ?? ''}`} prefill={{ organisation: route.organisation ?? '', department: route.department ?? '' }} />;
    case 'editContact':
      return <ContactFormPage key={route.id} id={route.id} />;
    case 'journal':
      return <JournalPage />;
    case 'drifting':
      return <DriftingPage />;
    case 'favours':
      return <FavoursPage />;
    case 'settings':
      return <SettingsPage />;
    case 'today':
      return <TodayPage />;
    case 'campaigns':
      return <CampaignsPage />;
    case 'coach':
      return <CoachPage />;
    case 'progress':
      return <ProgressPage />;
    case 'prompts':
      return <PromptsPage key={`${route.setting ?? ''}/${route.contactId ?? ''}`} setting={route.setting} contactId={route.contactId} />;
    case 'briefing':
      return <BriefingPage key={route.contactId} contactId={route.contactId} />;
    case 'colleagues':
      return <ColleaguesPage key={route.contactId ?? ''} contactId={route.contactId} />;
    case 'network':
      return <NetworkPage />;
    case 'help':
      return <HelpPage key={route.need ?? ''} need={route.need} />;
    case 'myNetwork':
      return <MyNetworkPage />;
    case 'data':
      return <DataPage />;
    case 'welcome':
      return <WelcomePage />;
    case 'events':
      return <EventsPage />;
    case 'event':
      return <EventPage key={route.id} id={route.id} />;
    case 'newEvent':
      return <EventFormPage key="new" />;
    case 'editEvent':
      return <EventFormPage key={route.id} id={route.id} />;
    case 'eventMode':
    case 'quickLog':
      // Shown by the app without this frame (see app.tsx); listed so that every route has its page.
      return null;
  }
}
