// "Wer kann helfen?" end to end: a need typed with a typo finds the right person first, with the reasons in words;
// the request is noted (and marked), an opener copied; the way in from the search palette; "Kann helfen bei" on the
// contact form. Shots in German light and English dark.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, shot, test, type PlauschApp } from './support/fixtures';

// NOW is Friday 27 November 2026.
async function seed(app: PlauschApp) {
  const sabine = await app.call('contacts:create', {
    firstName: 'Sabine',
    lastName: 'Keller',
    role: 'Facility Managerin',
    organisation: 'Nordlicht AG',
    department: 'Facility Management',
    relation: 'internal',
    canHelpWith: ['Raumbuchung', 'Schlüssel'],
    cadenceDays: 60,
  });
  const petra = await app.call('contacts:create', {
    firstName: 'Petra',
    lastName: 'Brandt',
    role: 'Haustechnik',
    organisation: 'Nordlicht AG',
    department: 'Facility Management',
    relation: 'internal',
    canHelpWith: ['Besprechungsräume', 'Parkplätze'],
    cadenceDays: 30,
  });
  const jonas = await app.call('contacts:create', {
    firstName: 'Jonas',
    lastName: 'Weber',
    role: 'Systemadministrator',
    organisation: 'Nordlicht AG',
    department: 'IT-Service',
    relation: 'internal',
    canHelpWith: ['Laptop', 'VPN'],
  });
  const birgit = await app.call('contacts:create', {
    firstName: 'Birgit',
    lastName: 'Lange',
    role: 'Office Managerin',
    organisation: 'Nordlicht AG',
    department: 'Vertrieb',
    relation: 'internal',
    cadenceDays: 14,
  });
  const log = (contactId: string, type: 'favourGiven' | 'favourReceived' | 'coffee' | 'lunch', date: string, note = '', topics: string[] = []) =>
    app.call('interactions:create', { contactIds: [contactId], type, date, note, topics });
  // Sabine: two favours done for her, then the conference room; warm.
  await log(sabine.id, 'favourGiven', '2026-05-10', 'Ihr die Vorlage für das Sommerfest geschickt.');
  await log(sabine.id, 'favourGiven', '2026-07-20', 'Kontakt zum Caterer vermittelt.');
  await log(sabine.id, 'favourReceived', '2026-09-14', 'Hat kurzfristig den Konferenzraum 4.12 für den Vorstand freigegeben.', ['Konferenzraum 4.12']);
  await log(sabine.id, 'coffee', '2026-11-18', 'Über den Umzug in den Neubau gesprochen.');
  // Petra: two favours received, none returned: asking her again comes with a warning.
  await log(petra.id, 'favourReceived', '2026-08-03', 'Besprechungsraum im 6. Stock für die Videokonferenz mit London organisiert.');
  await log(petra.id, 'favourReceived', '2026-10-08', 'Parkplatz für den Besuch aus Paris reserviert.');
  await log(jonas.id, 'coffee', '2026-06-15', 'VPN auf dem Laptop eingerichtet.');
  // Birgit: the warmest contact, and no help with rooms.
  await log(birgit.id, 'lunch', '2026-11-25', 'Urlaub auf Sylt.');
  return { sabine, petra, jonas, birgit };
}

/** The people on the list, in order, once the answer for what was typed is in. */
function people(page: Page, label = 'Menschen, die helfen könnten') {
  return page.getByRole('list', { name: label }).getByRole('article');
}

