// Serious accessibility faults as the end-to-end tests check them, one line per rule with the elements it found.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** Serious or critical axe findings on the page, or only in `include` (a dialog, whose page behind is dimmed on purpose). */
export async function seriousViolations(page: Page, include?: string): Promise<string[]> {
  // Tabster (Fluent's focus manager) places hidden focus sentinels that hand focus straight on; axe cannot know that.
  const builder = new AxeBuilder({ page }).exclude('[data-tabster-dummy]');
  const results = await (include ? builder.include(include) : builder).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`);
}
