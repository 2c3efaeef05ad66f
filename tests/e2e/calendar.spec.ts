// A calendar file read through Settings becomes Today's "Gestern und heute getroffen?": a meeting is logged with one
// click and lands in the journal, another is dismissed, a newcomer becomes a contact; today's meeting ahead leads to
// the briefing, and a Christmas party is offered as an event. Screenshots in German light, English dark and the
// system's high contrast, each checked by axe. The calendar's dates lie around the fixtures' NOW (Friday,
// 2026-11-27, 09:30 in Berlin): yesterday's meetings and this morning's call are past, the budget talk at 14:00 ahead.
import { resolve } from 'node:path';
import { expect, shot, test, type PlauschApp } from './support/fixtures';
import { seriousViolations } from './support/axe';

const calendarFile = resolve(__dirname, 'support/calendar-e2e.ics');

async function seedJournal(app: PlauschApp) {
  const firm = { organisation: 'Hartmann & Partner', relation: 'internal' as const };
  const person = (firstName: string, lastName: string, email: string, extra: object = firm) =>
    app.call('contacts:create', { firstName, lastName, emails: [email], ...extra });
  await person('Sabine', 'Müller', 'sabine.mueller@hartmann-partner.de');
  await person('Thomas', 'Becker', 'thomas.becker@hartmann-partner.de');
  await person('Petra', 'Vogel', 'petra.vogel@hartmann-partner.de');
  await person('Klaus', 'Richter', 'klaus.richter@hartmann-partner.de');
  await person('Claire', 'Dubois', 'claire.dubois@lumen-consulting.fr', { organisation: 'Lumen Consulting', relation: 'external' });
  await app.call('settings:update', { ownEmailAddresses: ['anna.schmidt@hartmann-partner.de'] });
}

/** Reads the calendar file through Settings' file input, as a user picks it. */
async function importThroughSettings(app: PlauschApp, texts: { section: string; read: string }) {
  const { page } = app;
  await app.open('#/settings');
  const section = page.getByRole('region', { name: texts.section, exact: true });
  await section.locator('input[type="file"]').setInputFiles(calendarFile);
  await expect(section.getByText(`${texts.read}: calendar-e2e.ics`)).toBeVisible();
  return section;
}

async function openToday(app: PlauschApp, heading: string) {
  await app.open('#/today');
  await expect(app.page.getByRole('heading', { name: heading })).toBeVisible();
  await expect(app.page.getByText(/Plausch lädt|Plausch is loading/)).toHaveCount(0);
}

/** The whole page: it scrolls inside the window's frame, so the window is made tall enough to hold it. */
async function shotOfPage(page: PlauschApp['page'], name: string) {
  await page.setViewportSize({ width: 1280, height: 1400 });
  await page.locator('main').evaluate((main) => main.scrollTo(0, 0));
  await shot(page, name);
  await page.setViewportSize({ width: 1280, height: 800 });
}

/** The Settings section alone, in a window tall enough that none of it hides under the app's top bar. */
async function shotOfSection(page: PlauschApp['page'], section: ReturnType<PlauschApp['page']['getByRole']>, name: string) {
  await page.setViewportSize({ width: 1280, height: 1400 });
  await section.scrollIntoViewIfNeeded();
  await shot(page, name, section);
  await page.setViewportSize({ width: 1280, height: 800 });
}

