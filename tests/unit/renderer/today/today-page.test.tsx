import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Occasion } from '../../../../shared/occasions';
import type { AgendaItem, ReminderEntry, TodaySuggestion, TodayView } from '../../../../shared/views';
import { TodayPage } from '../../../../renderer/src/features/today';
import { aContact, anInteraction } from '../../../support/journal-fixtures';
import { installFakePlausch } from '../support/fake-plausch';
import { renderInApp } from '../support/render-app';
import { quietDay } from '../support/today-fixtures';

// quietDay is Friday, 2026-11-27.
const sabine: Occasion = { kind: 'birthday', contactId: 'c1', recordId: 'c1', name: 'Sabine Müller', date: '2026-11-27', round: false };
const thomas: Occasion = { kind: 'birthday', contactId: 'c2', recordId: 'c2', name: 'Thomas Becker', date: '2026-12-02', years: 40, round: true };
const lunch = anInteraction({ id: 'i1', contactIds: ['c3'], type: 'lunch', date: '2026-11-12', followUpOn: '2026-11-25', note: 'Raumbuchung klären' });

const occasionRow = (occasion: Occasion): AgendaItem => {
  const key = `${occasion.kind}:${occasion.recordId}:${occasion.date}`;
  return { kind: 'occasion', key, date: occasion.date, occasion, reminderId: `${key}:0` };
};
const followUpRow: AgendaItem = {
  kind: 'followUp',
  key: 'followUp:i1:2026-11-25',
  date: '2026-11-27',
  followUp: { interaction: lunch, names: { c3: 'Jörg Weber' } },
  reminderId: 'followUp:i1:2026-11-25:0',
};
const snoozedPast: ReminderEntry = {
  id: 'anniversary:a1:2026-11-26:0',
  kind: 'anniversary',
  contactId: 'c4',
  name: 'Petra Lang',
  detail: 'Dienstjubiläum',
  occursOn: '2026-11-26',
  leadDays: 0,
  round: false,
  status: 'pending',
};

const busyDay: TodayView = {
  ...quietDay,
  agenda: [
    { date: '2026-11-27', items: [occasionRow(sabine), followUpRow, { kind: 'reminder', key: 'anniversary:a1:2026-11-26', date: '2026-11-27', reminder: snoozedPast }] },
    { date: '2026-11-28', items: [occasionRow({ ...sabine, contactId: 'c5', recordId: 'c5', name: 'Klaus Richter', date: '2026-11-28' })] },
    { date: '2026-12-02', items: [occasionRow(thomas)] },
  ],
};

const suggestions: TodaySuggestion[] = [
  { contactId: 'd1', name: 'Dora Vogel', reason: { kind: 'drifting', lastContactOn: '2026-08-03', status: 'overdue' } },
  { contactId: 'y1', name: 'Yusuf Yılmaz', reason: { kind: 'youOwe', favour: anInteraction({ contactIds: ['y1'], type: 'favourReceived', date: '2026-10-01' }) } },
];

function install(view: TodayView, language: 'de' | 'en' = 'de') {
  return installFakePlausch(
    {
    'today:get': () => view,
    'reminders:list': () => ({ pending: [], history: [] }),
    'reminders:snooze': ({ id }) => ({ ...snoozedPast, id, status: 'snoozed' }),
    'reminders:done': ({ id }) => ({ ...snoozedPast, id, status: 'done' }),
    'today:snoozeSuggestion': () => null,
    'contacts:list': () => [aContact({ id: 'c2', firstName: 'Thomas', lastName: 'Becker' })],
    },
    { language },
  );
}

