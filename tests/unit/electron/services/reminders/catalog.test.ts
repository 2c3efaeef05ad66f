// The words of a desktop notification reach notify-send (and its Windows and macOS counterparts) as command-line
// arguments; a name or note that began one of them could be read as an option there (`--icon=/etc/passwd`).
import { describe, expect, it } from 'vitest';
import { digestText, reminderText } from '../../../../../electron/main/services/reminders/catalog';
import { languages, reminderKinds, type ReminderKind } from '../../../../../shared/model';
import type { Reminder } from '../../../../../shared/views';

const hostile = '--icon=/etc/passwd';

function reminder(kind: ReminderKind, detail: string | undefined): Reminder {
  return {
    id: `${kind}:c1:2026-12-02:0`,
    kind,
    contactId: 'c1',
    name: hostile,
    ...(detail !== undefined ? { detail } : {}),
    occursOn: '2026-12-02',
    leadDays: 0,
    years: 50,
    round: true,
    ...(kind === 'colleagueStep' ? { step: 'coffee' as const } : {}),
  };
}

describe('notification texts', () => {
  it.each(languages)('begin with Plausch\'s own words, never with a name or a note (%s)', (language) => {
    for (const kind of reminderKinds) {
      for (const detail of [hostile, undefined]) {
        for (const daysAway of [-3, 0, 1, 7]) {
          const { title, body } = reminderText(reminder(kind, detail), daysAway, language);
          for (const argument of [title, body]) expect(argument, `${kind}, ${daysAway} days: ${argument}`).not.toMatch(/^\s*["'„“]?-/);
        }
      }
    }
    const digest = digestText(reminderKinds.map((kind) => reminderText(reminder(kind, hostile), 0, language).title), language);
    expect(digest.title).not.toMatch(/^-/);
    expect(digest.body).not.toMatch(/^-/);
  });

  it('still say what is due, in natural words', () => {
    const birthday = { ...reminder('birthday', undefined), name: 'Anna Berg', occursOn: '2026-12-09', years: 50, round: false };
    expect(reminderText(birthday, 0, 'de').body).toBe('Heute hat Anna Berg Geburtstag und wird 50.');
    expect(reminderText(birthday, 7, 'de').body).toBe('In 7 Tagen, am 9. Dezember, hat Anna Berg Geburtstag und wird 50.');
    expect(reminderText(birthday, 1, 'en').body).toBe("Tomorrow: Anna Berg's birthday, turning 50.");
    const followUp = { ...reminder('followUp', 'Angebot nachfassen'), name: 'Anna Berg' };
    expect(reminderText(followUp, 0, 'de').body).toBe('Notiz: Angebot nachfassen');
    expect(reminderText(followUp, 0, 'en').body).toBe('Note: Angebot nachfassen');
  });
});
