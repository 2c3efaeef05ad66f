// Which written greeting an occasion from the journal calls for, so a birthday row on Today or a reminder's
// notification opens the greeting dialog at the right one. Occasions no greeting is written for (a birthday in the
// family, a wedding anniversary, a follow-up) have none.
import { greetingOccasions, type GreetingOccasion } from './content/greetings';
import type { AnniversaryKind } from './model';

export function greetingOccasionOf(occasion: { kind: string; round: boolean; anniversaryKind?: AnniversaryKind | undefined }): GreetingOccasion | undefined {
  if (occasion.kind === 'birthday') return occasion.round ? 'roundBirthday' : 'birthday';
  if (occasion.kind === 'schoolStart') return 'schoolStart';
  if (occasion.kind === 'anniversary' && occasion.anniversaryKind === 'work') return 'workAnniversary';
  return undefined;
}

export function isGreetingOccasion(value: string | undefined): value is GreetingOccasion {
  return (greetingOccasions as readonly string[]).includes(value ?? '');
}
