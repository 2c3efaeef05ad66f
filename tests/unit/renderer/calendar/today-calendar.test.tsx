import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { CalendarDay } from '../../../../shared/calendar';
import type { TodayView } from '../../../../shared/views';
import { calendarDayKey } from '../../../../renderer/src/features/calendar/calendar-queries';
import { TodayPage } from '../../../../renderer/src/features/today';
import { installFakePlausch, type Handlers } from '../support/fake-plausch';
import { renderInApp } from '../support/render-app';
import { quietDay } from '../support/today-fixtures';
import { anEvent, budgetTalk, christmasParty, connectedDay, emptyCalendarDay, jana, jourFixe, lunch } from './calendar-fixtures';

afterEach(() => {
  window.location.hash = '';
});

/** Today with a calendar whose day the test can change, as the service would after an action. */
function installToday(day: CalendarDay, { language = 'de', view = quietDay, handlers = {} }: { language?: 'de' | 'en'; view?: TodayView; handlers?: Handlers } = {}) {
  const calendar = { day };
  const fake = installFakePlausch(
    {
      'today:get': () => view,
      'reminders:list': () => ({ pending: [], history: [] }),
      'calendar:day': () => calendar.day,
      'calendar:log': () => ({ undoToken: 'undo-log', interactionId: 'i-new' }),
      'calendar:dismiss': () => ({ undoToken: 'undo-dismiss' }),
      'calendar:addContact': () => jana,
      'calendar:createEvent': () => anEvent('e-party', 'Weihnachtsfeier'),
      'undo:apply': () => null,
      ...handlers,
    },
    { language },
  );
  return { fake, calendar };
}

const metList = () => screen.findByRole('list', { name: 'Termine zum Festhalten' });
/** A meeting's row in the card (a toast about it has its name too). */
const row = (name: RegExp, list = 'Termine zum Festhalten') => within(screen.getByRole('list', { name: list })).getByRole('listitem', { name });

