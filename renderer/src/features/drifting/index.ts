export { DriftingPage, useDrifting } from './drifting-page';
