// A contact's photo, as a user gives it: a picture chosen on the contact form is cropped and scaled in the window,
// saved with the form, and then shows on the contact page and wherever the person appears. Screenshots
// (contact-photo-*.png) of the page with and without a photo, in German light and English dark, at 1280 × 800 and
// 1024 × 640, and of lists with initials.
import type { Page } from '@playwright/test';
import { examinePhoto, PHOTO_EDGE } from '../../shared/photos';
import { FIGURE_JPEG_BASE64 } from '../support/photo-samples';
import { expect, shot, test } from './support/fixtures';
import { seedSampleJournal } from './support/sample-journal';

/** Nothing on the page is wider than the window: no horizontal scrolling, no clipped header. */
async function expectNoHorizontalOverflow(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test('a photo chosen on the contact form shows on the contact page', async ({ app }) => {
  const { page } = app;
  const { sabine, thomas } = await seedSampleJournal(app);
  await app.open(`#/contacts/${sabine.id}/edit`);

  const field = page.getByTestId('contact-photo-field');
  await expect(field.getByRole('button', { name: 'Foto wählen …' })).toBeVisible();
  await field.locator('input[type="file"]').setInputFiles({ name: 'sabine.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(FIGURE_JPEG_BASE64, 'base64') });
  await expect(field.getByText('Das neue Foto wird beim Speichern übernommen.')).toBeVisible();
  await expect(field.locator('[data-photo="shown"] img')).toBeVisible();
  await shot(page, 'contact-photo-form-de-light');
  // Nothing is stored before the form is saved.
  expect(await app.call('photos:list', {})).toEqual({});
  await page.getByRole('button', { name: 'Speichern' }).click();

  await expect(page.getByRole('heading', { name: 'Sabine Müller', level: 1, exact: true })).toBeVisible();
  const headerPhoto = page.getByTestId('contact-identity').locator('[data-photo="shown"] img');
  await expect(headerPhoto).toBeVisible();
  expect(await headerPhoto.getAttribute('src')).toMatch(/^data:image\/jpeg;base64,/);

  // The window sent a square JPEG no larger than the limit: the 160 × 120 picture cropped to its middle.
  const stored = await app.call('photos:get', { id: sabine.id });
  const examined = examinePhoto(Buffer.from(stored?.base64 ?? '', 'base64'));
  expect(examined).toMatchObject({ ok: true, facts: { type: 'image/jpeg', width: 120, height: 120 } });
  expect(PHOTO_EDGE).toBeGreaterThanOrEqual(120);

  await expectNoHorizontalOverflow(page);
  await shot(page, 'contact-photo-de-light-1280');
  await page.setViewportSize({ width: 1024, height: 640 });
  await expectNoHorizontalOverflow(page);
  await shot(page, 'contact-photo-de-light-1024');

  // A contact without a photo shows its initials in the same place.
  await app.open(`#/contacts/${thomas.id}`);
  await expect(page.getByRole('heading', { name: 'Thomas Becker', level: 1, exact: true })).toBeVisible();
  await expect(page.getByTestId('contact-identity').getByText('TB')).toBeVisible();
  await expect(page.getByTestId('contact-identity').locator('[data-photo="shown"]')).toHaveCount(0);
  await expectNoHorizontalOverflow(page);
  await shot(page, 'contact-photo-none-de-light-1024');

  // The journal and the drifting list: initials for everyone, the photo for Sabine.
  await app.open('#/journal');
  await expect(page.locator('main [data-photo="shown"] img').first()).toBeVisible();
  await shot(page, 'contact-photo-journal-de-light');
  await app.open('#/favours');
  await expect(page.getByRole('heading', { name: 'Thomas Becker' })).toBeVisible();
  await shot(page, 'contact-photo-favours-de-light');
  await app.open('#/campaigns');
  await page.getByRole('checkbox', { name: /Sabine Müller/ }).first().click();
  await expect(page.getByRole('link', { name: 'Sabine Müller' })).toBeVisible();
  await shot(page, 'contact-photo-campaigns-de-light');
  await page.keyboard.press('Control+k');
  await page.keyboard.type('Müller');
  await expect(page.getByRole('option', { name: /Sabine Müller/ }).locator('[data-photo="shown"] img')).toBeVisible();
  await shot(page, 'contact-photo-search-de-light');
  await page.keyboard.press('Escape');

  await app.call('settings:update', { theme: 'dark', language: 'en' });
  await page.setViewportSize({ width: 1280, height: 800 });
  await app.open(`#/contacts/${sabine.id}`);
  await expect(page.getByRole('heading', { name: 'Personal' })).toBeVisible();
  await expect(page.getByTestId('contact-identity').locator('[data-photo="shown"] img')).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await shot(page, 'contact-photo-en-dark-1280');
  await page.setViewportSize({ width: 1024, height: 640 });
  await expectNoHorizontalOverflow(page);
  await shot(page, 'contact-photo-en-dark-1024');
  await app.open(`#/contacts/${thomas.id}`);
  await expect(page.getByRole('heading', { name: 'Thomas Becker', level: 1, exact: true })).toBeVisible();
  await shot(page, 'contact-photo-none-en-dark-1024');
  await app.open('#/drifting');
  await page.setViewportSize({ width: 1280, height: 800 });
  await shot(page, 'contact-photo-drifting-en-dark');

  // Removing the photo on the form takes it away again.
  await app.open(`#/contacts/${sabine.id}/edit`);
  await page.getByTestId('contact-photo-field').getByRole('button', { name: 'Remove photo' }).click();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name: 'Sabine Müller', level: 1, exact: true })).toBeVisible();
  await expect(page.getByTestId('contact-identity').locator('[data-photo="shown"]')).toHaveCount(0);
  expect(await app.call('photos:list', {})).toEqual({});
});

