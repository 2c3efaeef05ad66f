export { JournalPage } from './journal-page';
export { InteractionDialogProvider, useInteractionDialog, type InteractionDialogOptions } from './interaction-dialog';
