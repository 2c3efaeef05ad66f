// Issue 13, item 1: a browser and system in American English, Plausch in German. Every date and time field reads and
// writes as Plausch's language does (27.11.2026, 18:00), not as the browser's locale would (11/27/2026, 06:00 PM);
// what is stored stays ISO. Screenshots of the changed forms, light and dark, go to /tmp/dates-shots/.
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test, type PlauschApp } from './support/fixtures';

test.use({
  locale: 'en-US',
  timezoneId: 'America/New_York',
  launchOptions: {
    executablePath: process.env.PLAUSCH_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=en-US'],
  },
});

const shotsDir = '/tmp/dates-shots';

async function look(page: Page, name: string) {
  mkdirSync(shotsDir, { recursive: true });
  await page.screenshot({ path: `${shotsDir}/${name}.png`, fullPage: true, animations: 'disabled' });
}

async function german(app: PlauschApp) {
  await app.call('settings:update', { language: 'de', theme: 'light' });
}

test('the event form writes dates and times in German under an English browser', async ({ app }) => {
  const { page } = app;
  await german(app);
  expect(await page.evaluate(() => navigator.language)).toBe('en-US');

  await app.open('#/events/new');
  await expect(page.getByRole('heading', { level: 1, name: 'Neue Veranstaltung' })).toBeVisible();
  const date = page.getByRole('textbox', { name: 'Datum', exact: true });
  const endDate = page.getByRole('textbox', { name: 'Bis (optional)' });
  const start = page.getByRole('textbox', { name: 'Beginn' });
  const end = page.getByRole('textbox', { name: 'Ende', exact: true });
  await expect(page.locator('input[type="date"], input[type="time"], input[type="datetime-local"]')).toHaveCount(0);
  // The new event's date is today, 27 November 2026, as German writes it.
  await expect(date).toHaveValue('27.11.2026');
  await expect(endDate).toHaveAttribute('placeholder', 'TT.MM.JJJJ');
  await expect(start).toHaveAttribute('placeholder', 'hh:mm');

  await page.getByRole('textbox', { name: 'Titel' }).fill('Assistenz-Forum');
  await date.fill('');
  await date.pressSequentially('4.12.2026');
  await date.press('ArrowUp');
  await expect(date).toHaveValue('05.12.2026');
  await start.pressSequentially('1800');
  await start.press('Tab');
  await expect(start).toHaveValue('18:00');
  await end.fill('22.30');
  await end.press('Tab');
  await expect(end).toHaveValue('22:30');
  await endDate.fill('31.11.2026');
  await endDate.press('Tab');
  await expect(page.getByText('Bitte ein Datum wie 27.11.2026 eingeben.')).toBeVisible();
  await endDate.fill('04.12.2026');
  await expect(page.getByText('Das Datum darf nicht vor dem 05.12.2026 liegen.')).toBeVisible();
  await endDate.fill('06.12.2026');
  await look(page, 'event-form-de-light');
  await page.getByRole('button', { name: 'Anlegen' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Assistenz-Forum' })).toBeVisible();
  const [event] = (await app.call('events:list', {})).upcoming;
  expect(event).toMatchObject({ date: '2026-12-05', endDate: '2026-12-06', startTime: '18:00', endTime: '22:30' });

  await app.call('settings:update', { theme: 'dark' });
  await app.open(`#/events/${event!.id}/edit`);
  await expect(page.getByRole('textbox', { name: 'Datum', exact: true })).toHaveValue('05.12.2026');
  await expect(page.getByRole('textbox', { name: 'Beginn' })).toHaveValue('18:00');
  await expect(page.getByRole('textbox', { name: 'Ende', exact: true })).toHaveValue('22:30');
  await look(page, 'event-form-de-dark');
});

test('the contact form writes dates in German and keeps a birthday without a year', async ({ app }) => {
  const { page } = app;
  await german(app);
  await app.open('#/contacts/new');
  await page.getByLabel('Vorname').fill('Sabine');
  await page.getByLabel('Nachname').fill('Müller');
  const metOn = page.getByRole('textbox', { name: 'Kennengelernt am' });
  await expect(metOn).toHaveAttribute('placeholder', 'TT.MM.JJJJ');
  await metOn.pressSequentially('03.11.2026');
  await page.getByLabel('Geburtstag: Tag', { exact: true }).selectOption('29');
  await page.getByLabel('Geburtstag: Monat', { exact: true }).selectOption({ label: 'Februar' });
  await page.getByRole('button', { name: 'Familienmitglied hinzufügen' }).click();
  await page.getByLabel('Name – Familienmitglied 1').fill('Lena');
  await page.getByLabel('Beziehung – Familienmitglied 1').selectOption({ label: 'Kind' });
  await page.getByLabel('Einschulung – Familienmitglied 1').fill('17.8.2026');
  await page.getByLabel('Einschulung – Familienmitglied 1').press('Tab');
  await expect(page.getByLabel('Einschulung – Familienmitglied 1')).toHaveValue('17.08.2026');
  await expect(page.locator('input[type="date"], input[type="time"], input[type="datetime-local"]')).toHaveCount(0);
  await page.getByLabel('Einschulung – Familienmitglied 1').scrollIntoViewIfNeeded();
  await look(page, 'contact-form-de-light');
  await page.getByRole('button', { name: 'Speichern' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Sabine Müller' })).toBeVisible();
  const [contact] = await app.call('contacts:list', {});
  const detail = await app.call('contacts:get', { id: contact!.id });
  expect(detail.contact).toMatchObject({ metOn: '2026-11-03', birthday: '--02-29' });
  expect(detail.contact.family?.[0]).toMatchObject({ schoolStart: '2026-08-17' });

  await app.call('settings:update', { theme: 'dark' });
  await app.open(`#/contacts/${contact!.id}/edit`);
  await expect(page.getByRole('textbox', { name: 'Kennengelernt am' })).toHaveValue('03.11.2026');
  await expect(page.getByLabel('Einschulung – Familienmitglied 1')).toHaveValue('17.08.2026');
  await look(page, 'contact-form-de-dark-top');
  await page.getByLabel('Einschulung – Familienmitglied 1').scrollIntoViewIfNeeded();
  await look(page, 'contact-form-de-dark');
});

test('the other date and time fields look German too', async ({ app }) => {
  const { page } = app;
  await german(app);
  const jonas = await app.call('contacts:create', { firstName: 'Jonas', lastName: 'Weiß' });
  await app.call('settings:update', {
    reminders: { enabled: true, delivery: 'digest', digestTime: '08:30', quietHours: { enabled: true, from: '20:00', to: '07:30' } },
  });

  for (const theme of ['light', 'dark'] as const) {
    await app.call('settings:update', { theme });
    await app.open(`#/coach/colleagues/${jonas.id}`);
    await expect(page.getByRole('textbox', { name: 'Erster Arbeitstag' })).toHaveValue('27.11.2026');
    await look(page, `colleagues-de-${theme}`);

    await app.open('#/settings');
    await expect(page.getByRole('textbox', { name: 'Übersicht um' })).toHaveValue('08:30');
    await expect(page.getByRole('textbox', { name: 'Ruhe von' })).toHaveValue('20:00');
    await page.getByRole('textbox', { name: 'Übersicht um' }).scrollIntoViewIfNeeded();
    await look(page, `settings-de-${theme}`);

    await app.open('#/journal');
    await page.getByRole('banner').getByRole('button', { name: 'Begegnung festhalten' }).click();
    const dialog = page.getByRole('dialog');
    // The date field shows once another day than today or yesterday is asked for.
    await dialog.getByRole('radiogroup', { name: 'Wann?' }).getByRole('radio', { name: 'Datum…' }).click();
    await expect(dialog.getByRole('textbox', { name: 'Datum' })).toHaveValue('27.11.2026');
    await look(page, `interaction-dialog-de-${theme}`);
  }
  await expect(page.locator('input[type="date"], input[type="time"], input[type="datetime-local"]')).toHaveCount(0);
});
