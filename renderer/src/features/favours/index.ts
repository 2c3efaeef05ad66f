export { FavoursPage, useOpenFavours } from './favours-page';
