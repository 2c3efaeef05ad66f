// Issue 13, item 4: logging an encounter in seconds. The dialog fits a 1280×720 window without scrolling, in German
// and in English, with every field in sight; and from a focused contact a lunch takes three keys besides the note.
// Screenshots: encounter-dialog-de-light.png and encounter-dialog-en-dark.png (tests/e2e/artifacts/screens/).
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, shot, test, type PlauschApp } from './support/fixtures';

const words = {
  de: {
    log: 'Begegnung festhalten',
    people: 'Mit wem?',
    type: 'Art der Begegnung',
    when: 'Wann?',
    otherDay: 'Datum…',
    date: 'Datum',
    timeOfDay: 'Tageszeit',
    place: 'Ort',
    topics: 'Themen',
    note: 'Notiz',
    followUp: 'Nachfassen (optional)',
    followUpOn: 'Nachfassen am',
    followedUp: 'Nachgefasst',
    save: 'Speichern',
  },
  en: {
    log: 'Log encounter',
    people: 'Who with?',
    type: 'Kind of encounter',
    when: 'When?',
    otherDay: 'Date…',
    date: 'Date',
    timeOfDay: 'Time of day',
    place: 'Place',
    topics: 'Topics',
    note: 'Note',
    followUp: 'Follow up (optional)',
    followUpOn: 'Follow up on',
    followedUp: 'Followed up',
    save: 'Save',
  },
} as const;

async function seedPeople(app: PlauschApp) {
  const anna = await app.call('contacts:create', { firstName: 'Anna', lastName: 'Müller-Lüdenscheidt', organisation: 'Einkauf' });
  await app.call('contacts:create', { firstName: 'Ben', lastName: 'Schröder' });
  return anna;
}

/** Every part of the dialog lies inside the window: nothing below the fold, nothing to scroll to. */
async function expectWithinViewport(page: Page, locator: Locator, what: string) {
  const box = await locator.boundingBox();
  const viewport = page.viewportSize()!;
  expect(box, what).not.toBeNull();
  expect(box!.x, what).toBeGreaterThanOrEqual(0);
  expect(box!.y, what).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width, what).toBeLessThanOrEqual(viewport.width);
  expect(box!.y + box!.height, what).toBeLessThanOrEqual(viewport.height);
}

