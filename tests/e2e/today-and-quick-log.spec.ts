// Issue 3 as a user meets it, against the real backend on Friday 27 November 2026: the day at a glance with a
// birthday in three days, a round birthday and a follow-up due; the tray's quick-log window creating a new
// colleague in place; the Advent campaign a few days before the first of December.
import type { Page } from '@playwright/test';
import { expect, shot, test, type PlauschApp } from './support/fixtures';

async function seed(app: PlauschApp) {
  const sabine = await app.call('contacts:create', {
    firstName: 'Sabine',
    lastName: 'Müller',
    organisation: 'Hartmann & Partner',
    birthday: '--11-30',
    giftIdeas: ['Dunkle Schokolade'],
  });
  const thomas = await app.call('contacts:create', { firstName: 'Thomas', lastName: 'Becker', department: 'Vorstand', birthday: '1976-12-03' });
  const jonas = await app.call('contacts:create', { firstName: 'Jonas', lastName: 'Weiß', organisation: 'Hartmann & Partner' });
  await app.call('interactions:create', {
    contactIds: [jonas.id],
    type: 'call',
    date: '2026-11-20',
    note: 'Angebot für die Weihnachtsfeier schicken',
    followUpOn: '2026-11-27',
  });
  await app.call('interactions:create', { contactIds: [sabine.id], type: 'coffee', date: '2026-10-02' });
  await app.call('interactions:create', { contactIds: [sabine.id, jonas.id], type: 'lunch', date: '2026-06-12' });
  return { sabine, thomas, jonas };
}

/** Nothing on Today is wider than the window: not the page, not a row, not a row's parts. */
async function expectNoOverflow(page: Page) {
  const overflowing = await page.locator('main').evaluate((main) => {
    const found: string[] = [];
    if (main.scrollWidth > main.clientWidth) found.push(`main ${main.scrollWidth} > ${main.clientWidth}`);
    for (const row of main.querySelectorAll<HTMLElement>('li')) {
      const rowBox = row.getBoundingClientRect();
      for (const part of row.children) {
        if (part.getBoundingClientRect().right > rowBox.right + 0.5) found.push(`past the row's end: ${row.textContent?.slice(0, 40)}`);
      }
    }
    return found;
  });
  expect(overflowing).toEqual([]);
}

