// Favours asked for through "Wer kann helfen?": logged as requests, listed above the open favours under "Angefragt",
// marked in the journal, settled with "Hat geholfen" or withdrawn with Undo. Shots in German light and English dark.
import { expect, shot, test } from './support/fixtures';

test('requests are listed, marked in the journal and settled from the favours page', async ({ app }) => {
  const { page } = app;
  await app.call('sampleData:add', { language: 'de' });
  const contacts = await app.call('contacts:list', {});
  const idOf = (firstName: string) => contacts.find((contact) => contact.firstName === firstName)?.id ?? '';
  // The day before the tests' Friday, so the two requests show two different days.
  await app.call('help:logRequest', { contactId: idOf('Petra'), need: 'Raum für eine Videokonferenz heute Nachmittag', date: '2026-11-26' });
  await app.call('help:logRequest', { contactId: idOf('Jan'), need: 'IT-Zugang für die neue Kollegin im Vertrieb' });

  await app.open('#/favours');
  const requests = page.getByRole('region', { name: 'Angefragt' });
  await expect(requests.getByRole('listitem')).toHaveCount(2);
  await expect(requests.getByRole('listitem').first()).toContainText('Jan Becker');
  await expect(requests.getByText('angefragt am 26. November 2026')).toBeVisible();
  // The sample's open favours (Jan's projector, Petra's room) follow below their own heading.
  await expect(page.getByRole('list', { name: 'Offene Gefallen' }).getByText('Petra Lange')).toBeVisible();
  await shot(page, 'favours-requests-de-light');

  await app.open(`#/contacts/${idOf('Petra')}`);
  await expect(page.getByRole('heading', { name: 'Gefallen erhalten · angefragt' })).toBeVisible();
  await app.open('#/journal');
  await expect(page.getByRole('heading', { name: 'Gefallen erhalten · angefragt' })).toHaveCount(2);
  await shot(page, 'journal-requests-de-light');

  // Withdrawn, and back with Undo.
  await app.open('#/favours');
  const janRequest = requests.getByRole('listitem').filter({ hasText: 'Jan Becker' });
  await janRequest.getByRole('button', { name: 'Zurückziehen' }).click();
  await expect(page.getByText('Anfrage an Jan Becker zurückgezogen.').first()).toBeVisible();
  await expect(requests.getByRole('listitem')).toHaveCount(1);
  await page.getByRole('button', { name: 'Rückgängig' }).click();
  await expect(requests.getByRole('listitem')).toHaveCount(2);

  // Petra has helped: her request becomes an open favour received today.
  await requests.getByRole('listitem').filter({ hasText: 'Petra Lange' }).getByRole('button', { name: 'Hat geholfen' }).click();
  await expect(page.getByText('Als Gefallen erhalten festgehalten: Petra Lange hat geholfen.').first()).toBeVisible();
  await expect(requests.getByRole('listitem')).toHaveCount(1);
  await expect(page.getByRole('list', { name: 'Offene Gefallen' }).getByText('Raum für eine Videokonferenz heute Nachmittag')).toBeVisible();

  await app.call('settings:update', { theme: 'dark', language: 'en' });
  await app.open('#/favours');
  const asked = page.getByRole('region', { name: 'Asked for' });
  await expect(asked.getByRole('listitem')).toHaveCount(1);
  await expect(asked.getByText('asked for on November 27, 2026')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Open favours' })).toBeVisible();
  await shot(page, 'favours-requests-en-dark');
  await app.open('#/journal');
  await expect(page.getByRole('heading', { name: 'Favour received · asked for' })).toHaveCount(1);
  await shot(page, 'journal-requests-en-dark');
});