test('a picture the window cannot open is refused on the form, and nothing is stored', async ({ app }) => {
  const { page } = app;
  const { sabine } = await seedSampleJournal(app);
  await app.open(`#/contacts/${sabine.id}/edit`);
  const field = page.getByTestId('contact-photo-field');
  await field.locator('input[type="file"]').setInputFiles({ name: 'notes.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('not a picture') });
  await expect(field.getByRole('alert')).toHaveText('Dieses Bild lässt sich nicht öffnen. Bitte wählen Sie eine JPEG- oder PNG-Datei.');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByRole('heading', { name: 'Sabine Müller', level: 1, exact: true })).toBeVisible();
  expect(await app.call('photos:list', {})).toEqual({});
});

test('a photo can be chosen and removed from the contact page menu as well', async ({ app }) => {
  const { page } = app;
  const { thomas } = await seedSampleJournal(app);
  await app.open(`#/contacts/${thomas.id}`);
  const identity = page.getByTestId('contact-identity');
  await expect(identity.getByText('TB')).toBeVisible();

  await page.getByRole('button', { name: 'Weitere Aktionen' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('menuitem', { name: 'Foto wählen …' }).click();
  await (await chooser).setFiles({ name: 'thomas.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(FIGURE_JPEG_BASE64, 'base64') });
  await expect(identity.locator('[data-photo="shown"] img')).toBeVisible();
  await expect(page.locator('.fui-ToastTitle', { hasText: 'Das Foto von Thomas Becker ist gespeichert.' })).toBeVisible();
  expect(Object.keys(await app.call('photos:list', {}))).toEqual([thomas.id]);

  await page.getByRole('button', { name: 'Weitere Aktionen' }).click();
  await page.getByRole('menuitem', { name: 'Foto entfernen' }).click();
  await expect(identity.locator('[data-photo="shown"]')).toHaveCount(0);
  expect(await app.call('photos:list', {})).toEqual({});
});
