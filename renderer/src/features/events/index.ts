export { EventsPage } from './events-page';
export { EventPage } from './event-page';
export { EventFormPage } from './event-form-page';
export { EventModePage } from './event-mode-page';
