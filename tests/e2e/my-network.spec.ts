// "Mein Netzwerk" with a small seeded journal: the map, a white spot, the table behind a chart, the own departments
// list, and screenshots in German light, English dark and the system's high contrast, each checked by axe.
import { expect, shot, test, type PlauschApp } from './support/fixtures';
import { seriousViolations } from './support/axe';

async function seedNetwork(app: PlauschApp) {
  const firm = { organisation: 'Hartmann & Partner', relation: 'internal' as const };
  const sabine = await app.call('contacts:create', { firstName: 'Sabine', lastName: 'Müller', department: 'Finanzen', cadenceDays: 30, ...firm });
  const thomas = await app.call('contacts:create', { firstName: 'Thomas', lastName: 'Becker', department: 'Einkauf', cadenceDays: 7, ...firm });
  await app.call('contacts:create', { firstName: 'Petra', lastName: 'Vogel', department: 'Einkauf', cadenceDays: 30, metOn: '2026-08-01', ...firm });
  await app.call('contacts:create', { firstName: 'Jonas', lastName: 'Weiß', department: 'IT', ...firm });
  const claire = await app.call('contacts:create', { firstName: 'Claire', lastName: 'Dubois', organisation: 'Lumen Consulting', relation: 'external', cadenceDays: 60 });
  // Rita left the legal department: archived, her department stays known, and nobody else is there.
  const rita = await app.call('contacts:create', { firstName: 'Rita', lastName: 'Roth', department: 'Recht', ...firm });
  await app.call('contacts:setArchived', { id: rita.id, archived: true });
  await app.call('settings:update', { ownDepartments: ['Geschäftsführung', 'Einkauf'] });
  const log = (contactIds: string[], type: 'lunch' | 'coffee' | 'favourGiven' | 'favourReceived' | 'call', date: string, pending?: boolean) =>
    app.call('interactions:create', { contactIds, type, date, ...(pending ? { pending } : {}) });
  await log([sabine.id, thomas.id], 'lunch', '2026-11-20');
  await log([sabine.id], 'coffee', '2026-11-10');
  await log([claire.id], 'call', '2026-06-03');
  await log([thomas.id], 'favourGiven', '2026-10-05');
  await log([claire.id], 'favourReceived', '2026-09-12');
  // Asked for and not happened yet: not counted.
  await log([claire.id], 'favourReceived', '2026-11-25', true);
}

async function openNetwork(app: PlauschApp) {
  await app.open('#/my-network');
  await expect(app.page.locator('[data-network-drawn]')).toBeVisible();
  await expect(app.page.locator('[data-figure="encounters"] svg rect').first()).toBeAttached();
}

/** The whole page: it scrolls inside the window's frame, so the window is made tall enough to hold it. */
async function shotOfPage(page: PlauschApp['page'], name: string) {
  await page.setViewportSize({ width: 1280, height: 2000 });
  await page.locator('main').evaluate((main) => main.scrollTo(0, 0));
  await shot(page, name);
  await page.setViewportSize({ width: 1280, height: 800 });
}

