// Walks every screen at the two window sizes people use (a laptop at 1280×800, a small or split window at 1024×640),
// in German and English, light and dark, and fails on text that runs out of its box: horizontal overflow of the
// page, or an element whose content is wider than the element without the element being a scroll container.
// Deliberate truncation with an ellipsis counts only where the full text is at hand (a title or an accessible name).
// The screenshots land in artifacts/screens/overflow-* to be looked at.
import type { Page } from '@playwright/test';
import { expect, shot, test, type PlauschApp } from './support/fixtures';
import { seedSampleJournal } from './support/sample-journal';

const sizes = [
  { width: 1280, height: 800 },
  { width: 1024, height: 640 },
] as const;
const languages = ['de', 'en'] as const;
const themes = ['light', 'dark'] as const;

interface Overflow {
  element: string;
  text: string;
  scrollWidth: number;
  clientWidth: number;
}

/** Runs in the page: every visible element whose content is wider than itself and that does not scroll. */
function findOverflow(): Overflow[] {
  const found: Overflow[] = [];
  for (const marked of Array.from(document.querySelectorAll('[data-overflowing]'))) marked.removeAttribute('data-overflowing');
  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth + 1) {
    found.push({ element: 'html', text: 'the page scrolls sideways', scrollWidth: root.scrollWidth, clientWidth: root.clientWidth });
  }
  const describe = (element: Element) => {
    const id = element.id ? `#${element.id}` : '';
    const role = element.getAttribute('role');
    const label = element.getAttribute('aria-label');
    return `${element.tagName.toLowerCase()}${id}${role ? `[role=${role}]` : ''}${label ? `[aria-label="${label}"]` : ''}`;
  };
  for (const element of Array.from(document.body.querySelectorAll<HTMLElement>('*'))) {
    if (!(element instanceof HTMLElement)) continue;
    // Zero-width boxes are inline text or the visually-hidden labels for screen readers, not boxes that can clip.
    if (element.clientWidth <= 1) continue;
    if (element.closest('[data-tabster-dummy], [aria-hidden="true"]')) continue;
    if (element.scrollWidth <= element.clientWidth + 1) continue;
    const style = getComputedStyle(element);
    if (style.visibility === 'hidden' || style.display === 'none') continue;
    if (style.overflowX === 'auto' || style.overflowX === 'scroll') continue;
    // Only text can be clipped unreadably; an icon's box (Fluent's dropdown chevron) may be larger than its slot.
    const text = (element.innerText || '').trim().replace(/\s+/g, ' ');
    if (!text) continue;
    const truncated = style.textOverflow === 'ellipsis';
    if (truncated && (element.title || element.closest('[title]') || element.getAttribute('aria-label'))) continue;
    // Marked so that the screenshot can show the first one.
    element.setAttribute('data-overflowing', '');
    found.push({
      element: describe(element),
      text: text.slice(0, 80),
      scrollWidth: element.scrollWidth,
      clientWidth: element.clientWidth,
    });
  }
  return found;
}

async function screens(app: PlauschApp) {
  const { sabine, jonas } = await seedSampleJournal(app);
  const event = await app.call('events:create', {
    event: { title: 'Assistenz-Forum Rhein-Main', eventKind: 'conference', date: '2026-12-03', startTime: '18:00', endTime: '21:30', place: 'Kongresshaus Frankfurt', goals: ['Zwei neue Assistenzen aus anderen Häusern kennenlernen'], expectedIds: [sabine.id], toMeetIds: [] },
    language: 'de',
    useOwnTemplate: true,
  });
  await app.call('colleagues:mark', { contactId: jonas.id, startDate: '2026-11-02' });
  return [
    { name: 'welcome', hash: '#/welcome' },
    { name: 'today', hash: '#/today' },
    { name: 'contacts', hash: '#/contacts' },
    { name: 'contact', hash: `#/contacts/${sabine.id}` },
    { name: 'contact-edit', hash: `#/contacts/${sabine.id}/edit` },
    { name: 'contact-new', hash: '#/contacts/new' },
    { name: 'journal', hash: '#/journal' },
    { name: 'drifting', hash: '#/drifting' },
    { name: 'favours', hash: '#/favours' },
    { name: 'events', hash: '#/events' },
    { name: 'event', hash: `#/events/${event.id}` },
    { name: 'event-edit', hash: `#/events/${event.id}/edit` },
    { name: 'event-new', hash: '#/events/new' },
    { name: 'event-mode', hash: `#/event-mode/${event.id}` },
    { name: 'coach', hash: '#/coach' },
    { name: 'prompts', hash: '#/coach/prompts' },
    { name: 'briefing', hash: `#/coach/briefing/${sabine.id}` },
    { name: 'colleagues', hash: `#/coach/colleagues/${jonas.id}` },
    { name: 'progress', hash: '#/coach/progress' },
    { name: 'network', hash: '#/coach/network' },
    { name: 'campaigns', hash: '#/campaigns' },
    { name: 'data', hash: '#/data' },
    { name: 'settings', hash: '#/settings' },
    { name: 'quick-log', hash: '#/quick-log' },
  ];
}

/** A screen has settled when its heading is there and no spinner is left (the lazy pages and their queries). */
async function settle(page: Page) {
  await expect(page.getByRole('heading').first()).toBeVisible();
  await expect(page.locator('.fui-Spinner')).toHaveCount(0);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

test('no screen overflows or clips its text at 1280×800 and 1024×640, in German and English, light and dark', async ({ app }) => {
  test.setTimeout(600_000);
  const { page } = app;
  const walk = await screens(app);
  const problems: string[] = [];
  for (const size of sizes) {
    await page.setViewportSize(size);
    for (const language of languages) {
      for (const theme of themes) {
        await app.call('settings:update', { language, theme });
        await app.open('#/today');
        for (const screen of walk) {
          await page.evaluate((hash) => (window.location.hash = hash), screen.hash);
          await settle(page);
          const label = `overflow-${screen.name}-${size.width}x${size.height}-${language}-${theme}`;
          const found = await page.evaluate(findOverflow);
          if (found.length > 0) {
            await page.locator('[data-overflowing]').first().evaluate((element) => {
              element.scrollIntoView({ block: 'center' });
              (element as HTMLElement).style.outline = '2px solid red';
            });
            await shot(page, label);
            problems.push(...found.map((item) => `${label}: ${item.element} "${item.text}" ${item.scrollWidth}>${item.clientWidth}`));
          } else if (size.width === 1024) {
            await shot(page, label);
          }
        }
      }
    }
  }
  expect(problems, problems.join('\n')).toEqual([]);
});
