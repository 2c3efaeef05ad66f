// "Vergessen …" on the contact page: the dialog says in plain words what will go and what stays, needs an explicit
// tick before anything happens, then shows what was removed (naming files that could not be read) and leaves the
// contact's page. Cancel and Escape change nothing.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { contract, createApi, type ChannelName, type Invoke, type PlauschApi } from '../../../../shared/contract';
import type { ForgetCounts, ForgetReport } from '../../../../shared/privacy';
import { ContactPage } from '../../../../renderer/src/features/contacts';
import { renderInApp } from '../support/render-app';
import { installInMemoryPlausch } from '../contacts/in-memory-plausch';
import { stubLayout } from '../contacts/layout-stub';

const counts: ForgetCounts = { encountersRemoved: 3, encountersKept: 2, favours: 1, gifts: 0, campaigns: 1, events: 0, groups: 1, plans: 0, mentions: 0, photo: true };

/** The contact page's journal, with the privacy channels answered after the contract's schema checked the payload. */
function seed(report: Partial<ForgetReport> = {}, language: 'de' | 'en' = 'de') {
  const fake = installInMemoryPlausch({ language });
  const sabine = fake.addContact({ firstName: 'Sabine', lastName: 'Wagner', organisation: 'Nordlicht AG' });
  const calls: { channel: ChannelName; payload: unknown }[] = [];
  const invoke: Invoke = async (channel, payload) => {
    calls.push({ channel, payload });
    const parsed = contract[channel].input.safeParse(payload);
    if (!parsed.success) return { ok: false, error: { code: 'invalidInput' } };
    if (channel === 'privacy:forgetPreview') return { ok: true, value: { contactId: sabine.id, name: 'Sabine Wagner', counts, backups: 4 } };
    if (channel === 'privacy:forget') {
      fake.contacts.delete(sabine.id);
      return {
        ok: true,
        value: { name: 'Sabine Wagner', forgottenAt: '2026-12-03T09:30:00.000Z', counts, backupsRewritten: 4, unreadableFiles: [], ...report },
      };
    }
    return { ok: false, error: { code: 'internal' } };
  };
  const { privacy } = createApi(invoke, () => () => undefined);
  window.plausch = Object.freeze({ ...window.plausch, privacy }) as PlauschApi;
  return { sabine, calls, fake };
}

async function openForget(user: ReturnType<typeof userEvent.setup>, more: string, item: string) {
  await user.click(await screen.findByRole('button', { name: more }));
  await user.click(await screen.findByRole('menuitem', { name: item }));
  return screen.findByRole('alertdialog');
}

describe('Vergessen on the contact page', () => {
  // The timeline is virtualized.
  stubLayout();

  it('says in German what goes and what stays, needs the tick, then reports and leaves the page', async () => {
    const { sabine, calls } = seed({ unreadableFiles: ['daily-2026-01-05.json'] });
    window.location.hash = `#/contacts/${sabine.id}`;
    const user = userEvent.setup();
    await renderInApp(<ContactPage id={sabine.id} />);

    const dialog = await openForget(user, 'Weitere Aktionen', 'Vergessen …');
    expect(within(dialog).getByRole('heading', { name: 'Sabine Wagner vergessen?' })).toBeTruthy();
    const list = await within(dialog).findByRole('list', { name: 'Das wird gelöscht:' });
    expect(within(list).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'der Kontakt mit allen Angaben und Notizen',
      '3 Begegnungen nur mit Sabine Wagner',
      '1 Gefallen',
      'der Eintrag in 1 Geschenkaktion',
      'der Platz in 1 Netzwerkgruppe',
      'das Foto',
    ]);
    expect(dialog.textContent).toContain('2 gemeinsame Begegnungen bleiben für die anderen erhalten, ohne Sabine Wagner.');
    expect(dialog.textContent).toContain('4 Sicherungen werden neu geschrieben, ohne Sabine Wagner.');
    expect(dialog.textContent).toContain('Das lässt sich nicht rückgängig machen.');

    const confirm = within(dialog).getByRole('button', { name: 'Endgültig vergessen' });
    expect(confirm.getAttribute('aria-disabled')).toBe('true');
    await user.click(confirm);
    expect(calls.filter((call) => call.channel === 'privacy:forget')).toEqual([]);

    // By keyboard: the tick, then the button.
    const tick = within(dialog).getByRole('checkbox', { name: 'Ja, Sabine Wagner endgültig vergessen' });
    tick.focus();
    await user.keyboard(' ');
    expect((tick as HTMLInputElement).checked).toBe(true);
    await waitFor(() => expect(confirm.getAttribute('aria-disabled')).toBeNull());
    confirm.focus();
    await user.keyboard('{Enter}');

    const report = await screen.findByRole('heading', { name: 'Sabine Wagner ist vergessen' });
    const reportDialog = report.closest('[role="alertdialog"]') as HTMLElement;
    expect(within(reportDialog).getByRole('list', { name: 'Gelöscht wurde:' })).toBeTruthy();
    expect(reportDialog.textContent).toContain('4 Sicherungen wurden neu geschrieben, ohne Sabine Wagner.');
    expect(within(reportDialog).getByRole('alert').textContent).toContain('Diese Dateien im Datenordner ließen sich nicht lesen');
    expect(reportDialog.textContent).toContain('daily-2026-01-05.json');
    expect(calls.filter((call) => call.channel === 'privacy:forget').map((call) => call.payload)).toEqual([{ contactId: sabine.id, confirm: true }]);

    expect(document.activeElement).toBe(within(reportDialog).getByRole('button', { name: 'Schließen' }));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(window.location.hash).toBe('#/contacts'));
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('changes nothing on Cancel or Escape, in English', async () => {
    const { sabine, calls, fake } = seed({}, 'en');
    window.location.hash = `#/contacts/${sabine.id}`;
    const user = userEvent.setup();
    await renderInApp(<ContactPage id={sabine.id} />, 'en');

    let dialog = await openForget(user, 'More actions', 'Forget …');
    expect(within(dialog).getByRole('heading', { name: 'Forget Sabine Wagner?' })).toBeTruthy();
    expect(await within(dialog).findByText('4 backups will be rewritten without Sabine Wagner.')).toBeTruthy();
    expect(dialog.textContent).toContain('This cannot be undone.');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Yes, forget Sabine Wagner for good' }));
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());

    dialog = await openForget(user, 'More actions', 'Forget …');
    // Opened again, it asks for the tick again.
    expect((within(dialog).getByRole('checkbox') as HTMLInputElement).checked).toBe(false);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());

    expect(calls.filter((call) => call.channel === 'privacy:forget')).toEqual([]);
    expect(fake.contacts.has(sabine.id)).toBe(true);
    expect(window.location.hash).toBe(`#/contacts/${sabine.id}`);
  });
});
