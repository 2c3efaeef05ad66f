// axe on every main screen, in German and English, light, dark and the system's high contrast: no serious or critical
// violations, with the `color-contrast` rule on (text and badges at least 4.5:1) and shown to have run.
import AxeBuilder from '@axe-core/playwright';
import { teamsHighContrastTheme } from '@fluentui/react-components';
import { expect, test, type PlauschApp } from './support/fixtures';
import { seedSampleJournal } from './support/sample-journal';

async function seriousViolations(app: PlauschApp) {
  // Tabster (Fluent's focus manager) places hidden focus sentinels that hand focus straight on; axe cannot know that.
  const results = await new AxeBuilder({ page: app.page }).exclude('[data-tabster-dummy]').analyze();
  const contrastChecked = [...results.passes, ...results.violations, ...results.incomplete].some((rule) => rule.id === 'color-contrast');
  expect(contrastChecked, 'axe ran its color-contrast rule').toBe(true);
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => `${node.target.join(' ')} ${node.failureSummary ?? ''}`).join(' | ')}`);
}

/**
 * Every badge's words against the badge's own fill (or, for a badge without one, the surface it sits on): at least
 * 4.5:1. axe checks text too, but may leave a small badge over a layered background as "incomplete"; this does not.
 */
async function faintBadges(app: PlauschApp): Promise<string[]> {
  return app.page.locator('.fui-Badge').evaluateAll((badges) => {
    const rgba = (color: string) => (color.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = ([r = 0, g = 0, b = 0]: number[]) => {
      const [R = 0, G = 0, B = 0] = [r, g, b].map((v) => {
        const c = v / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * R + 0.7152 * G + 0.0722 * B;
    };
    const fillOf = (element: Element | null): number[] => {
      for (let node = element; node; node = node.parentElement) {
        const color = rgba(getComputedStyle(node).backgroundColor);
        if (color.length >= 3 && (color[3] ?? 1) > 0) return color;
      }
      return [255, 255, 255];
    };
    return badges.flatMap((badge) => {
      const box = badge.getBoundingClientRect();
      if (box.width === 0 || !badge.textContent?.trim()) return [];
      const [a, b] = [luminance(rgba(getComputedStyle(badge).color)), luminance(fillOf(badge))];
      const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      return ratio < 4.5 ? [`badge “${badge.textContent.trim()}”: ${ratio.toFixed(2)}:1`] : [];
    });
  });
}

/** The sample journal, an evening event with people to meet, and a new colleague's plan: every badge has a screen. */
async function seedEverything(app: PlauschApp) {
  const people = await seedSampleJournal(app);
  const event = await app.call('events:create', {
    event: {
      title: 'Assistenz-Forum',
      eventKind: 'conference',
      date: '2026-11-27',
      startTime: '18:00',
      endTime: '22:00',
      place: 'Kongresshaus',
      goals: ['Drei neue Menschen ansprechen'],
      expectedIds: [people.claire.id],
      toMeetIds: [people.sabine.id],
    },
    language: 'de',
    useOwnTemplate: false,
  });
  await app.call('colleagues:mark', { contactId: people.jonas.id, startDate: '2026-11-02' });
  return { ...people, event };
}

// Light, dark, and the operating system's high contrast (Windows' contrast themes), which "system" follows.
const themes = ['light', 'dark', 'high contrast'] as const;

for (const language of ['de', 'en'] as const) {
  for (const theme of themes) {
    test(`main screens have no serious accessibility violations, contrast included (${language}, ${theme})`, async ({ app }) => {
      // Eighteen screens, each analysed in full: more than the default minute.
      test.setTimeout(240_000);
      const { sabine, event } = await seedEverything(app);
      if (theme === 'high contrast') await app.page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
      await app.call('settings:update', { theme: theme === 'high contrast' ? 'system' : theme, language });
      const screens = [
        '#/today',
        '#/contacts',
        `#/contacts/${sabine.id}`,
        `#/contacts/${sabine.id}/edit`,
        '#/contacts/new',
        '#/journal',
        '#/drifting',
        '#/favours',
        '#/campaigns',
        '#/coach',
        '#/coach/progress',
        '#/coach/colleagues',
        '#/coach/network',
        '#/events',
        `#/events/${event.id}`,
        `#/event-mode/${event.id}`,
        '#/data',
        '#/settings',
      ];
      const found: string[] = [];
      for (const screen of screens) {
        await app.open(screen);
        await app.page.getByRole('heading', { level: 1 }).first().waitFor();
        if (theme === 'high contrast') {
          // The app has taken the system's high contrast, not its light or dark theme.
          const background = await app.page
            .locator('.fui-FluentProvider')
            .first()
            .evaluate((provider) => getComputedStyle(provider).getPropertyValue('--colorNeutralBackground1').trim());
          expect(background.toLowerCase()).toBe(teamsHighContrastTheme.colorNeutralBackground1.toLowerCase());
        }
        found.push(...[...(await seriousViolations(app)), ...(await faintBadges(app))].map((violation) => `${screen} ${violation}`));
      }
      expect(found).toEqual([]);
    });
  }
}

test('an empty journal has no serious accessibility violations', async ({ app }) => {
  for (const screen of ['#/welcome', '#/contacts', '#/journal', '#/drifting', '#/favours', '#/events', '#/coach/colleagues']) {
    await app.open(screen);
    await app.page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await seriousViolations(app), screen).toEqual([]);
  }
});
