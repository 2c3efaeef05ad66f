export { ConfirmDialog, type ConfirmDialogProps } from './confirm-dialog';
export { EmptyState, type EmptyStateProps } from './empty-state';
export { PageHeader, type PageHeaderProps } from './page-header';
export { formatDate, formatPartialDate, formatShortDate, formatWeekdayDate } from './format';
export { ContactActions } from './contact-actions';
export { VirtualCardList, type VirtualCardListProps } from './virtual-card-list';
export { PersonAvatar, type PersonAvatarProps } from './person-avatar';
