export { CampaignsPage } from './campaigns-page';
