// axe on every main screen, light and dark: no serious or critical violations.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type PlauschApp } from './support/fixtures';
import { seedSampleJournal } from './support/sample-journal';

async function seriousViolations(app: PlauschApp) {
  // Tabster (Fluent's focus manager) places hidden focus sentinels that hand focus straight on; axe cannot know that.
  const results = await new AxeBuilder({ page: app.page }).exclude('[data-tabster-dummy]').analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`);
}

for (const theme of ['light', 'dark'] as const) {
  test(`main screens have no serious accessibility violations (${theme})`, async ({ app }) => {
    const { sabine } = await seedSampleJournal(app);
    await app.call('settings:update', { theme });
    const screens = ['#/contacts', `#/contacts/${sabine.id}`, `#/contacts/${sabine.id}/edit`, '#/contacts/new', '#/journal', '#/drifting', '#/favours', '#/settings'];
    for (const screen of screens) {
      await app.open(screen);
      await app.page.getByRole('heading', { level: 1 }).first().waitFor();
      expect(await seriousViolations(app), screen).toEqual([]);
    }
  });
}

test('an empty journal has no serious accessibility violations', async ({ app }) => {
  for (const screen of ['#/contacts', '#/journal', '#/drifting', '#/favours']) {
    await app.open(screen);
    await app.page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await seriousViolations(app), screen).toEqual([]);
  }
});
