export { WelcomePage } from './welcome-page';
export { GettingStartedSection } from './getting-started-section';
export { SampleDataActions } from './sample-data-actions';
export { SampleDataBanner } from './sample-data-banner';
export { EmptyContactsActions } from './empty-contacts-actions';
