import { describe, expect, it } from 'vitest';
import { calendarKeySchema } from '../../../../../shared/model';
import { parseFixture } from './parse-fixtures';

describe('parseCalendar: a Teams invitation (METHOD:REQUEST)', () => {
  const { occurrences, skipped } = parseFixture('teams-invite.ics', { from: '2026-07-16', to: '2026-07-16' });
  const [invite] = occurrences;

  it('reads the one meeting in "W. Europe Standard Time" (unquoted TZID) on summer time', () => {
    expect(skipped).toBe(0);
    expect(occurrences).toHaveLength(1);
    expect(invite).toMatchObject({
      summary: 'Auftakt Assistenz-Netzwerk Nord',
      start: '2026-07-16T08:00:00.000Z',
      end: '2026-07-16T09:30:00.000Z',
      startDate: '2026-07-16',
      startTime: '10:00',
      endTime: '11:30',
      location: 'Microsoft Teams-Besprechung',
      status: 'confirmed',
      allDay: false,
    });
    expect(calendarKeySchema.safeParse(invite?.key).success).toBe(true);
  });

  it('reads all 30 attendees with their folded names and addresses, and the organiser', () => {
    expect(invite?.attendees).toHaveLength(30);
    expect(new Set(invite?.attendees.map((person) => person.email)).size).toBe(30);
    for (const person of invite!.attendees) {
      expect(person.email).toMatch(/^[a-z-]+\.[a-z-]+\d*@(nordlicht|werftblick|hafenblick-consulting)\.de$/);
      expect(person.name).toMatch(/^\S+ .+$/);
      expect(person).toMatchObject({ cutype: 'individual', partstat: 'needs-action' });
    }
    expect(invite?.attendees[2]?.name).toBe('Małgorzata Große');
    expect(invite?.organiser?.email).toBe('sabine.krueger@nordlicht.de');
  });

  it('keeps the Teams link in the description', () => {
    expect(invite?.description).toMatch(/https:\/\/teams\.microsoft\.com\/l\/meetup-join\/19%3ameeting_\S+/);
    expect(invite?.description.length).toBeLessThanOrEqual(2000);
    expect(invite?.description.startsWith('Liebe Kolleginnen und Kollegen,')).toBe(true);
  });

  it('is outside a range that ends the day before', () => {
    expect(parseFixture('teams-invite.ics', { from: '2026-07-01', to: '2026-07-15' }).occurrences).toEqual([]);
  });
});