test('Today is one agenda by day, each row with its reason and one-click actions, and whom to reach out to', async ({ app }) => {
  const { page } = app;
  await seed(app);
  // Drifting (a 30-day rhythm, last seen in August) and owed a favour: the week's suggestions.
  await app.call('contacts:create', { firstName: 'Dora', lastName: 'Vogel', organisation: 'Stadtwerke München', cadenceDays: 30, metOn: '2026-08-03' });
  const petra = await app.call('contacts:create', { firstName: 'Petra', lastName: 'Lang', organisation: 'Messe Frankfurt' });
  await app.call('interactions:create', { contactIds: [petra.id], type: 'favourReceived', date: '2026-10-15', note: 'Hat uns kurzfristig den Konferenzraum überlassen' });
  // With contacts in the journal, a start without a route opens Today.
  await app.open();
  await expect(page).toHaveURL(/#\/today$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Heute & diese Woche' })).toBeVisible();

  const agenda = page.getByRole('list', { name: 'Heute und in den nächsten Tagen' });
  await expect(agenda.getByRole('heading', { level: 3 })).toHaveText(['Heute', 'Montag, 30. November 2026', 'Donnerstag, 3. Dezember 2026']);
  const today = agenda.getByRole('list', { name: 'Heute' });
  await expect(today).toContainText('Jonas Weiß – Nachfassen: Telefonat vom 20.11.2026');
  const monday = agenda.getByRole('list', { name: 'Montag, 30. November 2026' });
  await expect(monday).toContainText('Sabine Müller – Geburtstag');
  const thursday = agenda.getByRole('list', { name: 'Donnerstag, 3. Dezember 2026' });
  await expect(thursday).toContainText('Thomas Becker – wird 50');
  await expect(thursday).toContainText('Zeit, Blumen zu bestellen');
  // No thing twice: the birthday's due reminder is this same row.
  await expect(page.getByRole('main').getByText('Sabine Müller', { exact: true })).toHaveCount(1);

  const suggestions = page.getByRole('list', { name: 'Vorschläge für diese Woche' });
  await expect(suggestions.getByRole('listitem')).toHaveText([/Dora Vogel.*zuletzt am 3\. August 2026/, /Petra Lang.*Gefallen getan/]);
  await expect(page.getByRole('navigation').getByRole('link', { name: /Heute/ })).toHaveAttribute('aria-current', 'page');
  await shot(page, 'today-01-de-light');

  for (const size of [{ width: 1024, height: 640 }, { width: 1280, height: 800 }]) {
    await page.setViewportSize(size);
    await expectNoOverflow(page);
    if (size.width === 1024) await shot(page, 'today-04-de-1024x640');
  }

  await app.call('settings:update', { language: 'en', theme: 'dark' });
  await expect(page.getByRole('heading', { level: 1, name: 'Today & this week' })).toBeVisible();
  const englishAgenda = page.getByRole('list', { name: 'Today and the next few days' });
  await expect(englishAgenda.getByRole('heading', { level: 3 })).toHaveText(['Today', 'Monday, November 30, 2026', 'Thursday, December 3, 2026']);
  await expect(englishAgenda).toContainText('Thomas Becker – turns 50');
  await expect(englishAgenda).toContainText('Jonas Weiß – Follow up: Call on');
  await expect(page.getByRole('heading', { name: 'Who to reach out to this week?' })).toBeVisible();
  await shot(page, 'today-02-en-dark');
  await app.call('settings:update', { language: 'de', theme: 'light' });
  await expect(page.getByRole('heading', { level: 1, name: 'Heute & diese Woche' })).toBeVisible();

  // One click each: done on the follow-up, snooze on the birthday; both leave the agenda.
  await today.getByRole('button', { name: /^Jonas Weiß: Nachfassen.*: erledigt$/ }).click();
  await expect(agenda).not.toContainText('Jonas Weiß');
  await monday.getByRole('button', { name: 'Sabine Müller: Geburtstag: morgen erinnern' }).click();
  await expect(agenda).not.toContainText('Sabine Müller');

  // Log opens the encounter dialog with the person chosen.
  await thursday.getByRole('button', { name: 'Begegnung mit Thomas Becker festhalten' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Thomas Becker');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);

  // Each row opens its person.
  await thursday.getByRole('link', { name: 'Thomas Becker' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Thomas Becker' })).toBeVisible();

});

test('a quiet day says so', async ({ app }) => {
  const { page } = app;
  await app.call('contacts:create', { firstName: 'Petra', lastName: 'Lang' });
  await app.open('#/today');
  await expect(page.getByRole('heading', { name: 'Heute steht nichts an' })).toBeVisible();
  await shot(page, 'today-03-quiet');
});

test('the quick log creates Anna from Finance and logs a lunch with both', async ({ app }) => {
  const { page } = app;
  const { sabine } = await seed(app);
  // The tray's quick-log window is a page of its own in the browser shell.
  await app.open('#/quick-log');
  const field = page.getByRole('textbox', { name: 'Begegnung in einer Zeile' });
  await expect(field).toBeFocused();
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await shot(page, 'quick-log-01-empty', page.getByRole('main'));

  await page.keyboard.type('Mittagessen mit Sabine und Anna aus Finance');
  const preview = page.getByRole('status', { name: 'Vorschau' });
  await expect(preview).toContainText('Sabine Müller');
  await expect(preview).toContainText('Anna aus Finance · neu');
  await expect(preview).toContainText('Art: Mittagessen');
  await shot(page, 'quick-log-02-typed', page.getByRole('main'));

  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText('Anna aus Finance ist neu – Enter noch einmal');
  await shot(page, 'quick-log-03-confirm-new', page.getByRole('main'));
  await page.keyboard.press('Enter');
  await expect(preview).toContainText('Festgehalten: Mittagessen mit Sabine Müller, Anna');
  await shot(page, 'quick-log-04-saved', page.getByRole('main'));

  const journal = await app.call('interactions:list', {});
  const lunch = journal.items.find((item) => item.type === 'lunch' && item.date === '2026-11-27');
  expect(lunch?.contactIds).toHaveLength(2);
  expect(lunch?.contactIds).toContain(sabine.id);
  const contacts = await app.call('contacts:list', {});
  const anna = contacts.find((contact) => contact.firstName === 'Anna');
  expect(anna?.department).toBe('Finance');
  expect(lunch?.contactIds).toContain(anna?.id);

  // Dark and English, with a type changed by Tab.
  await app.call('settings:update', { language: 'en', theme: 'dark' });
  await expect(page.getByRole('textbox', { name: 'An encounter in one line' })).toBeVisible();
  await shot(page, 'quick-log-05-en-dark-empty', page.getByRole('main'));
  await page.keyboard.type('Coffee with Jonas: Christmas party');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('status', { name: 'Preview' })).toContainText('Type: Lunch');
  await expect(page.getByRole('textbox', { name: 'An encounter in one line' })).toBeFocused();
  await shot(page, 'quick-log-06-en-dark-typed', page.getByRole('main'));
});

test('the Advent campaign proposes the people met most, and sending logs a gift', async ({ app }) => {
  const { page } = app;
  await seed(app);
  await app.open('#/campaigns');
  await expect(page.getByRole('heading', { level: 1, name: 'Geschenke & Anlässe' })).toBeVisible();
  const advent = page.getByRole('region', { name: 'Advent 2026' });
  await expect(advent).toBeVisible();
  const proposals = page.getByRole('list', { name: 'Vorschläge für Advent 2026' });
  await expect(proposals).toContainText('Sabine Müller');
  await expect(proposals).toContainText('2 Begegnungen im letzten Jahr');
  await expect(page.getByRole('heading', { name: 'Blumen: Thomas Becker wird 50' })).toBeVisible();
  await shot(page, 'campaigns-01-proposals');

  await proposals.getByRole('checkbox', { name: 'Sabine Müller etwas schenken' }).click();
  const recipients = page.getByRole('list', { name: 'Beschenkte für Advent 2026' });
  await expect(recipients).toContainText('Ideen: Dunkle Schokolade');
  await recipients.getByRole('textbox', { name: 'Geschenk für Sabine Müller' }).fill('Adventskalender mit Tee');
  await recipients.getByRole('radio', { name: 'Verschickt' }).click();
  // Fluent's toaster repeats the text for screen readers.
  await expect(page.getByText('Verschickt – im Journal als Geschenk festgehalten.').first()).toBeVisible();
  await shot(page, 'campaigns-02-sent');

  const journal = await app.call('interactions:list', {});
  expect(journal.items.some((item) => item.type === 'gift')).toBe(true);

  await app.call('settings:update', { language: 'en', theme: 'dark' });
  await expect(page.getByRole('heading', { level: 1, name: 'Gifts & occasions' })).toBeVisible();
  await shot(page, 'campaigns-03-en-dark');
});

test('settings in the browser offer reminders and say what only the desktop app does', async ({ app }) => {
  const { page } = app;
  await app.open('#/settings');
  await page.getByRole('radio', { name: 'Einmal am Tag als Übersicht' }).click();
  await expect(page.getByLabel('Übersicht um')).toBeVisible();
  const desktopOnly = page.getByRole('region', { name: 'Desktop-App' });
  await expect(desktopOnly).toContainText('Plausch läuft gerade im Browser.');
  await expect(desktopOnly).toContainText('Start beim Anmelden');
  await expect(page.getByRole('switch', { name: 'Beim Anmelden starten' })).toHaveCount(0);
  await desktopOnly.scrollIntoViewIfNeeded();
  await shot(page, 'settings-02-browser-desktop-only');
  await desktopOnly.getByRole('link', { name: 'Schnelleintrag öffnen' }).click();
  await expect(page.getByRole('textbox', { name: 'Begegnung in einer Zeile' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/#\/today$/);
  const settings = await app.call('settings:get', {});
  expect(settings.reminders?.delivery).toBe('digest');
});

test('settings of the desktop app offer the quick-log shortcut and start at login', async ({ desktopApp: app }) => {
  const { page } = app;
  await app.open('#/settings');
  await page.getByRole('radio', { name: 'Einmal am Tag als Übersicht' }).click();
  await expect(page.getByLabel('Übersicht um')).toBeVisible();
  await page.getByRole('button', { name: 'Für eine Stunde' }).click();
  await expect(page.getByText(/Pausiert bis/)).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Strg+Alt+L');
  await expect(page.getByRole('switch', { name: 'Beim Anmelden starten' })).toBeVisible();
  const settings = await app.call('settings:get', {});
  expect(settings.reminders?.delivery).toBe('digest');
  await shot(page, 'settings-01-reminders-shortcut');
});
