export { TodayPage } from './today-page';
export { useToday } from './today-queries';
export { useStartOnToday } from './start-on-today';
