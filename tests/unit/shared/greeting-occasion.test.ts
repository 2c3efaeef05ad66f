import { describe, expect, it } from 'vitest';
import { greetingOccasionOf, isGreetingOccasion } from '../../../shared/greeting-occasion';

describe('the greeting an occasion calls for', () => {
  it('is the birthday, the round one, the work anniversary or the school start, and nothing for the rest', () => {
    expect(greetingOccasionOf({ kind: 'birthday', round: false })).toBe('birthday');
    expect(greetingOccasionOf({ kind: 'birthday', round: true })).toBe('roundBirthday');
    expect(greetingOccasionOf({ kind: 'schoolStart', round: false })).toBe('schoolStart');
    expect(greetingOccasionOf({ kind: 'anniversary', round: true, anniversaryKind: 'work' })).toBe('workAnniversary');
    // A wedding anniversary, an anniversary of unknown kind, a birthday in the family and a follow-up get none.
    expect(greetingOccasionOf({ kind: 'anniversary', round: false, anniversaryKind: 'wedding' })).toBeUndefined();
    expect(greetingOccasionOf({ kind: 'anniversary', round: false })).toBeUndefined();
    expect(greetingOccasionOf({ kind: 'familyBirthday', round: true })).toBeUndefined();
    expect(greetingOccasionOf({ kind: 'followUp', round: false })).toBeUndefined();
  });

  it('tells a greeting occasion from any other word in a route', () => {
    expect(isGreetingOccasion('condolence')).toBe(true);
    expect(isGreetingOccasion('edit')).toBe(false);
    expect(isGreetingOccasion(undefined)).toBe(false);
  });
});