describe('Today as one agenda', () => {
  it('groups the rows by day — Heute, Morgen, then the weekday — each with its reason in words', async () => {
    install(busyDay);
    await renderInApp(<TodayPage />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Heute & diese Woche' })).toBeTruthy();
    const agenda = screen.getByRole('list', { name: 'Heute und in den nächsten Tagen' });
    expect(within(agenda).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Heute',
      'Morgen',
      'Mittwoch, 2. Dezember 2026',
    ]);
    const today = within(agenda).getByRole('list', { name: 'Heute' });
    expect(within(today).getAllByRole('listitem').map((row) => row.textContent)).toEqual([
      expect.stringContaining('Sabine Müller – Geburtstag'),
      expect.stringContaining('Jörg Weber – Nachfassen: Mittagessen vom 12.11.2026'),
      expect.stringContaining('Petra Lang – Dienstjubiläum'),
    ]);
    expect(within(today).getAllByRole('listitem')[1]?.textContent).toContain('seit 2 Tagen fällig · Raumbuchung klären');
    const wednesday = within(agenda).getByRole('list', { name: 'Mittwoch, 2. Dezember 2026' });
    expect(wednesday.textContent).toContain('Thomas Becker – wird 40');
    expect(wednesday.textContent).toContain('Rund – Zeit, Blumen zu bestellen');
    expect(within(wednesday).getByRole('link', { name: 'Thomas Becker' }).getAttribute('href')).toBe('#/contacts/c2');
  });

  it('snoozes, settles and logs from a birthday row, each in one click', async () => {
    const fake = install(busyDay);
    await renderInApp(<TodayPage />);
    const user = userEvent.setup();
    const row = await screen.findByRole('group', { name: 'Aktionen: Thomas Becker: wird 40' });
    await user.click(within(row).getByRole('button', { name: 'Thomas Becker: wird 40: morgen erinnern' }));
    expect(fake.callsTo('reminders:snooze')).toEqual([{ id: 'birthday:c2:2026-12-02:0', duration: 'day' }]);
    await user.click(within(row).getByRole('button', { name: 'Thomas Becker: wird 40: erledigt' }));
    expect(fake.callsTo('reminders:done')).toEqual([{ id: 'birthday:c2:2026-12-02:0' }]);
    await user.click(within(row).getByRole('button', { name: 'Begegnung mit Thomas Becker festhalten' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Thomas Becker', { exact: false })).toBeTruthy();
  });

  it('settles a follow-up through its reminder, and reaches the actions by keyboard', async () => {
    const fake = install(busyDay);
    await renderInApp(<TodayPage />);
    const done = await screen.findByRole('button', { name: 'Jörg Weber: Nachfassen: Mittagessen vom 12.11.2026: erledigt' });
    done.focus();
    const user = userEvent.setup();
    await user.keyboard('{Enter}');
    expect(fake.callsTo('reminders:done')).toEqual([{ id: 'followUp:i1:2026-11-25:0' }]);
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Jörg Weber: Nachfassen: Mittagessen vom 12.11.2026: morgen erinnern' }));
  });

  it('ticks a new colleague’s welcome step off from its row', async () => {
    const step = { contactId: 'n1', name: 'Jonas Weiß', step: 'showAround' as const, dueOn: '2026-11-27', daysOverdue: 0 };
    const fake = installFakePlausch({
      'today:get': () => ({ ...quietDay, agenda: [{ date: '2026-11-27', items: [{ kind: 'colleagueStep', key: 'step:n1:showAround', date: '2026-11-27', step }] }] }),
      'reminders:list': () => ({ pending: [], history: [] }),
      'colleagues:completeStep': () => ({ contactId: 'n1', name: 'Jonas Weiß', startDate: '2026-11-02', steps: [], complete: false }),
    });
    await renderInApp(<TodayPage />);
    const user = userEvent.setup();
    const row = await screen.findByRole('group', { name: /^Aktionen: Jonas Weiß/ });
    await user.click(within(row).getByRole('button', { name: /erledigt$/ }));
    expect(fake.callsTo('colleagues:completeStep')).toEqual([{ contactId: 'n1', step: 'showAround' }]);
    expect(await screen.findByText('Als erledigt vermerkt.')).toBeTruthy();
  });

  it('suggests whom to reach out to, with the reason, to log with or put off for a week', async () => {
    const fake = install({ ...busyDay, suggestions });
    await renderInApp(<TodayPage />);
    const list = await screen.findByRole('list', { name: 'Vorschläge für diese Woche' });
    expect(within(list).getAllByRole('listitem').map((row) => row.textContent)).toEqual([
      expect.stringContaining('Dora VogelÜberfällig – zuletzt am 3. August 2026'),
      expect.stringContaining('Yusuf YılmazHat Ihnen am 1. Oktober 2026 einen Gefallen getan – noch offen'),
    ]);
    const user = userEvent.setup();
    await user.click(within(list).getByRole('button', { name: 'Dora Vogel diese Woche nicht vorschlagen' }));
    expect(fake.callsTo('today:snoozeSuggestion')).toEqual([{ contactId: 'd1' }]);
    expect(within(list).getByRole('button', { name: 'Begegnung mit Yusuf Yılmaz festhalten' })).toBeTruthy();
  });

  it('speaks English in English', async () => {
    install({ ...busyDay, suggestions }, 'en');
    await renderInApp(<TodayPage />, 'en');
    expect(await screen.findByRole('heading', { level: 1, name: 'Today & this week' })).toBeTruthy();
    const agenda = screen.getByRole('list', { name: 'Today and the next few days' });
    expect(within(agenda).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Today', 'Tomorrow', 'Wednesday, December 2, 2026']);
    expect(agenda.textContent).toContain('Thomas Becker – turns 40');
    expect(screen.getByRole('heading', { name: 'Who to reach out to this week?' })).toBeTruthy();
  });

  it('says when nothing is on, once', async () => {
    install(quietDay);
    await renderInApp(<TodayPage />);
    expect(await screen.findByRole('heading', { name: 'Heute steht nichts an' })).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Heute und in den nächsten Tagen' })).toBeNull();
  });

  it('keeps an empty agenda short when there are people to suggest', async () => {
    install({ ...quietDay, suggestions });
    await renderInApp(<TodayPage />);
    const agenda = await screen.findByRole('list', { name: 'Heute und in den nächsten Tagen' });
    expect(agenda.textContent).toContain('Heute steht nichts an.');
  });
});
