export { QuickLogPage } from './quick-log-page';