describe('Today: "Gestern und heute getroffen?"', () => {
  it('shows each past meeting with when, what, who, the kind and the place, and the people not in the journal yet', async () => {
    installToday(connectedDay);
    await renderInApp(<TodayPage />);
    expect(await screen.findByRole('heading', { name: 'Gestern und heute getroffen?' })).toBeTruthy();
    const list = await metList();
    expect(within(list).getAllByRole('listitem', { name: /:/ }).map((item) => item.getAttribute('aria-label'))).toEqual([
      'Gestern, 10:00–11:00: Jour fixe Einkauf',
      'Heute, 08:00: Mittagessen mit Petra',
    ]);
    const jour = row(/Jour fixe Einkauf/);
    expect(within(jour).getByText('Gestern, 10:00–11:00')).toBeTruthy();
    expect(within(jour).getByRole('link', { name: 'Sabine Müller' }).getAttribute('href')).toBe('#/contacts/c-sabine');
    expect(within(jour).getByRole('link', { name: 'Thomas Becker' })).toBeTruthy();
    expect(within(jour).getByText('Raum 4.12')).toBeTruthy();
    expect(within(jour).getByText('Noch nicht im Journal:')).toBeTruthy();
    expect(within(jour).getByText('Jana Roth (Nordlicht)')).toBeTruthy();
    const kind = within(jour).getByRole('combobox', { name: 'Art der Begegnung: Jour fixe Einkauf' }) as HTMLSelectElement;
    expect(kind.value).toBe('meeting');
    expect(kind.selectedOptions[0]?.textContent).toBe('Besprechung');
    expect([...kind.options].map((option) => option.textContent)).toEqual(['Besprechung', 'Mittagessen', 'Kaffee', 'Telefonat', 'Small Talk', 'Veranstaltung']);
    const petra = row(/Mittagessen mit Petra/);
    expect((within(petra).getByRole('combobox') as HTMLSelectElement).value).toBe('lunch');
    // A meeting without a place says nothing about one.
    expect(within(petra).queryByText('Raum 4.12')).toBeNull();
  });

  it('logs a meeting with one click, says so with Undo, and takes it back', async () => {
    const { fake, calendar } = installToday(connectedDay, { handlers: { 'calendar:log': () => {
      calendar.day = { ...connectedDay, suggestions: [lunch] };
      return { undoToken: 'undo-log', interactionId: 'i-new' };
    } } });
    await renderInApp(<TodayPage />);
    const user = userEvent.setup();
    await metList();
    await user.click(within(row(/Jour fixe Einkauf/)).getByRole('button', { name: 'Festhalten: Jour fixe Einkauf' }));
    expect(fake.callsTo('calendar:log')).toEqual([{ key: jourFixe.key }]);
    expect(await screen.findByText('„Jour fixe Einkauf“ steht jetzt im Journal.')).toBeTruthy();
    // The row goes, and the keyboard goes on with the next one.
    await waitFor(() => expect(within(screen.getByRole('list', { name: 'Termine zum Festhalten' })).queryByRole('listitem', { name: /Jour fixe Einkauf/ })).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Festhalten: Mittagessen mit Petra' })));
    await user.click(screen.getByRole('button', { name: 'Rückgängig' }));
    expect(fake.callsTo('undo:apply')).toEqual([{ undoToken: 'undo-log' }]);
  });

  it('logs as the kind the user picked', async () => {
    const { fake } = installToday(connectedDay);
    await renderInApp(<TodayPage />);
    const user = userEvent.setup();
    await metList();
    const jour = row(/Jour fixe Einkauf/);
    await user.selectOptions(within(jour).getByRole('combobox'), 'Mittagessen');
    await user.click(within(jour).getByRole('button', { name: /^Festhalten/ }));
    expect(fake.callsTo('calendar:log')).toEqual([{ key: jourFixe.key, type: 'lunch' }]);
  });

  it('reaches every action with Tab and logs with Enter', async () => {
    const { fake } = installToday({ ...connectedDay, suggestions: [lunch], prep: [], eventOffers: [] });
    await renderInApp(<TodayPage />);
    const user = userEvent.setup();
    await metList();
    within(row(/Mittagessen mit Petra/)).getByRole('link', { name: 'Petra Lang' }).focus();
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('combobox', { name: 'Art der Begegnung: Mittagessen mit Petra' }));
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Festhalten: Mittagessen mit Petra' }));
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Verwerfen: Mittagessen mit Petra' }));
    await user.tab({ shift: true });
    await user.keyboard('{Enter}');
    expect(fake.callsTo('calendar:log')).toEqual([{ key: lunch.key }]);
  });

  it('dismisses a meeting for good, with Undo, and the focus moves to the next row', async () => {
    const { fake, calendar } = installToday(connectedDay, { handlers: { 'calendar:dismiss': () => {
      calendar.day = { ...connectedDay, suggestions: [lunch] };
      return { undoToken: 'undo-dismiss' };
    } } });
    await renderInApp(<TodayPage />);
    const user = userEvent.setup();
    await metList();
    await user.click(screen.getByRole('button', { name: 'Verwerfen: Jour fixe Einkauf' }));
    expect(fake.callsTo('calendar:dismiss')).toEqual([{ key: jourFixe.key }]);
    expect(fake.callsTo('calendar:log')).toEqual([]);
    expect(await screen.findByText('Vorschlag verworfen. Er kommt nicht wieder.')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Festhalten: Mittagessen mit Petra' })));
    await user.click(screen.getByRole('button', { name: 'Rückgängig' }));
    expect(fake.callsTo('undo:apply')).toEqual([{ undoToken: 'undo-dismiss' }]);
  });

  it('hides the card and puts the focus on the page heading once the last meeting is logged', async () => {
    const { calendar } = installToday({ ...connectedDay, suggestions: [lunch] }, { handlers: { 'calendar:log': () => {
      calendar.day = { ...connectedDay, suggestions: [] };
      return { undoToken: 'undo-log', interactionId: 'i-new' };
    } } });
    await renderInApp(<TodayPage />);
    const user = userEvent.setup();
    await metList();
    await user.click(screen.getByRole('button', { name: 'Festhalten: Mittagessen mit Petra' }));
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Gestern und heute getroffen?' })).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 })));
  });

  it('makes a contact of someone not in the journal, who then joins the people', async () => {
    const withJana = { ...jourFixe, contacts: [...jourFixe.contacts, { contactId: 'c-jana', name: 'Jana Roth' }], newcomers: [] };
    const { fake, calendar } = installToday(connectedDay, { handlers: { 'calendar:addContact': () => {
      calendar.day = { ...connectedDay, suggestions: [withJana, lunch] };
      return jana;
    } } });
    await renderInApp(<TodayPage />);
    const user = userEvent.setup();
    await metList();
    await user.click(screen.getByRole('button', { name: 'Als Kontakt anlegen: Jana Roth' }));
    expect(fake.callsTo('calendar:addContact')).toEqual([{ key: jourFixe.key, email: 'jana.roth@nordlicht.de' }]);
    expect(await screen.findByText('Jana Roth ist jetzt ein Kontakt.')).toBeTruthy();
    const jour = row(/Jour fixe Einkauf/);
    await waitFor(() => expect(within(jour).getByRole('link', { name: 'Jana Roth' }).getAttribute('href')).toBe('#/contacts/c-jana'));
    expect(within(jour).queryByText('Noch nicht im Journal:')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(within(jour).getByRole('button', { name: 'Festhalten: Jour fixe Einkauf' })));
  });

  it('remembers a newcomer’s address as the user’s own with "Das bin ich"', async () => {
    const { fake } = installToday(connectedDay);
    await renderInApp(<TodayPage />);
    const user = userEvent.setup();
    await metList();
    await user.click(screen.getByRole('button', { name: 'Das bin ich: jana.roth@nordlicht.de' }));
    await waitFor(() => expect(fake.callsTo('settings:update')).toEqual([{ ownEmailAddresses: ['jana.roth@nordlicht.de'] }]));
    expect(await screen.findByText(/jana\.roth@nordlicht\.de ist als Ihre Adresse gemerkt/)).toBeTruthy();
  });

  it('says what went wrong when a meeting is no longer in the calendar, and keeps the row', async () => {
    const { PlauschError } = await import('../../../../shared/errors');
    installToday(connectedDay, { handlers: { 'calendar:log': () => {
      throw new PlauschError('calendarOccurrenceGone');
    } } });
    await renderInApp(<TodayPage />);
    const user = userEvent.setup();
    await metList();
    await user.click(screen.getByRole('button', { name: 'Festhalten: Jour fixe Einkauf' }));
    expect(await screen.findByText('Dieser Termin steht nicht mehr im Kalender. Es wurde nichts geändert.')).toBeTruthy();
    expect(row(/Jour fixe Einkauf/)).toBeTruthy();
  });
});

describe('Today: "Gespräch vorbereiten" and events from the calendar', () => {
  it('leads from a meeting still ahead to the briefing of each person', async () => {
    installToday(connectedDay);
    await renderInApp(<TodayPage />);
    const list = await screen.findByRole('list', { name: 'Heutige Termine mit Ihren Kontakten' });
    const meeting = within(list).getAllByRole('listitem')[0]!;
    expect(meeting.textContent).toContain('Heute, 14:00');
    expect(meeting.textContent).toContain(budgetTalk.summary);
    const prepare = within(meeting).getAllByRole('link', { name: 'Gespräch vorbereiten: Klaus Richter' });
    expect(prepare.map((link) => link.getAttribute('href'))).toEqual(['#/coach/briefing/c-klaus', '#/coach/briefing/c-klaus']);
    expect(prepare.map((link) => link.textContent)).toEqual(['Klaus Richter', 'Gespräch vorbereiten']);
    expect(within(meeting).getByRole('link', { name: 'Gespräch vorbereiten: Dora Vogel' }).getAttribute('href')).toBe('#/coach/briefing/c-dora');
  });

  it('creates an event from an offer in the app’s language and opens it', async () => {
    const { fake } = installToday(connectedDay);
    await renderInApp(<TodayPage />);
    const user = userEvent.setup();
    const list = await screen.findByRole('list', { name: 'Termine, die nach einer Veranstaltung aussehen' });
    expect(list.textContent).toContain('Weihnachtsfeier');
    expect(list.textContent).toContain('11. Dezember 2026, 18:00 · Kantine');
    expect(list.textContent).toContain('2 Kontakte erwartet');
    await user.click(within(list).getByRole('button', { name: 'Als Veranstaltung anlegen: Weihnachtsfeier' }));
    expect(fake.callsTo('calendar:createEvent')).toEqual([{ key: christmasParty.key, language: 'de' }]);
    await waitFor(() => expect(window.location.hash).toBe('#/events/e-party'));
  });

  it('dismisses an event offer with Undo', async () => {
    const { fake } = installToday(connectedDay);
    await renderInApp(<TodayPage />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Verwerfen: Weihnachtsfeier' }));
    expect(fake.callsTo('calendar:dismiss')).toEqual([{ key: christmasParty.key }]);
    expect(await screen.findByRole('button', { name: 'Rückgängig' })).toBeTruthy();
  });

  it('shows an event over several days as one span', async () => {
    installToday({ ...emptyCalendarDay, connected: true, eventOffers: [{ ...christmasParty, title: 'Assistenz-Kongress', date: '2027-03-11', endDate: '2027-03-12', startTime: undefined, expected: [], expectedIds: [] }] });
    await renderInApp(<TodayPage />);
    const list = await screen.findByRole('list', { name: 'Termine, die nach einer Veranstaltung aussehen' });
    expect(list.textContent).toContain('11.–12. März 2027 · Kantine');
    expect(list.textContent).toContain('Noch keine Kontakte erwartet');
  });
  it('shows the three soonest event offers and the rest on request', async () => {
    const offers = Array.from({ length: 5 }, (_, index) => ({ ...christmasParty, key: `c${'0'.repeat(23)}${index}:2026121${index}`, title: `Schulung ${index + 1}` }));
    installToday({ ...emptyCalendarDay, connected: true, eventOffers: offers });
    await renderInApp(<TodayPage />);
    const user = userEvent.setup();
    const list = await screen.findByRole('list', { name: 'Termine, die nach einer Veranstaltung aussehen' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(3);
    expect(list.textContent).toContain('Schulung 3');
    expect(list.textContent).not.toContain('Schulung 4');
    await user.click(screen.getByRole('button', { name: '2 weitere Veranstaltungen zeigen' }));
    expect(within(list).getAllByRole('listitem')).toHaveLength(5);
    expect(list.textContent).toContain('Schulung 5');
    expect(screen.queryByRole('button', { name: /weitere Veranstaltungen zeigen/ })).toBeNull();
  });
});

describe('Today without anything from the calendar', () => {
  it('shows no card when no calendar is connected, and on a quiet day a quiet link to connect one', async () => {
    installToday(emptyCalendarDay);
    await renderInApp(<TodayPage />);
    const link = await screen.findByRole('link', { name: 'Kalender verbinden' });
    expect(link.getAttribute('href')).toBe('#/settings');
    expect(screen.getByRole('heading', { name: 'Heute steht nichts an' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Gestern und heute getroffen?' })).toBeNull();
  });

  it('shows neither a card nor the link when a connected calendar has nothing today', async () => {
    installToday({ ...emptyCalendarDay, connected: true });
    const { queryClient } = await renderInApp(<TodayPage />);
    expect(await screen.findByRole('heading', { name: 'Heute steht nichts an' })).toBeTruthy();
    await waitFor(() => expect(queryClient.getQueryState(calendarDayKey)?.status).toBe('success'));
    expect(screen.queryByRole('link', { name: 'Kalender verbinden' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Gestern und heute getroffen?' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Gespräch vorbereiten' })).toBeNull();
  });

  it('opens the page even when the calendar cannot be asked', async () => {
    installToday(emptyCalendarDay, { handlers: { 'calendar:day': () => {
      throw new Error('no calendar service');
    } } });
    await renderInApp(<TodayPage />);
    expect(await screen.findByRole('heading', { name: 'Heute steht nichts an' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Kalender verbinden' })).toBeNull();
  });
});

describe('Today’s calendar in English', () => {
  it('speaks English, with the clock as English writes it', async () => {
    const { fake } = installToday(connectedDay, { language: 'en' });
    await renderInApp(<TodayPage />, 'en');
    expect(await screen.findByRole('heading', { name: 'Met yesterday or today?' })).toBeTruthy();
    const list = await screen.findByRole('list', { name: 'Meetings to log' });
    expect(within(list).getAllByRole('listitem', { name: /:/ }).map((item) => item.getAttribute('aria-label'))).toEqual([
      'Yesterday, 10:00 AM–11:00 AM: Jour fixe Einkauf',
      'Today, 8:00 AM: Mittagessen mit Petra',
    ]);
    expect(within(row(/Jour fixe/, 'Meetings to log')).getByText('Not in the journal yet:')).toBeTruthy();
    expect((within(row(/Jour fixe/, 'Meetings to log')).getByRole('combobox') as HTMLSelectElement).selectedOptions[0]?.textContent).toBe('Meeting');
    expect(screen.getByRole('heading', { name: 'Prepare the conversation' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Prepare the conversation: Dora Vogel' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'From the calendar: events' })).toBeTruthy();
    expect(screen.getByText('2 contacts expected')).toBeTruthy();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Create as event: Weihnachtsfeier' }));
    expect(fake.callsTo('calendar:createEvent')).toEqual([{ key: christmasParty.key, language: 'en' }]);
  });
});
