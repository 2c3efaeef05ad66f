// Which page each route shows.
import { BriefingPage, CoachPage, ColleaguesPage, NetworkPage, ProgressPage, PromptsPage } from '../features/coach';
import { ContactFormPage, ContactPage, ContactsPage } from '../features/contacts';
import { DriftingPage } from '../features/drifting';
import { EventFormPage, EventPage, EventsPage } from '../features/events';
import { FavoursPage } from '../features/favours';
import { JournalPage } from '../features/journal';
import { SettingsPage } from '../features/settings';
import { CampaignsPage } from '../features/campaigns';
import { TodayPage } from '../features/today';
import { DataPage } from '../features/transfer';
import type { Route } from './navigation';

export function RoutePage({ route }: { route: Route }) {
  switch (route.name) {
    case 'contacts':
      return <ContactsPage />;
    case 'contact':
      return <ContactPage key={route.id} id={route.id} />;
    case 'newContact':
      return <ContactFormPage key="new" />;
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
    case 'data':
      return <DataPage />;
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
