export { ContactsPage } from './contacts-page';
export { ContactPage } from './contact-page';
export { ContactFormPage } from './contact-form-page';
