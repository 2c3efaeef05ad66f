// "Wer kann helfen?": loaded when first opened (routes.tsx).
export { HelpPage } from './help-page';
