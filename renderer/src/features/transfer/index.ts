export { DataPage } from './data-page';