test('the network page shows the map, a white spot and the numbers as a table', async ({ app }) => {
  const { page } = app;
  await seedNetwork(app);
  await app.call('settings:update', { theme: 'light', language: 'de' });
  await openNetwork(app);

  const internal = page.locator('[data-relation="internal"]');
  await expect(internal.getByRole('heading', { name: /Intern/ })).toContainText('4 Personen');
  await expect(internal.getByRole('link', { name: 'Sabine Müller, Im Rhythmus' })).toBeVisible();
  await expect(internal.getByRole('link', { name: 'Thomas Becker, Fällig' })).toBeVisible();
  await expect(internal.getByRole('link', { name: 'Petra Vogel, Überfällig' })).toBeVisible();
  await expect(internal.getByRole('link', { name: 'Jonas Weiß, Kein Rhythmus' })).toBeVisible();
  await expect(page.locator('[data-relation="external"]').getByRole('link', { name: /Claire Dubois/ })).toBeVisible();
  await expect(page.getByText('Ihre Firma')).toBeVisible();

  const spots = page.getByRole('list', { name: 'Abteilungen ohne Kontakt' });
  await expect(spots.getByRole('listitem')).toHaveText([/Geschäftsführung/, /Recht/]);
  await expect(spots.getByText('Wen kennen Sie in Recht?')).toBeVisible();

  const favours = page.locator('[data-figure="favours"]');
  await favours.getByRole('switch', { name: 'Als Tabelle zeigen' }).check();
  await expect(favours.locator('tr[data-month="2026-10"]')).toContainText(['Oktober 2026']);
  await expect(favours.locator('tr[data-month="2026-10"] td')).toHaveText(['1', '0']);
  await expect(favours.locator('tr[data-month="2026-09"] td')).toHaveText(['0', '1']);
  // The pending request of November is not counted.
  await expect(favours.locator('tr[data-month="2026-11"] td')).toHaveText(['0', '0']);
  const encounters = page.locator('[data-figure="encounters"]');
  await encounters.getByRole('switch', { name: 'Als Tabelle zeigen' }).check();
  await expect(encounters.locator('tr[data-week="2026-11-16"] td').last()).toHaveText('1');

  await page.getByRole('textbox', { name: 'Abteilung' }).fill('Poststelle');
  await page.getByRole('button', { name: 'Hinzufügen' }).click();
  await expect(spots.getByRole('listitem')).toHaveText([/Geschäftsführung/, /Poststelle/, /Recht/]);
  await expect(page.getByRole('list', { name: 'Ihre Abteilungen' }).getByRole('listitem')).toHaveText(['Geschäftsführung', 'Einkauf', 'Poststelle']);

  await encounters.getByRole('switch', { name: 'Als Tabelle zeigen' }).uncheck();
  await favours.getByRole('switch', { name: 'Als Tabelle zeigen' }).uncheck();
  await expect(page.locator('[data-figure="favours"] svg rect').first()).toBeAttached();
  // The bars are reached with the keyboard and say what they show.
  await encounters.getByRole('switch', { name: 'Als Tabelle zeigen' }).focus();
  await page.keyboard.press('Tab');
  const focused = page.locator('[data-figure="encounters"] svg :focus');
  await expect(focused).toHaveAttribute('aria-label', /Telefonat/);
  // So are the people of the map: a chip is a link to the contact.
  await internal.getByRole('link', { name: 'Petra Vogel, Überfällig' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(internal.getByRole('link', { name: 'Thomas Becker, Fällig' })).toBeFocused();
  expect(await seriousViolations(app.page, 'main')).toEqual([]);
  await shotOfPage(page, 'my-network-de-light');

  // A white spot's nudge opens a new contact's form with the firm and the department filled in.
  await spots.getByRole('listitem').filter({ hasText: 'Recht' }).getByRole('button', { name: 'Kontakt anlegen' }).click();
  await expect(page.getByRole('textbox', { name: 'Abteilung' })).toHaveValue('Recht');
  await expect(page.getByRole('textbox', { name: 'Firma' })).toHaveValue('Hartmann & Partner');
});

test('the network page in English and dark, and in high contrast', async ({ app }) => {
  const { page } = app;
  await seedNetwork(app);
  await app.call('settings:update', { theme: 'dark', language: 'en' });
  await openNetwork(app);
  await expect(page.getByRole('heading', { name: 'White spots' })).toBeVisible();
  await expect(page.getByText('Whom do you know in Recht?')).toBeVisible();
  expect(await seriousViolations(app.page, 'main')).toEqual([]);
  await shotOfPage(page, 'my-network-en-dark');

  await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
  await app.call('settings:update', { theme: 'system', language: 'de' });
  await openNetwork(app);
  expect(await seriousViolations(app.page, 'main')).toEqual([]);
  await shotOfPage(page, 'my-network-high-contrast');
});

test('an empty journal shows where to start', async ({ app }) => {
  await app.open('#/my-network');
  await expect(app.page.locator('[data-network-drawn]')).toBeVisible();
  await expect(app.page.getByRole('heading', { name: 'Ihr Netzwerk ist noch leer' })).toBeVisible();
  await expect(app.page.getByText('In den letzten zwölf Monaten ist keine Begegnung eingetragen.')).toBeVisible();
  await shotOfPage(app.page, 'my-network-empty');
});