for (const { language, theme, size } of [
  { language: 'de', theme: 'light', size: { width: 1280, height: 720 } },
  { language: 'en', theme: 'dark', size: { width: 1280, height: 720 } },
  { language: 'de', theme: 'dark', size: { width: 1280, height: 800 } },
  { language: 'en', theme: 'light', size: { width: 1280, height: 800 } },
] as const) {
  test(`the encounter dialog fits ${size.width}×${size.height} without scrolling (${language}, ${theme})`, async ({ app }) => {
    const { page } = app;
    const w = words[language];
    await app.call('settings:update', { language, theme });
    const anna = await seedPeople(app);
    await page.setViewportSize(size);
    // From the contact's page: Anna is preset, the chips of the tallest case (every field shown) are chosen below.
    await app.open(`#/contacts/${anna.id}`);
    await page.getByRole('banner').getByRole('button', { name: w.log }).click();
    const dialog = page.getByRole('dialog', { name: w.log });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('listbox').getByText('Anna Müller-Lüdenscheidt')).toBeVisible();
    await dialog.getByRole('radiogroup', { name: w.when }).getByRole('radio', { name: w.otherDay }).click();
    await dialog.getByRole('radiogroup', { name: w.followUp }).getByRole('radio', { name: w.otherDay }).click();
    await dialog.getByRole('textbox', { name: w.followUpOn }).fill(language === 'de' ? '04.12.2026' : '12/04/2026');
    await dialog.getByRole('textbox', { name: w.topics }).pressSequentially('Urlaub,Umzug,');

    const fields = [
      dialog.getByRole('combobox', { name: w.people }),
      dialog.getByRole('radiogroup', { name: w.type }),
      dialog.getByRole('radiogroup', { name: w.when }),
      dialog.getByRole('textbox', { name: w.date, exact: true }),
      dialog.getByRole('combobox', { name: w.timeOfDay }),
      dialog.getByRole('textbox', { name: w.place }),
      dialog.getByRole('textbox', { name: w.topics }),
      dialog.getByRole('textbox', { name: w.note }),
      dialog.getByRole('radiogroup', { name: w.followUp }),
      dialog.getByRole('textbox', { name: w.followUpOn }),
      dialog.getByRole('checkbox', { name: w.followedUp }),
      dialog.getByRole('button', { name: w.save }),
    ];
    for (const field of fields) {
      await expect(field).toBeVisible();
      await expectWithinViewport(page, field, String(field));
    }

    const surface = page.locator('.fui-DialogSurface');
    await expectWithinViewport(page, surface, 'the dialog');
    const scroller = surface.locator('.fui-DialogContent');
    const { scrollHeight, clientHeight } = await scroller.evaluate((element) => ({
      scrollHeight: element.scrollHeight,
      clientHeight: element.clientHeight,
    }));
    expect(scrollHeight, 'the dialog body needs no scrolling').toBeLessThanOrEqual(clientHeight);

    // The ten kinds wrap into two rows at most.
    const kinds = dialog.getByRole('radiogroup', { name: w.type }).getByRole('radio');
    await expect(kinds).toHaveCount(10);
    const rowTops = new Set<number>();
    for (const kind of await kinds.all()) rowTops.add(Math.round((await kind.boundingBox())!.y));
    expect(rowTops.size, 'rows of type chips').toBeLessThanOrEqual(2);

    if (size.height === 720) await shot(page, `encounter-dialog-${language}-${theme}`);

    // The chips are read as radio groups, and their text (chosen or not) is legible in either theme.
    const results = await new AxeBuilder({ page }).include('.fui-DialogSurface').exclude('[data-tabster-dummy]').analyze();
    expect([...results.passes, ...results.violations].some((rule) => rule.id === 'color-contrast')).toBe(true);
    const serious = results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`);
    expect(serious).toEqual([]);
  });
}

test('from a focused contact, a lunch takes three keys besides the note, and the kind is remembered', async ({ app }) => {
  const { page } = app;
  await app.call('settings:update', { language: 'de', theme: 'light' });
  const anna = await seedPeople(app);
  await page.setViewportSize({ width: 1280, height: 720 });
  await app.open(`#/contacts/${anna.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Anna Müller-Lüdenscheidt' })).toBeVisible();

  let keys = 0;
  const press = async (key: string) => {
    keys += 1;
    await page.keyboard.press(key);
  };
  const note = 'Urlaub in Lissabon, Tochter kommt im Herbst in die Schule';

  await press('Control+Shift+L');
  const dialog = page.getByRole('dialog', { name: 'Begegnung festhalten' });
  await expect(dialog.getByRole('textbox', { name: 'Notiz' })).toBeFocused();
  await expect(dialog.getByRole('listbox').getByText('Anna Müller-Lüdenscheidt')).toBeVisible();
  await press('Alt+3');
  await expect(dialog.getByRole('radio', { name: 'Mittagessen' })).toHaveAttribute('aria-checked', 'true');
  await page.keyboard.type(note);
  await shot(page, 'encounter-dialog-de-light-from-contact');
  await press('Control+Enter');
  await expect(dialog).toBeHidden();
  expect(keys, 'key presses besides the note').toBeLessThanOrEqual(3);

  await page.getByRole('navigation').getByRole('link', { name: 'Journal' }).click();
  const lunch = page.getByRole('main').getByRole('listitem').filter({ hasText: 'Mittagessen' });
  await expect(lunch).toHaveCount(1);
  await expect(lunch).toContainText('Anna Müller-Lüdenscheidt');
  await expect(lunch).toContainText(note);
  await expect(lunch).toContainText('27. November 2026');

  // After a restart the next encounter starts as a lunch too.
  await app.restart();
  await page.getByRole('banner').getByRole('button', { name: 'Begegnung festhalten' }).click();
  await expect(dialog.getByRole('radio', { name: 'Mittagessen' })).toHaveAttribute('aria-checked', 'true');
});