/** Serious or critical axe findings on the page, contrast included (as tests/e2e/accessibility.spec.ts checks). */
async function seriousViolations(page: Page): Promise<string[]> {
  // Tabster (Fluent's focus manager) places hidden focus sentinels that hand focus straight on; axe cannot know that.
  const results = await new AxeBuilder({ page }).exclude('[data-tabster-dummy]').analyze();
  expect([...results.passes, ...results.violations, ...results.incomplete].some((rule) => rule.id === 'color-contrast')).toBe(true);
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => `${node.target.join(' ')} ${node.failureSummary ?? ''}`).join(' | ')}`);
}

test.beforeEach(async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

test('a need typed with a typo finds the right person first; the request is noted and the opener copied', async ({ app }) => {
  const { page } = app;
  const { sabine } = await seed(app);
  await app.open('#/help');

  const field = page.getByRole('textbox', { name: 'Wobei brauchen Sie Hilfe?' });
  await expect(field).toBeFocused();
  await expect(page.getByRole('heading', { name: 'Fragen Sie Ihr Netzwerk' })).toBeVisible();
  await expect(page.getByText(/Diese Seite öffnen Sie von überall mit Strg\+Umschalt\+H/)).toBeVisible();
  await shot(page, 'help-start-de-light');

  await field.fill('Konferenzraun für Donnerstag');
  await expect(page.getByText('Plausch sucht passende Menschen …')).toHaveCount(0);
  const first = people(page).first();
  await expect(first).toHaveAccessibleName('Sabine Keller');
  await expect(first.getByRole('link', { name: 'Sabine Keller' })).toHaveAttribute('href', `#/contacts/${sabine.id}`);
  await expect(first).toContainText('Facility Managerin · Nordlicht AG · Facility Management');
  await expect(first).toContainText('Im Rhythmus');

  // Petra, whom the user owes twice, is warned about wherever she stands.
  const petraRow = people(page).filter({ hasText: 'Petra Brandt' });
  await expect(petraRow.getByText('Sie schulden Petra schon zwei Gefallen')).toBeVisible();
  await expect(petraRow.getByText(/Bevor Sie wieder fragen/)).toBeVisible();

  // ↓ from the field goes to the first person.
  await field.press('ArrowDown');
  await expect(first.getByRole('link', { name: 'Sabine Keller' })).toBeFocused();

  await first.getByRole('button', { name: 'Anfrage festhalten' }).click();
  await expect(page.getByText('Anfrage an Sabine Keller festgehalten. Sie steht jetzt unter „Gefallen“.').first()).toBeVisible();
  await expect(first.getByRole('button', { name: 'Angefragt' })).toBeVisible();
  // The answer, asked again after the change, knows of the open request too.
  await expect(first.getByText(/Schon angefragt am 27\. November/)).toBeVisible();
  const requests = await app.call('help:requests', {});
  expect(requests.map(({ contactId, name, interaction }) => [contactId, name, interaction.note, interaction.pending])).toEqual([
    [sabine.id, 'Sabine Keller', 'Konferenzraun für Donnerstag', true],
  ]);

  await first.getByRole('button', { name: 'Einstieg kopieren' }).click();
  await expect(first.getByRole('button', { name: 'Kopiert' })).toBeVisible();
  const opener = await app.call('help:opener', { contactId: sabine.id, language: 'de' });
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(opener.text);
  await expect(first.getByRole('status')).toHaveText('Einstieg für Sabine Keller kopiert. Sie können ihn jetzt einfügen.');

  // The whole list in the shot, once the confirmation (ten seconds, for its Undo) has gone.
  await page.setViewportSize({ width: 1280, height: 1300 });
  await expect(page.getByText('Anfrage an Sabine Keller festgehalten.', { exact: false })).toHaveCount(0, { timeout: 15_000 });
  await shot(page, 'help-de-light');
  await page.setViewportSize({ width: 1280, height: 800 });
  expect(await seriousViolations(page)).toEqual([]);

  // Nobody can help with this one: the page says what would make it work.
  await field.fill('Dolmetscher für Japanisch');
  await expect(page.getByRole('heading', { name: 'Niemand passt zu „Dolmetscher für Japanisch“' })).toBeVisible();
  await shot(page, 'help-nobody-de-light');
});

