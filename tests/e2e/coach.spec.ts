// Issue 4 as a user meets it, against the real backend on Friday 27 November 2026: the challenge of the day taken on
// with a person and with what the user expects to happen, completed beside that expectation (and found in the
// journal), a tip's challenge taken on and completed in English, prompts for the lift with a person's own ones first, the
// progress chart, a new colleague's welcome plan, and the assistants' lunch with a recorded get-together.
import { expect, shot, test, type PlauschApp } from './support/fixtures';
import { seriousViolations } from './support/axe';

async function seed(app: PlauschApp) {
  const sabine = await app.call('contacts:create', {
    firstName: 'Sabine',
    lastName: 'Müller',
    role: 'Assistenz der Geschäftsführung',
    organisation: 'Hartmann & Partner',
    family: [{ id: 'f-lena', name: 'Lena', relation: 'child', schoolStart: '2026-11-16' }],
    interests: ['Rennrad'],
  });
  const claire = await app.call('contacts:create', { firstName: 'Claire', lastName: 'Dubois', role: 'Executive Assistant' });
  const jonas = await app.call('contacts:create', { firstName: 'Jonas', lastName: 'Weiß', department: 'IT' });
  await app.call('interactions:create', { contactIds: [sabine.id], type: 'coffee', date: '2026-11-10', topics: ['Urlaub in Lissabon'] });
  await app.call('interactions:create', { contactIds: [sabine.id, claire.id], type: 'lunch', date: '2026-10-20' });
  return { sabine, claire, jonas };
}

