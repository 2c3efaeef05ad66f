export { CoachPage } from './coach-page';
export { ProgressPage } from './progress-page';
export { PromptsPage } from './prompts-page';
export { BriefingPage } from './briefing-page';
export { ColleaguesPage } from './colleagues-page';
export { NetworkPage } from './network-page';
export { ChallengeOfTheDayCard } from './challenge-card';
export { ContactCoachMenuItems } from './contact-coach-actions';
