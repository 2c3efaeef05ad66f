// Issue 15 as a user meets it: a farewell on Friday 27 November 2026 gets the farewell checklist (the card, the
// goodbye, staying in touch) and, on the evening, event mode with that checklist and the farewell's openers; an
// event the assistant organises herself gets its own list.
import { expect, shot, test } from './support/fixtures';

test('a farewell comes with its own checklist, on the event page and in event mode', async ({ app }) => {
  const { page } = app;
  const farewell = await app.call('events:create', {
    event: { title: 'Abschied von Frau Berger', eventKind: 'farewell', date: '2026-11-27', startTime: '16:00', endTime: '18:00', place: 'Kantine' },
    language: 'de',
    useOwnTemplate: true,
  });

  await app.open(`#/events/${farewell.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Abschied von Frau Berger' })).toBeVisible();
  const tabs = page.getByRole('tablist', { name: 'Checkliste' });
  await expect(tabs.getByRole('tab', { name: 'Vorher (jetzt) · 0 von 6' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel')).toContainText('Karte und Geschenk rechtzeitig besorgen');
  await shot(page, 'farewell-01-checklist-de-light');

  await app.setNow('2026-11-27T16:30:00+01:00');
  await page.getByRole('button', { name: 'Veranstaltungsmodus' }).click();
  const mode = page.getByRole('main', { name: 'Veranstaltungsmodus' });
  await expect(mode.getByRole('tab', { name: /^Währenddessen \(jetzt\)/ })).toHaveAttribute('aria-selected', 'true');
  await expect(mode.getByRole('tabpanel')).toContainText('Fragen, ob Sie in Kontakt bleiben dürfen');
  await shot(page, 'farewell-02-event-mode-de-light');

  await app.call('settings:update', { language: 'en', theme: 'dark' });
  const organised = await app.call('events:create', {
    event: { title: 'Summer party', eventKind: 'organisedEvent', date: '2026-12-04', startTime: '17:00', endTime: '22:00' },
    language: 'en',
    useOwnTemplate: true,
  });
  await app.open(`#/events/${farewell.id}`);
  await expect(page.getByRole('tablist', { name: 'Checklist' })).toBeVisible();
  await shot(page, 'farewell-03-checklist-en-dark');
  await app.open(`#/events/${organised.id}`);
  await expect(page.getByRole('tabpanel')).toContainText('Give your helpers their tasks');
  await shot(page, 'farewell-04-organised-event-en-dark');
});