test('a challenge of the day with a person, from start to completion, lands in the journal', async ({ app }) => {
  const { page } = app;
  await seed(app);
  await app.open('#/coach');
  await expect(page.getByRole('heading', { level: 1, name: 'Coach' })).toBeVisible();
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Coach' })).toHaveAttribute('aria-current', 'page');
  const card = page.getByRole('region', { name: 'Herausforderung des Tages' });
  await expect(card).toContainText('Stufe 1');
  // The challenge says by when, as a weekday and a date of the app's language.
  await expect(card).toContainText(/Zu schaffen bis (?:Freitag|Samstag|Sonntag|Montag|Dienstag|Mittwoch|Donnerstag), \d{1,2}\. (?:November|Dezember)/);
  const title = (await card.getByRole('heading', { level: 3 }).textContent()) ?? '';
  await shot(page, 'coach-01-overview-de-light');

  await card.getByRole('button', { name: 'Annehmen' }).click();
  const start = page.getByRole('dialog');
  await start.getByRole('slider').fill('7');
  await start.getByRole('textbox', { name: 'Was glauben Sie, wie es laufen wird?' }).fill('Er hat bestimmt keine Zeit für mich.');
  await start.getByRole('combobox', { name: 'Mit wem? (optional)' }).pressSequentially('Jon');
  await page.getByRole('option', { name: /Jonas Weiß/ }).click();
  await shot(page, 'coach-02-start-dialog-de-light');
  await start.getByRole('button', { name: 'Los geht’s' }).click();
  await expect(card).toContainText('vorher erwartet: 7 von 10');

  await card.getByRole('button', { name: 'Abschließen' }).click();
  const complete = page.getByRole('dialog');
  const sides = complete.getByRole('group', { name: 'Erwartung und Ergebnis' });
  await expect(sides.getByRole('region', { name: 'Vorher erwartet' })).toContainText('Er hat bestimmt keine Zeit für mich.');
  await expect(sides.getByRole('region', { name: 'Vorher erwartet' })).toContainText('Unbehagen: 7 von 10');
  const happened = sides.getByRole('region', { name: 'Tatsächlich passiert' });
  await happened.getByRole('slider').fill('3');
  await happened.getByRole('textbox', { name: 'Was ist passiert?' }).fill('Kurz über das neue Ticketsystem geplaudert.');
  await complete.getByRole('textbox', { name: 'Was nehmen Sie mit?' }).fill('Einfacher als gedacht.');
  await shot(page, 'coach-03-complete-dialog-de-light');
  expect(await seriousViolations(page, '[role="dialog"]'), 'complete dialog, light').toEqual([]);
  await complete.getByRole('button', { name: 'Abschließen' }).click();
  await expect(card).toContainText('erwartet 7, gefühlt 3 von 10');
  await expect(card).toContainText('1 Tag in Folge');

  await page.getByRole('navigation').getByRole('link', { name: 'Journal' }).click();
  await expect(page.getByRole('main')).toContainText('Kurz über das neue Ticketsystem geplaudert.');
  await expect(page.getByRole('main')).toContainText('Jonas Weiß');

  await app.open('#/coach/progress');
  await expect(page.getByRole('heading', { level: 1, name: 'Fortschritt' })).toBeVisible();
  await expect(page.getByRole('img', { name: /Herausforderungen pro Woche/ })).toBeVisible();
  const history = page.getByRole('list', { name: 'Bisherige Herausforderungen' });
  await expect(history).toContainText(title);
  const compared = history.getByRole('group', { name: 'Erwartung und Ergebnis' });
  await expect(compared.getByRole('region', { name: 'Vorher erwartet' })).toContainText('Er hat bestimmt keine Zeit für mich.');
  await expect(compared.getByRole('region', { name: 'Tatsächlich passiert' })).toContainText('Unbehagen: 3 von 10');
  await expect(compared.getByRole('region', { name: 'Tatsächlich passiert' })).toContainText('Kurz über das neue Ticketsystem geplaudert.');
  await shot(page, 'coach-04-progress-de-light');
  await shot(page, 'coach-04b-history-de-light', page.getByRole('region', { name: 'Bisherige Herausforderungen' }));
  expect(await seriousViolations(page), 'progress, light').toEqual([]);

  await app.call('settings:update', { language: 'en', theme: 'dark' });
  await app.open('#/coach');
  await expect(page.getByRole('region', { name: 'Challenge of the day' })).toContainText('1 day in a row');
  await shot(page, 'coach-06-overview-en-dark');

  // A tip's challenge, taken on and completed in English.
  await page.getByRole('group', { name: 'Try this: Everyone wants to belong' }).getByRole('button', { name: 'Challenge: Greet by name' }).click();
  const tipStart = page.getByRole('dialog', { name: 'Take on the challenge: Greet by name' });
  await tipStart.getByRole('slider').fill('6');
  await tipStart.getByRole('textbox', { name: 'How do you think it will go?' }).fill('I will mix up the names.');
  await shot(page, 'coach-02-start-dialog-en-dark');
  await tipStart.getByRole('button', { name: 'Let’s go' }).click();
  await page.getByRole('button', { name: 'Complete Greet by name' }).click();
  const tipComplete = page.getByRole('dialog', { name: 'How did it go? Greet by name' });
  const tipSides = tipComplete.getByRole('group', { name: 'Expectation and outcome' });
  await expect(tipSides.getByRole('region', { name: 'What you expected' })).toContainText('I will mix up the names.');
  await tipSides.getByRole('region', { name: 'What actually happened' }).getByRole('slider').fill('2');
  await tipSides.getByRole('textbox', { name: 'What happened?' }).fill('Everyone smiled back; one name I had to ask again.');
  await shot(page, 'coach-03-complete-dialog-en-dark');
  expect(await seriousViolations(page, '[role="dialog"]'), 'complete dialog, dark').toEqual([]);
  await tipComplete.getByRole('button', { name: 'Complete' }).click();

  await app.open('#/coach/progress');
  await expect(page.getByRole('heading', { level: 1, name: 'Progress' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Challenges so far' }).getByRole('group', { name: 'Expectation and outcome' })).toHaveCount(2);
  await shot(page, 'coach-05-progress-en-dark');
  await shot(page, 'coach-05b-history-en-dark', page.getByRole('region', { name: 'Challenges so far' }));
  expect(await seriousViolations(page), 'progress, dark').toEqual([]);
});

test('prompts for the lift put what the journal knows about Sabine first', async ({ app }) => {
  const { page } = app;
  const { sabine } = await seed(app);
  await app.open('#/coach/prompts/lift');
  await expect(page.getByRole('combobox', { name: 'Situation' })).toHaveValue('lift');
  const list = page.getByRole('list', { name: 'Einstiege: Aufzug' });
  await expect(list.getByRole('listitem').first()).toBeVisible();
  await shot(page, 'coach-07-prompts-lift');

  await page.getByRole('combobox', { name: 'Für wen? (optional)' }).pressSequentially('Sab');
  await page.getByRole('option', { name: /Sabine Müller/ }).click();
  await expect(list.getByRole('listitem').first()).toContainText('Persönlich');
  await expect(list).toContainText('Lena');
  await shot(page, 'coach-08-prompts-personal');

  await page.getByRole('button', { name: 'Gespräch vorbereiten' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bevor Sie mit Sabine Müller sprechen' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Die letzten Begegnungen' }).getByRole('listitem')).toHaveCount(2);
  await shot(page, 'coach-09-briefing');

  // The same card from the person's page.
  await app.open(`#/contacts/${sabine.id}`);
  await page.getByRole('button', { name: 'Weitere Aktionen' }).click();
  await page.getByRole('menuitem', { name: 'Gespräch vorbereiten' }).click();
  await expect(page).toHaveURL(new RegExp(`#/coach/briefing/${sabine.id}$`));
});

test('a new colleague gets a welcome plan, a step done becomes an encounter', async ({ app }) => {
  const { page } = app;
  const { jonas } = await seed(app);
  await app.open(`#/contacts/${jonas.id}`);
  await page.getByRole('button', { name: 'Weitere Aktionen' }).click();
  await page.getByRole('menuitem', { name: 'Als neu im Haus markieren' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Neue Kolleginnen und Kollegen' })).toBeVisible();
  await page.getByLabel('Erster Arbeitstag').fill('23.11.2026');
  await page.getByRole('button', { name: 'Einarbeitungsplan anlegen' }).click();
  const plan = page.getByRole('list', { name: 'Einarbeitung: Jonas Weiß' });
  await expect(plan.getByRole('listitem')).toHaveCount(6);
  await expect(plan.getByRole('listitem').filter({ hasText: 'Mittagessen bis Tag 30' })).toContainText('Geplant');
  await plan.getByRole('button', { name: 'Am ersten Tag begrüßen mit Jonas Weiß erledigt' }).click();
  await expect(plan.getByRole('listitem').filter({ hasText: 'Am ersten Tag begrüßen' })).toContainText('Erledigt am');
  await shot(page, 'coach-10-colleagues');

  const journal = await app.call('interactions:list', {});
  expect(journal.items.some((entry) => entry.contactIds.includes(jonas.id))).toBe(true);

  await app.call('settings:update', { language: 'en', theme: 'dark' });
  await app.open('#/coach/colleagues');
  await expect(page.getByRole('list', { name: 'Welcome plan: Jonas Weiß' })).toBeVisible();
  await shot(page, 'coach-11-colleagues-en-dark');
});

test('the assistants’ lunch: a group, a recorded get-together, ideas and the checklist', async ({ app }) => {
  const { page } = app;
  const { sabine, claire } = await seed(app);
  await app.open('#/coach/network');
  await expect(page.getByRole('heading', { name: 'Noch kein Netzwerk' })).toBeVisible();
  await shot(page, 'coach-12-network-empty');
  const people = page.getByRole('combobox', { name: 'Mit wem?' });
  await people.pressSequentially('Sab');
  await page.getByRole('option', { name: /Sabine Müller/ }).click();
  await people.pressSequentially('Cla');
  await page.getByRole('option', { name: /Claire Dubois/ }).click();
  // The first click outside would only close the open list of people.
  await people.press('Escape');
  await page.getByRole('button', { name: 'Gründen' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Assistenz-Stammtisch' })).toBeVisible();
  const next = page.getByRole('region', { name: 'Nächstes Treffen' });
  await expect(next).toContainText('1. Dezember 2026');
  await expect(next).toContainText('Organisiert von Sabine Müller');
  await expect(next).toContainText('Mittagessen jeden ersten Dienstag im Monat');

  const record = page.getByRole('region', { name: 'Treffen eintragen' });
  await record.getByLabel('Datum').fill('03.11.2026');
  await record.getByRole('combobox', { name: 'Organisiert von' }).selectOption({ label: 'Sabine Müller' });
  await record.getByRole('button', { name: 'Treffen eintragen' }).click();
  await expect(page.getByRole('list', { name: 'Bisherige Treffen' })).toContainText('2 Personen dabei');
  await expect(next).toContainText('Organisiert von Claire Dubois');

  const ideas = page.getByRole('region', { name: 'Themenideen' });
  await ideas.getByRole('textbox', { name: 'Neue Idee' }).fill('Reisekosten-Tool im Vergleich');
  await ideas.getByRole('button', { name: 'Hinzufügen' }).click();
  await expect(ideas.getByRole('checkbox', { name: 'Reisekosten-Tool im Vergleich' })).toBeVisible();
  // The tick is saved first and shown from the saved group, so it appears a moment after the click.
  const checklist = page.getByRole('region', { name: /Einrichten in Teams/ });
  await checklist.getByRole('checkbox').first().click();
  await expect(checklist.getByRole('checkbox').first()).toBeChecked();
  await expect(checklist).toContainText('1 von');
  await shot(page, 'coach-13-network');

  const journal = await app.call('interactions:list', {});
  const meeting = journal.items.find((entry) => entry.date === '2026-11-03');
  expect(meeting?.contactIds.sort()).toEqual([sabine.id, claire.id].sort());

  await app.call('settings:update', { language: 'en', theme: 'dark' });
  await app.open('#/coach/network');
  await expect(page.getByRole('region', { name: 'Next get-together' })).toContainText('Lunch every first Tuesday of the month');
  await shot(page, 'coach-14-network-en-dark');
});
