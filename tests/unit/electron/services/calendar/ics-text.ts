// Small iCalendar texts for the tests that go through the real parser: one entry per meeting, times in UTC.
export interface IcsMeeting {
  uid: string;
  summary: string;
  /** `20250604T080000Z` */
  start: string;
  end: string;
  organiser?: string;
  attendees?: string[];
  location?: string;
}

export function icsText(meetings: readonly IcsMeeting[]): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Plausch//Tests//DE'];
  for (const meeting of meetings) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${meeting.uid}`,
      'DTSTAMP:20250601T000000Z',
      `DTSTART:${meeting.start}`,
      `DTEND:${meeting.end}`,
      `SUMMARY:${meeting.summary}`,
      ...(meeting.location ? [`LOCATION:${meeting.location}`] : []),
      ...(meeting.organiser ? [`ORGANIZER;CN=${meeting.organiser}`] : []),
      ...(meeting.attendees ?? []).map((attendee) => `ATTENDEE;PARTSTAT=ACCEPTED;CN=${attendee}`),
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.join('\r\n')}\r\n`;
}
