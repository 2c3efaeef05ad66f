// Issue 5 as a user meets it, against the real backend: on Friday 27 November 2026 an evening conference is created
// and prepared (items ticked, one added), event mode captures three people at 20:00 (two new, one already in the
// journal), and the next morning the event page shows who was met, a follow-up is ticked and the reflection is
// recorded as a comfort-zone challenge; on Sunday the follow-ups are due on Today.
import type { Page } from '@playwright/test';
import { expect, shot, test } from './support/fixtures';
import { seriousViolations } from './support/axe';

/** The frame scrolls its main area, not the page: back to the top for a screenshot of the whole header. */
async function scrollToTop(page: Page) {
  await page.getByRole('main').evaluate((main) => main.scrollTo(0, 0));
}

test('one event from creation through preparation and event mode to the follow-ups and the reflection', async ({ app }) => {
  const { page } = app;
  const petra = await app.call('contacts:create', { firstName: 'Petra', lastName: 'Lang', organisation: 'Vorstand', interests: ['Segeln'] });
  await app.call('contacts:create', { firstName: 'Claire', lastName: 'Dubois', organisation: 'Hartmann & Partner' });

  await app.open('#/events');
  await expect(page.getByRole('heading', { level: 1, name: 'Veranstaltungen' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Noch keine Veranstaltung geplant' })).toBeVisible();
  await shot(page, 'events-01-empty-de-light');

  // Creation.
  await page.getByRole('button', { name: 'Neue Veranstaltung' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Neue Veranstaltung' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Titel' }).fill('Assistenz-Forum');
  await page.getByRole('combobox', { name: 'Art der Veranstaltung' }).selectOption('conference');
  await page.getByRole('textbox', { name: 'Datum', exact: true }).fill('27.11.2026');
  await page.getByRole('textbox', { name: 'Beginn' }).fill('18:00');
  await page.getByRole('textbox', { name: 'Ende', exact: true }).fill('22:00');
  await page.getByRole('textbox', { name: 'Ort' }).fill('Kongresshaus');
  await page.getByRole('textbox', { name: 'Ziele' }).fill('Drei neue Menschen ansprechen');
  await page.getByRole('textbox', { name: 'Ziele' }).press('Enter');
  await page.getByRole('combobox', { name: 'Wer wird da sein?' }).pressSequentially('Pet');
  await page.getByRole('option', { name: /Petra Lang/ }).click();
  await shot(page, 'events-02-form-de-light');
  await page.getByRole('button', { name: 'Anlegen' }).click();

  // Preparation.
  await expect(page.getByRole('heading', { level: 1, name: 'Assistenz-Forum' })).toBeVisible();
  await expect(page.getByText('Jetzt: Vorher')).toBeVisible();
  // The checklist is one column with a tab per phase, the current one open.
  const tabs = page.getByRole('tablist', { name: 'Checkliste' });
  await expect(tabs.getByRole('tab', { name: 'Vorher (jetzt) · 0 von 8' })).toHaveAttribute('aria-selected', 'true');
  const before = page.getByRole('tabpanel');
  await expect(before.getByRole('checkbox')).toHaveCount(8);
  await before.getByRole('checkbox').nth(0).click();
  await expect(tabs.getByRole('tab', { name: 'Vorher (jetzt) · 1 von 8' })).toBeVisible();
  await before.getByRole('checkbox').nth(4).click();
  await expect(tabs.getByRole('tab', { name: 'Vorher (jetzt) · 2 von 8' })).toBeVisible();
  await before.getByRole('textbox', { name: 'Neuer Punkt für „Vorher“' }).fill('Petra nach dem Segeltörn fragen');
  await before.getByRole('textbox', { name: 'Neuer Punkt für „Vorher“' }).press('Enter');
  await expect(tabs.getByRole('tab', { name: 'Vorher (jetzt) · 2 von 9' })).toBeVisible();
  // The other phases are a keystroke away.
  await tabs.getByRole('tab', { name: /^Vorher/ }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(tabs.getByRole('tab', { name: /^Währenddessen/ })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel').getByRole('checkbox')).toHaveCount(5);
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('tabpanel').getByRole('checkbox')).toHaveCount(9);
  await expect(page.getByRole('region', { name: 'Wer da sein wird' }).or(page.getByText('Petra Lang')).first()).toBeVisible();
  await shot(page, 'events-03-event-checklist-de-light');
  await scrollToTop(page);
  await shot(page, 'events-03b-event-before-de-light');
  expect(await seriousViolations(page), 'event page, light').toEqual([]);

  // Event mode on the evening itself. The desktop app opens it in a window of its own (the shell contract test
  // proves that); the browser shell shows it in this tab, with the pin that keeps a window on top saying it can't.
  await app.setNow('2026-11-27T20:00:00+01:00');
  const eventId = new URL(page.url()).hash.split('/')[2] ?? '';
  await page.getByRole('button', { name: 'Veranstaltungsmodus' }).click();
  await expect(page).toHaveURL(new RegExp(`#/event-mode/${eventId}$`));
  await expect(page.getByRole('navigation')).toHaveCount(0);
  const mode = page.getByRole('main', { name: 'Veranstaltungsmodus' });
  await expect(mode.getByRole('button', { name: 'Im Vordergrund halten geht nur in der Desktop-App' })).toBeDisabled();
  await expect(mode.getByRole('heading', { level: 1, name: 'Assistenz-Forum' })).toBeVisible();
  await expect(mode.getByRole('tab', { name: /^Währenddessen \(jetzt\)/ })).toHaveAttribute('aria-selected', 'true');
  await expect(mode.getByRole('listitem', { name: 'Petra Lang' })).toBeVisible();
  await expect(mode.locator('[aria-label="Gesprächseinstiege"] li')).toHaveCount(5);
  const name = mode.getByRole('textbox', { name: 'Name' });
  await expect(name).toBeFocused();

  const people = [
    ['Jana Albrecht', 'Kanzlei Roth', 'Sucht einen Tagungsraum für März', 'Jana Albrecht notiert (neuer Kontakt).'],
    ['Tom Berger', 'Eventagentur Nord', 'Kennt das Catering im Kongresshaus', 'Tom Berger notiert (neuer Kontakt).'],
    ['petra lang', 'Vorstand', 'Freut sich auf den Segelsommer', 'Petra Lang notiert (schon in Ihren Kontakten).'],
  ] as const;
  for (const [who, organisation, detail, receipt] of people) {
    await page.keyboard.type(who);
    await page.keyboard.press('Tab');
    await page.keyboard.type(organisation);
    await page.keyboard.press('Tab');
    await page.keyboard.type(detail);
    await page.keyboard.press('Enter');
    await expect(mode.getByRole('status')).toHaveText(receipt);
    await expect(name).toBeFocused();
    await expect(name).toHaveValue('');
  }
  await expect(mode.getByRole('group', { name: '3 Personen bisher:' })).toBeVisible();
  await expect(mode.getByRole('listitem', { name: 'Petra Lang' })).toContainText('Getroffen');
  await mode.getByRole('tabpanel').getByRole('checkbox').first().click();
  await expect(mode.getByRole('tab', { name: /^Währenddessen \(jetzt\) · 1 von 5/ })).toBeVisible();
  await page.setViewportSize({ width: 480, height: 900 });
  await shot(page, 'events-04-event-mode-de-light');
  expect(await seriousViolations(page), 'event mode, light').toEqual([]);

  await app.call('settings:update', { theme: 'dark' });
  await page.reload();
  await expect(page.getByRole('main', { name: 'Veranstaltungsmodus' }).getByRole('heading', { level: 1 })).toBeVisible();
  await shot(page, 'events-05-event-mode-de-dark');
  expect(await seriousViolations(page), 'event mode, dark').toEqual([]);
  // The language switched while event mode is open: the template's items and the openers follow at once, the
  // interest Petra's opener asks about stays as written.
  const personOpeners = mode.getByRole('listitem', { name: 'Petra Lang' });
  await expect(personOpeners).toContainText('Gibt es bei Ihnen etwas Neues zum Thema Segeln?');
  await mode.getByRole('tab', { name: /^Vorher/ }).click();
  await expect(mode.getByRole('tabpanel')).toContainText('Petra nach dem Segeltörn fragen');
  await expect(mode.getByRole('tabpanel')).toContainText('Teilnehmerliste und Programm ansehen');
  await app.call('settings:update', { language: 'en' });
  const englishMode = page.getByRole('main', { name: 'Event mode' });
  await expect(englishMode.getByRole('tab', { name: /^During \(now\)/ })).toBeVisible();
  await expect(englishMode.getByRole('listitem', { name: 'Petra Lang' })).toContainText('Anything new on Segeln?');
  await expect(englishMode.getByRole('listitem', { name: 'Petra Lang' })).not.toContainText('Gibt es Neues');
  await englishMode.getByRole('tab', { name: /^Before/ }).click();
  await expect(englishMode.getByRole('tabpanel')).not.toContainText('Teilnehmerliste und Programm ansehen');
  await expect(englishMode.getByRole('tabpanel')).toContainText('Petra nach dem Segeltörn fragen');
  await englishMode.getByRole('tab', { name: /^During/ }).click();
  await shot(page, 'events-06-event-mode-en-dark');
  expect(await seriousViolations(page), 'event mode, dark, English').toEqual([]);
  await app.call('settings:update', { theme: 'light' });
  await page.reload();
  await expect(page.getByRole('main', { name: 'Event mode' }).getByRole('tab', { name: /^During \(now\)/ })).toBeVisible();
  await shot(page, 'events-06c-event-mode-en-light');
  await app.call('settings:update', { theme: 'light', language: 'de' });
  await page.setViewportSize({ width: 1280, height: 800 });

  // The morning after: who was met, the follow-ups and the reflection.
  await app.setNow('2026-11-28T09:00:00+01:00');
  await app.open('#/events');
  await expect(page.getByRole('region', { name: 'Vorbei' })).toContainText('Assistenz-Forum');
  await expect(page.getByRole('region', { name: 'Vorbei' })).toContainText('3 Personen getroffen');
  await shot(page, 'events-06b-list-de-light');
  await page.getByRole('link', { name: 'Assistenz-Forum' }).click();
  await expect(page.getByText('Jetzt: Danach')).toBeVisible();
  const met = page.getByRole('region', { name: 'Getroffen' });
  await expect(met).toContainText('Jana Albrecht · Kanzlei Roth');
  await expect(met).toContainText('Sucht einen Tagungsraum für März');
  await expect(met).toContainText('Nachgefasst: 0 · offen: 3');
  await expect(met.getByRole('checkbox', { name: 'Bei Tom Berger nachgefasst' })).toBeVisible();
  await expect(met).toContainText('Nachfassen am 29. November 2026');
  await met.getByRole('checkbox', { name: 'Bei Tom Berger nachgefasst' }).click();
  await expect(met).toContainText('Nachgefasst: 1 · offen: 2');

  const reflection = page.getByRole('region', { name: 'Rückblick' });
  await reflection.getByRole('textbox', { name: 'Was lief gut?' }).fill('Drei Gespräche, eines davon mit dem Vorstand.');
  await reflection.getByRole('slider').fill('6');
  await shot(page, 'events-07-event-after-de-light');
  await reflection.getByRole('button', { name: 'Rückblick speichern' }).click();
  await expect(reflection).toContainText('Unbehagen: 6 von 10');
  await expect(reflection).toContainText('Gezählt als Herausforderung „Ein Gruß an neue Gesichter“ (Stufe 1).');
  await shot(page, 'events-08-event-reflected-de-light');
  await scrollToTop(page);
  await shot(page, 'events-08b-event-after-top-de-light');

  await app.call('settings:update', { theme: 'dark' });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Assistenz-Forum' })).toBeVisible();
  await shot(page, 'events-09-event-after-de-dark');
  expect(await seriousViolations(page), 'event page, dark').toEqual([]);
  // Switched to English while the event page is open: the checklist's template items follow, the added one stays.
  const danach = await page.getByRole('tabpanel').innerText();
  await app.call('settings:update', { language: 'en' });
  await expect(page.getByRole('tablist', { name: 'Checklist' }).getByRole('tab', { name: /^After \(now\)/ })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel')).not.toHaveText(danach);
  await page.getByRole('tab', { name: /^Before/ }).click();
  await expect(page.getByRole('tabpanel')).toContainText('Go through the attendee list and programme');
  await expect(page.getByRole('tabpanel')).toContainText('Petra nach dem Segeltörn fragen');
  await page.getByRole('tab', { name: /^After/ }).click();
  await page.getByRole('heading', { name: 'Checklist' }).scrollIntoViewIfNeeded();
  await shot(page, 'events-10-event-after-en-dark');
  expect(await seriousViolations(page), 'event page, dark, English').toEqual([]);
  await app.call('settings:update', { theme: 'light', language: 'de' });

  // The reflection counts on the ladder; the encounters are in the journal; the follow-ups fall due on Sunday.
  await app.open('#/coach/progress');
  await expect(page.getByRole('list', { name: 'Bisherige Herausforderungen' })).toContainText('Ein Gruß an neue Gesichter');
  const petraDetail = await app.call('contacts:get', { id: petra.id });
  expect(JSON.stringify(petraDetail)).toContain('Freut sich auf den Segelsommer');
  await app.setNow('2026-11-29T09:00:00+01:00');
  await app.open('#/today');
  await expect(page.getByRole('main')).toContainText('Jana Albrecht');
  await expect(page.getByRole('main')).toContainText('Petra Lang');
  await expect(page.getByRole('main')).not.toContainText('Tom Berger');
});
