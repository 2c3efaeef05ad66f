// Layout and contrast as a user sees them (issue 13, item 10): a new colleague's plan uses the page's width, cards in
// a column follow each other without holes, the overdue setting is said in days, and the screens with badges are
// saved in light and dark for looking at.
import type { Locator, Page } from '@playwright/test';
import { expect, shot, test } from './support/fixtures';
import { seedSampleJournal } from './support/sample-journal';

async function widthOf(locator: Locator): Promise<number> {
  return (await locator.boundingBox())?.width ?? 0;
}

test('a new colleague’s plan is as wide as the page, in German light and English dark', async ({ app }) => {
  const { page } = app;
  const { jonas, thomas } = await seedSampleJournal(app);
  await app.call('colleagues:mark', { contactId: jonas.id, startDate: '2026-11-02' });
  await app.call('colleagues:mark', { contactId: thomas.id, startDate: '2026-11-23' });
  await app.open('#/coach/colleagues');
  const plan = page.getByRole('region', { name: 'Einarbeitung: Jonas Weiß' });
  await expect(plan).toContainText('Geplant');
  const header = page.getByRole('heading', { level: 1 }).locator('xpath=ancestor::header[1]').or(page.getByRole('main')).first();
  expect(await widthOf(plan)).toBeGreaterThan((await widthOf(header)) * 0.9);
  await shot(page, 'colleagues-de-light');

  await app.call('settings:update', { language: 'en', theme: 'dark' });
  await expect(page.getByRole('region', { name: 'Welcome plan: Jonas Weiß' })).toContainText('Planned');
  await shot(page, 'colleagues-en-dark');
});

/** Cards in the same column: each starts one gap (16 px) below the end of the one above it. A card across all
 * columns (the notes, the timeline) starts below the longest column, which is no hole: only equal widths compare. */
async function expectNoHoles(page: Page, cardSelector: string) {
  const cards = page.locator(cardSelector);
  await expect(cards.first()).toBeVisible();
  const boxes = await cards.evaluateAll((elements) =>
    elements.map((element) => {
      const { left, top, bottom, width } = element.getBoundingClientRect();
      // Cards of one group of columns share a parent; a heading between two groups is no hole.
      return { left, top, bottom, width, group: [...document.querySelectorAll('main *')].indexOf(element.parentElement!) };
    }),
  );
  expect(boxes.length).toBeGreaterThan(4);
  // Grid rows as tall as their tallest card left 42 px and more on the coach page, and over 100 px on a contact's.
  for (const box of boxes) {
    const above = boxes.filter((other) => other.group === box.group && Math.abs(other.left - box.left) < 2 && Math.abs(other.width - box.width) < 2 && other.bottom <= box.top);
    if (above.length === 0) continue;
    const nearest = Math.max(...above.map((other) => other.bottom));
    expect(box.top - nearest, `hole above a card at ${box.left},${box.top}`).toBeLessThanOrEqual(20);
  }
}

test('cards in columns follow each other without a hole under a short one: the coach and a contact', async ({ app }) => {
  const { page } = app;
  const { sabine } = await seedSampleJournal(app);
  await app.open('#/coach');
  await expect(page.getByRole('heading', { level: 2, name: 'Tipps' })).toBeVisible();
  await expectNoHoles(page, 'main [role="region"]');
  await shot(page, 'coach-overview-columns-de-light');
  await app.open(`#/contacts/${sabine.id}`);
  await expect(page.getByRole('heading', { level: 2, name: 'Persönliches' })).toBeVisible();
  // The contact's sections are the page's direct cards (the timeline's entries are sections of their own).
  await expectNoHoles(page, 'main section[aria-labelledby]:not(section section)');
  await shot(page, 'contact-columns-de-light');
});

test('the overdue setting is said in days, and changing the days changes when a contact turns red', async ({ app }) => {
  const { page } = app;
  await app.open('#/settings');
  const days = page.getByRole('spinbutton', { name: 'Rot nach Tagen ohne Kontakt' });
  await expect(days).toHaveValue('45');
  await expect(page.getByText('Gilt für einen Rhythmus von 30 Tagen; gelb wird der Kontakt nach 30 Tagen.', { exact: false })).toBeVisible();
  await days.fill('60');
  await days.press('Enter');
  await expect.poll(async () => (await app.call('settings:get', {})).overdueFactor).toBe(2);
  await expect(page.getByText('bei 60 Tagen rot nach 120 Tagen', { exact: false })).toBeVisible();
  await days.evaluate((field) => field.scrollIntoView({ block: 'center' }));
  await shot(page, 'settings-reminders-de-light');

  await app.call('settings:update', { language: 'en', theme: 'dark', overdueFactor: 1.5 });
  await expect(page.getByRole('spinbutton', { name: 'Red after days without contact' })).toHaveValue('45');
  await page.getByRole('spinbutton', { name: 'Red after days without contact' }).evaluate((field) => field.scrollIntoView({ block: 'center' }));
  await shot(page, 'settings-reminders-en-dark');
});

test('badges stand out in dark mode: the events list, an event and the favours count', async ({ app }) => {
  const { page } = app;
  const { sabine } = await seedSampleJournal(app);
  await app.call('events:create', {
    event: { title: 'Assistenz-Forum', eventKind: 'conference', date: '2026-11-27', startTime: '18:00', endTime: '22:00', place: 'Kongresshaus', goals: [], expectedIds: [sabine.id], toMeetIds: [] },
    language: 'de',
    useOwnTemplate: false,
  });
  await app.call('events:create', {
    event: { title: 'Stammtisch', eventKind: 'stammtisch', date: '2026-11-20', place: 'Ratskeller', goals: [], expectedIds: [], toMeetIds: [] },
    language: 'de',
    useOwnTemplate: false,
  });
  await app.call('settings:update', { theme: 'dark' });
  await app.open('#/events');
  await expect(page.getByRole('region', { name: 'Vorbei' })).toContainText('Stammtisch');
  await shot(page, 'events-list-de-dark');
  await app.call('settings:update', { language: 'en' });
  await expect(page.getByRole('region', { name: 'Past' })).toContainText('Stammtisch');
  await shot(page, 'events-list-en-dark');
});
