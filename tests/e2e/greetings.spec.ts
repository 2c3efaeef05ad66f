// "Gruß schreiben": a greeting filled from the journal, opened from the contact page's menu, from a row on Today and
// from a reminder's link, copied with one click; German with Sie and with du, and English in the dark theme.
import type { Page } from '@playwright/test';
import { expect, shot, test } from './support/fixtures';
import { seriousViolations } from './support/axe';
import type { PlauschApp } from './support/fixtures';

// NOW is Friday 27 November 2026: Sabine turns 50 tomorrow, Jan has been in the firm ten years today.
async function seed(app: PlauschApp) {
  const sabine = await app.call('contacts:create', {
    firstName: 'Sabine',
    lastName: 'Roth',
    role: 'Assistenz des Vorstands',
    organisation: 'Hartmann & Partner',
    relation: 'internal',
    birthday: '1976-11-28',
    addressForm: 'sie',
  });
  const jan = await app.call('contacts:create', {
    firstName: 'Jan',
    lastName: 'Berg',
    role: 'Teamassistenz Vertrieb',
    organisation: 'Hartmann & Partner',
    relation: 'internal',
    anniversaries: [{ id: 'a-work', kind: 'work', label: '', date: '2016-11-27' }],
    addressForm: 'du',
  });
  await app.call('interactions:create', { contactIds: [jan.id], type: 'favourReceived', date: '2026-11-25', topics: ['Raumbuchung'] });
  return { sabine, jan };
}