test('a calendar file turns into meetings to log on Today, one click each', async ({ app }) => {
  const { page } = app;
  await seedJournal(app);
  await app.call('settings:update', { theme: 'light', language: 'de' });

  const section = await importThroughSettings(app, { section: 'Kalender', read: 'Kalender-Datei' });
  await expect(section.getByText(/^5 Termine · gelesen am /)).toBeVisible();
  expect(await seriousViolations(app.page, 'main')).toEqual([]);
  await shotOfSection(page, section, 'settings-calendar-de-light');

  await openToday(app, 'Gestern und heute getroffen?');
  const meetings = page.getByRole('list', { name: 'Termine zum Festhalten' });
  await expect(meetings.getByRole('listitem', { name: /:/ })).toHaveText([/Telefonat Angebot Lumen/, /Mittagessen mit Petra/, /Jour fixe Einkauf/]);
  const jourFixe = meetings.getByRole('listitem', { name: 'Gestern, 10:00–11:00: Jour fixe Einkauf' });
  await expect(jourFixe.getByText('Jana Roth (Nordlicht)')).toBeVisible();
  await expect(jourFixe.getByRole('combobox', { name: /Art der Begegnung/ })).toHaveValue('meeting');
  // The room is no person; the user herself is no attendee.
  await expect(jourFixe.getByText(/Anna Schmidt/)).toHaveCount(0);
  await expect(meetings.getByRole('listitem', { name: /Mittagessen mit Petra/ }).getByRole('combobox')).toHaveValue('lunch');
  await expect(meetings.getByRole('listitem', { name: /Telefonat Angebot Lumen/ }).getByRole('combobox')).toHaveValue('call');

  const prep = page.getByRole('list', { name: 'Heutige Termine mit Ihren Kontakten' });
  await expect(prep).toContainText('Heute, 14:00');
  await expect(prep.getByRole('link', { name: 'Gespräch vorbereiten: Klaus Richter' }).last()).toHaveText('Gespräch vorbereiten');
  const offers = page.getByRole('list', { name: 'Termine, die nach einer Veranstaltung aussehen' });
  await expect(offers).toContainText('Weihnachtsfeier');
  await expect(offers).toContainText('3 Kontakte erwartet');
  expect(await seriousViolations(app.page, 'main')).toEqual([]);
  await shotOfPage(page, 'today-calendar-de-light');

  // A newcomer becomes a contact and joins the people of the meeting.
  await jourFixe.getByRole('button', { name: 'Als Kontakt anlegen: Jana Roth' }).click();
  await expect(jourFixe.getByRole('link', { name: 'Jana Roth' })).toBeVisible();
  await expect(jourFixe.getByText('Noch nicht im Journal:')).toHaveCount(0);

  // One click logs it; the focus goes on to the meeting now in its place (the last one).
  await jourFixe.getByRole('button', { name: 'Festhalten: Jour fixe Einkauf' }).click();
  await expect(page.getByText('„Jour fixe Einkauf“ steht jetzt im Journal.')).toBeVisible();
  await expect(meetings.getByRole('listitem', { name: /Jour fixe Einkauf/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Festhalten: Mittagessen mit Petra' })).toBeFocused();

  // Dismissed with the keyboard: Tab to "Verwerfen", Enter.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Verwerfen: Mittagessen mit Petra' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(meetings.getByRole('listitem', { name: /Mittagessen mit Petra/ })).toHaveCount(0);
  await expect(meetings.getByRole('listitem', { name: /:/ })).toHaveText([/Telefonat Angebot Lumen/]);

  await app.open('#/journal');
  const entry = page.getByRole('article').filter({ hasText: 'Jour fixe Einkauf' });
  await expect(entry).toContainText('Besprechung');
  await expect(entry).toContainText('Sabine Müller');
  await expect(entry).toContainText('Jana Roth');
  // Logged once, it is never suggested again; the dismissed lunch stays dismissed.
  await openToday(app, 'Gestern und heute getroffen?');
  await expect(meetings.getByRole('listitem', { name: /:/ })).toHaveText([/Telefonat Angebot Lumen/]);

  // The Christmas party becomes an event, and its page opens.
  await offers.getByRole('button', { name: 'Als Veranstaltung anlegen: Weihnachtsfeier' }).click();
  await expect(page).toHaveURL(/#\/events\/[\w-]+$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Weihnachtsfeier' })).toBeVisible();
});

test('the calendar in English and dark, and in high contrast', async ({ app }) => {
  const { page } = app;
  await seedJournal(app);
  await app.call('settings:update', { theme: 'dark', language: 'en' });
  const section = await importThroughSettings(app, { section: 'Calendar', read: 'Calendar file' });
  await expect(section.getByText(/^5 meetings · read on /)).toBeVisible();
  // The same file watched (its meetings are not counted twice on Today), and a place that is not there.
  const place = section.getByRole('textbox', { name: 'Place of the file or folder' });
  await place.fill(calendarFile);
  await section.getByRole('button', { name: 'Watch', exact: true }).click();
  const watched = section.getByRole('list', { name: 'Watch a file or folder' });
  await expect(watched.getByRole('listitem')).toHaveText([/File · Read on .+ · 5 meetings/]);
  await place.fill('/nowhere/boss.ics');
  await place.press('Enter');
  await expect(section.getByRole('alert')).toHaveText('The calendar file or folder is not there (any more), or Plausch may not read it.');
  await expect(place).toHaveValue('/nowhere/boss.ics');
  expect(await seriousViolations(app.page, 'main')).toEqual([]);
  await shotOfSection(page, section, 'settings-calendar-en-dark');

  await openToday(app, 'Met yesterday or today?');
  await expect(page.getByRole('listitem', { name: 'Yesterday, 10:00 AM–11:00 AM: Jour fixe Einkauf' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Prepare the conversation' })).toBeVisible();
  expect(await seriousViolations(app.page, 'main')).toEqual([]);
  await shotOfPage(page, 'today-calendar-en-dark');

  await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
  await app.call('settings:update', { theme: 'system', language: 'de' });
  await openToday(app, 'Gestern und heute getroffen?');
  expect(await seriousViolations(app.page, 'main')).toEqual([]);
  await shotOfPage(page, 'today-calendar-hc');
});

test('without a calendar Today stays as it was, with a quiet way to connect one', async ({ app }) => {
  const { page } = app;
  await app.call('settings:update', { language: 'de' });
  await app.open('#/today');
  await expect(page.getByRole('heading', { name: 'Heute steht nichts an' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Kalender verbinden' })).toBeVisible();
  await shotOfPage(page, 'today-calendar-none');
  await page.getByRole('link', { name: 'Kalender verbinden' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Kalender', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Gestern und heute getroffen?' })).toHaveCount(0);
});

test('the desktop app offers to pick the file or folder to watch', async ({ desktopApp }) => {
  const { page } = desktopApp;
  await desktopApp.call('settings:update', { language: 'de', theme: 'light' });
  await desktopApp.open('#/settings');
  const section = page.getByRole('region', { name: 'Kalender', exact: true });
  await expect(section.getByRole('button', { name: 'Ordner auswählen …' })).toBeVisible();
  await expect(section.getByText('Im Browser gibt es keine Dateiauswahl', { exact: false })).toHaveCount(0);
  // The headless desktop of the tests cancels the choice: nothing is watched, and nothing is said.
  await section.getByRole('button', { name: 'Datei auswählen …', exact: true }).click();
  await expect(section.getByText('Noch kein Kalender wird beobachtet.')).toBeVisible();
  await expect(section.getByRole('alert')).toHaveCount(0);
  await shotOfSection(page, section, 'settings-calendar-desktop');
});