test('the search palette asks who can help with what was typed', async ({ app }) => {
  const { page } = app;
  await seed(app);
  await app.open('#/today');
  // The page is in place (and the frame's shortcuts with it) before the keys are pressed.
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Control+k');
  const search = page.getByRole('combobox', { name: 'Kontakte und Begegnungen durchsuchen' });
  await search.fill('Schlüssel');
  const ask = page.getByRole('option', { name: /Wer kann helfen\? „Schlüssel“/ });
  await expect(ask).toBeVisible();
  await shot(page, 'help-palette-de-light');

  await search.press('Control+End');
  await expect(ask).toHaveAttribute('aria-selected', 'true');
  await search.press('Enter');
  await expect(page).toHaveURL(/#\/help\/Schl%C3%BCssel$/);
  await expect(page.getByRole('textbox', { name: 'Wobei brauchen Sie Hilfe?' })).toHaveValue('Schlüssel');
  await expect(people(page).first()).toHaveAccessibleName('Sabine Keller');

  // The shortcut leads to the page from anywhere.
  await app.open('#/contacts');
  await expect(page.getByRole('heading', { level: 1, name: 'Kontakte' })).toBeVisible();
  await page.keyboard.press('Control+Shift+H');
  await expect(page).toHaveURL(/#\/help$/);
  await expect(page.getByRole('textbox', { name: 'Wobei brauchen Sie Hilfe?' })).toBeFocused();
});

test('"Kann helfen bei" on the contact form and "Was ich anbieten kann" in Settings', async ({ app }) => {
  const { page } = app;
  const { jonas } = await seed(app);
  await app.open(`#/contacts/${jonas.id}/edit`);
  const canHelp = page.getByRole('combobox', { name: 'Kann helfen bei' });
  await expect(page.getByRole('toolbar', { name: 'Kann helfen bei' }).getByRole('button')).toHaveCount(2);
  await canHelp.fill('Passwort zurücksetzen');
  await canHelp.press('Enter');
  await expect(page.getByRole('toolbar', { name: 'Kann helfen bei' }).getByRole('button')).toHaveCount(3);
  await shot(page, 'help-contact-form-de-light', page.getByRole('region', { name: 'Person' }));
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByRole('heading', { name: 'Jonas Weber', level: 1 })).toBeVisible();
  const section = page.getByRole('region', { name: 'Kann helfen bei' });
  await expect(section.getByRole('listitem')).toHaveText(['Laptop', 'VPN', 'Passwort zurücksetzen']);
  await shot(page, 'help-contact-page-de-light', section);

  await app.open('#/settings');
  const offer = page.getByRole('region', { name: 'Was ich anbieten kann' });
  const entry = offer.getByRole('combobox', { name: 'Das kann ich anbieten' });
  await entry.fill('Französisch');
  await entry.press('Enter');
  await expect(offer.getByRole('toolbar', { name: 'Das kann ich anbieten' }).getByRole('button')).toHaveCount(1);
  await expect.poll(async () => (await app.call('settings:get', {})).canOffer).toEqual(['Französisch']);
  await shot(page, 'help-settings-de-light', offer);
});

test('in English and the dark theme', async ({ app }) => {
  const { page } = app;
  await seed(app);
  await app.call('settings:update', { theme: 'dark', language: 'en' });
  await app.open(`#/help/${encodeURIComponent('Konferenzraun für Donnerstag')}`);
  const first = people(page, 'People who might help').first();
  await expect(first).toHaveAccessibleName('Sabine Keller');
  await expect(first).toContainText('On track');
  await expect(first.getByRole('button', { name: 'Note the request' })).toBeVisible();
  await expect(people(page, 'People who might help').filter({ hasText: 'Petra Brandt' }).getByText('You already owe Petra two favours')).toBeVisible();
  const background = await page.locator('main').evaluate((main) => getComputedStyle(main.parentElement!).backgroundColor);
  expect(background).not.toBe('rgb(255, 255, 255)');
  await page.setViewportSize({ width: 1280, height: 1300 });
  await shot(page, 'help-en-dark');
  await page.setViewportSize({ width: 1280, height: 800 });
  expect(await seriousViolations(page)).toEqual([]);

  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: 'Search contacts and encounters' }).fill('VPN');
  await expect(page.getByRole('option', { name: /Who can help\? “VPN”/ })).toBeVisible();
  await shot(page, 'help-palette-en-dark');
});

test('in the system’s high contrast', async ({ app }) => {
  const { page } = app;
  await seed(app);
  await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
  await app.call('settings:update', { theme: 'system' });
  await app.open(`#/help/${encodeURIComponent('Konferenzraun für Donnerstag')}`);
  await expect(people(page).first()).toHaveAccessibleName('Sabine Keller');
  expect(await seriousViolations(page)).toEqual([]);
  await page.setViewportSize({ width: 1280, height: 1300 });
  await shot(page, 'help-high-contrast-de');
});