async function clipboardText(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

test.beforeEach(async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

test('a greeting from the contact page, with Sie, copied with one click', async ({ app }) => {
  const { page } = app;
  const { sabine } = await seed(app);
  await app.open(`#/contacts/${sabine.id}`);
  await page.getByRole('button', { name: 'Weitere Aktionen' }).click();
  await page.getByRole('menuitem', { name: 'Gruß schreiben' }).click();

  const dialog = page.getByRole('dialog', { name: 'Gruß an Sabine Roth' });
  await expect(dialog.getByRole('combobox', { name: 'Anlass' })).toHaveValue('roundBirthday');
  await expect(dialog.getByRole('textbox', { name: 'Betreff' })).toHaveValue('Herzlichen Glückwunsch zum 50. Geburtstag');
  const text = dialog.getByRole('textbox', { name: 'Text' });
  await expect(text).toHaveValue(/^Guten Tag Sabine Roth,\n\nzum 50\. Geburtstag gratuliere ich Ihnen herzlich!/);
  await expect(dialog.getByText('Per Sie. Die Anrede legen Sie im Kontakt fest.')).toBeVisible();

  await dialog.getByRole('button', { name: 'Text kopieren' }).click();
  await expect(dialog.getByRole('button', { name: 'Kopiert' })).toBeVisible();
  expect(await clipboardText(page)).toBe(await text.inputValue());
  await shot(page, 'greetings-contact-de-sie');
  expect(await seriousViolations(page, '[role="dialog"]')).toEqual([]);

  await dialog.getByRole('button', { name: 'Schließen' }).click();
  await expect(dialog).toBeHidden();
  // The page keeps two actions in sight; the greeting is the first of the others.
  await page.getByRole('button', { name: 'Weitere Aktionen' }).click();
  await expect(page.getByRole('menuitem').first()).toHaveText('Gruß schreiben');
  await shot(page, 'greetings-contact-menu');
});

test('a greeting from Today’s anniversary row, with du, as a Teams message', async ({ app }) => {
  const { page } = app;
  await seed(app);
  await app.open('#/today');
  await page.getByRole('button', { name: 'Gruß an Jan Berg schreiben' }).click();

  const dialog = page.getByRole('dialog', { name: 'Gruß an Jan Berg' });
  await expect(dialog.getByRole('combobox', { name: 'Anlass' })).toHaveValue('workAnniversary');
  await expect(dialog.getByText('Per du. Die Anrede legen Sie im Kontakt fest.')).toBeVisible();
  await dialog.getByRole('radio', { name: 'Teams-Nachricht' }).check();
  const text = dialog.getByRole('textbox', { name: 'Text' });
  await expect(text).toHaveValue('Hallo Jan, 10 Jahre im Haus: herzlichen Glückwunsch zum Dienstjubiläum! Schön, dass du da bist.');
  await dialog.getByRole('button', { name: 'Text kopieren' }).press('Enter');
  await expect(dialog.getByRole('button', { name: 'Kopiert' })).toBeVisible();
  expect(await clipboardText(page)).toBe('Hallo Jan, 10 Jahre im Haus: herzlichen Glückwunsch zum Dienstjubiläum! Schön, dass du da bist.');
  await shot(page, 'greetings-today-de-du');

  // The favour Jan did two days ago is named in the thank-you.
  await dialog.getByRole('combobox', { name: 'Anlass' }).selectOption('thanks');
  await expect(text).toHaveValue('Hallo Jan, danke noch mal für deine Hilfe bei „Raumbuchung“. Das hat mir sehr geholfen!');
});

test('a thank-you from Today’s suggestion of a favour not yet returned', async ({ app }) => {
  const { page } = app;
  const eva = await app.call('contacts:create', { firstName: 'Eva', lastName: 'Lang', relation: 'external' });
  await app.call('interactions:create', { contactIds: [eva.id], type: 'favourReceived', date: '2026-08-03', note: 'Vertretung am Empfang' });
  await app.open('#/today');
  await expect(page.getByRole('button', { name: 'Gruß an Eva Lang schreiben' })).toBeVisible();
  await shot(page, 'greetings-today-suggestion-de');
  await page.getByRole('button', { name: 'Gruß an Eva Lang schreiben' }).click();
  const dialog = page.getByRole('dialog', { name: 'Gruß an Eva Lang' });
  await expect(dialog.getByRole('combobox', { name: 'Anlass' })).toHaveValue('thanks');
  // Months ago, but the favour asked for is named all the same.
  await expect(dialog.getByRole('textbox', { name: 'Text' })).toHaveValue(/^Guten Tag Eva Lang,\n\nvielen Dank für Ihre Hilfe bei „Vertretung am Empfang“!/);
});

test('a reminder’s link opens the greeting at its occasion; closing it leaves the contact page', async ({ app }) => {
  const { page } = app;
  const { sabine } = await seed(app);
  await app.open(`#/contacts/${sabine.id}/greeting/roundBirthday`);
  const dialog = page.getByRole('dialog', { name: 'Gruß an Sabine Roth' });
  await expect(dialog.getByRole('combobox', { name: 'Anlass' })).toHaveValue('roundBirthday');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`#/contacts/${sabine.id}$`));
  await expect(page.getByRole('heading', { name: 'Sabine Roth' })).toBeVisible();
});

test('in English and the dark theme', async ({ app }) => {
  const { page } = app;
  const { sabine } = await seed(app);
  await app.call('settings:update', { language: 'en', theme: 'dark' });
  await app.open(`#/contacts/${sabine.id}`);
  await page.getByRole('button', { name: 'More actions' }).click();
  await page.getByRole('menuitem', { name: 'Write a greeting' }).click();
  const dialog = page.getByRole('dialog', { name: 'Greeting to Sabine Roth' });
  await expect(dialog.getByRole('textbox', { name: 'Subject' })).toHaveValue('Congratulations on turning 50');
  await expect(dialog.getByRole('textbox', { name: 'Message' })).toHaveValue(/^Hello Sabine,\n\ncongratulations on turning 50!/);
  await dialog.getByRole('button', { name: 'Copy subject' }).click();
  expect(await clipboardText(page)).toBe('Congratulations on turning 50');
  await shot(page, 'greetings-contact-en-dark');
  expect(await seriousViolations(page, '[role="dialog"]')).toEqual([]);

  await app.open('#/today');
  await expect(page.getByRole('button', { name: 'Write a greeting to Sabine Roth' })).toBeVisible();
  // Every card has its data: no loading line left in the picture.
  await expect(page.getByText('One moment, Plausch is loading…')).toHaveCount(0);
  await shot(page, 'greetings-today-en-dark');
});
