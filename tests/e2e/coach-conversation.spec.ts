// Issue 15 as a user meets it, against the real backend: du or Sie set in Settings and for one person, the openers
// for arranging a meeting with another assistant in that person's form with one named from her record, and the lines
// for ending the conversation and for sharing something about oneself.
import { expect, shot, test, type PlauschApp } from './support/fixtures';

async function seed(app: PlauschApp) {
  // Three encounters: she has shown interest, so the personal depth opens.
  const claudia = await app.call('contacts:create', {
    firstName: 'Claudia',
    lastName: 'Brandt',
    role: 'Assistenz des Vorstands',
    organisation: 'Nordwind AG',
    interests: ['Rennrad'],
    addressForm: 'du',
  });
  const weber = await app.call('contacts:create', { firstName: 'Helmut', lastName: 'Weber', organisation: 'Nordwind AG' });
  for (const date of ['2026-10-02', '2026-10-23', '2026-11-13']) {
    await app.call('interactions:create', { contactIds: [claudia.id], type: 'call', date });
  }
  return { claudia, weber };
}

test('openers, closing and self-disclosure lines follow the person’s du or Sie', async ({ app }) => {
  const { page } = app;
  const { claudia, weber } = await seed(app);

  await app.open('#/settings');
  const address = page.getByRole('radiogroup', { name: /Anrede in Gesprächseinstiegen und Grüßen/ });
  await expect(address.getByRole('radio', { name: 'Sie' })).toBeChecked();
  await shot(page, 'conversation-01-settings-address-de-light', page.locator('#settings-appearance'));

  await app.open(`#/coach/prompts/assistantCall/${claudia.id}`);
  const list = page.getByRole('list', { name: /^Einstiege: / });
  await expect(list.getByRole('listitem').first()).toBeVisible();
  await expect(page.getByText('Anrede: du – so, wie es für diese Person eingestellt ist.')).toBeVisible();
  await expect(list).toContainText('Rennrad');
  await expect(list).not.toContainText(/\bSie\b/);
  const closings = page.getByRole('list', { name: 'Freundlich beenden' });
  const disclosures = page.getByRole('list', { name: 'Etwas von sich erzählen' });
  await expect(closings.getByRole('listitem').first()).toBeVisible();
  await expect(disclosures.getByRole('listitem').first()).toBeVisible();
  await shot(page, 'conversation-02-prompts-du-de-light');
  await closings.scrollIntoViewIfNeeded();
  await shot(page, 'conversation-02b-lines-du-de-light');

  // Someone without a form of his own gets the default from Settings: Sie.
  await app.open(`#/coach/prompts/assistantCall/${weber.id}`);
  await expect(page.getByText('Anrede: Sie – so, wie es für diese Person eingestellt ist.')).toBeVisible();

  await app.open(`#/contacts/${claudia.id}/edit`);
  const form = page.getByRole('radiogroup', { name: /Anrede/ });
  await expect(form.getByRole('radio', { name: 'du' })).toBeChecked();
  await form.getByRole('radio', { name: 'Wie in den Einstellungen' }).check();
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Claudia Brandt' })).toBeVisible();
  const saved = await app.call('contacts:get', { id: claudia.id });
  expect(saved.contact.addressForm).toBeUndefined();

  await app.call('settings:update', { language: 'en', theme: 'dark' });
  await app.open(`#/coach/prompts/assistantCall/${claudia.id}`);
  await expect(page.getByRole('list', { name: 'Ending politely' }).getByRole('listitem').first()).toBeVisible();
  await expect(page.getByRole('list', { name: /^Starters: / })).toContainText('Rennrad');
  await shot(page, 'conversation-03-prompts-en-dark');
  await page.getByRole('list', { name: 'Ending politely' }).scrollIntoViewIfNeeded();
  await shot(page, 'conversation-03b-lines-en-dark');
});
