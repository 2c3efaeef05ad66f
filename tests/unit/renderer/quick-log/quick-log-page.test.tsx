import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { QuickLogDraft, ShellKind } from '../../../../shared/views';
import { QuickLogPage } from '../../../../renderer/src/features/quick-log';
import { RECEIPT_MS } from '../../../../renderer/src/features/quick-log/quick-log-page';
import { aContact } from '../../../support/journal-fixtures';
import { defaultStatus, installFakePlausch } from '../support/fake-plausch';
import { holdTimersOf } from '../support/held-timers';
import { renderInApp } from '../support/render-app';

/** A stand-in for the parser: Sabine is known, "Anna aus Finance" is not. */
function parse(text: string): QuickLogDraft {
  const knowsSabine = /sabine/i.test(text);
  const annaNew = /anna aus finance/i.test(text);
  return {
    type: /mittag/i.test(text) ? 'lunch' : 'smallTalk',
    typeFound: /mittag/i.test(text),
    contactIds: knowsSabine ? ['c1'] : [],
    names: knowsSabine ? { c1: 'Sabine Müller' } : {},
    unknownNames: annaNew ? [{ text: 'Anna aus Finance', contact: { firstName: 'Anna', lastName: '', department: 'Finance' } }] : [],
    note: '',
    date: '2026-11-27',
  };
}

function installQuickLog({ shell = 'desktop', reading = async (text: string) => parse(text) }: { shell?: ShellKind; reading?: (text: string) => Promise<QuickLogDraft> } = {}) {
  return installFakePlausch({
    'app:status': () => ({ ...defaultStatus, shell }),
    'quickLog:parse': ({ text }) => reading(text),
    'quickLog:save': ({ text, createUnknown }) => ({
      undoToken: 'undo-1',
      interaction: {
        id: 'i1',
        contactIds: createUnknown ? ['c1', 'c9'] : ['c1'],
        type: parse(text).type,
        date: '2026-11-27',
        place: '',
        topics: [],
        note: '',
        followUpDone: false,
        createdAt: '2026-11-27T08:30:00.000Z',
        updatedAt: '2026-11-27T08:30:00.000Z',
      },
      createdContacts: createUnknown
        ? [
            aContact({ id: 'c9', firstName: 'Anna', lastName: '', department: 'Finance', createdAt: '2026-11-27T08:30:00.000Z' }),
          ]
        : [],
    }),
    'undo:apply': () => null,
    'desktop:hideQuickLog': () => null,
  });
}

describe('quick log', () => {
  it('asks once before creating a new name, saves on the second Enter, and undoes', async () => {
    const fake = installQuickLog();
    // The window hides a few seconds after saving; held here, so that a slow run cannot hide it before the undo.
    const hideAfterReceipt = holdTimersOf(RECEIPT_MS);
    await renderInApp(<QuickLogPage />);
    const field = screen.getByRole('textbox', { name: 'Begegnung in einer Zeile' });
    expect(document.activeElement).toBe(field);
    const user = userEvent.setup();

    await user.type(field, 'Mittagessen mit Sabine und Anna aus Finance');
    const preview = screen.getByRole('status', { name: 'Vorschau' });
    await waitFor(() => expect(preview.textContent).toContain('Anna aus Finance · neu'));
    expect(preview.textContent).toContain('Sabine Müller');

    await user.keyboard('{Enter}');
    expect((await screen.findByRole('alert')).textContent).toContain('Anna aus Finance ist neu');
    expect(fake.callsTo('quickLog:save')).toEqual([]);

    await user.keyboard('{Enter}');
    await waitFor(() => expect(preview.textContent).toContain('Festgehalten: Mittagessen mit Sabine Müller, Anna.'));
    expect(fake.callsTo('quickLog:save')).toEqual([{ text: 'Mittagessen mit Sabine und Anna aus Finance', createUnknown: true }]);
    expect((field as HTMLInputElement).value).toBe('');
    expect(hideAfterReceipt.pending).toBe(1);

    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(fake.callsTo('undo:apply')).toEqual([{ undoToken: 'undo-1' }]));
    await waitFor(() => expect((field as HTMLInputElement).value).toBe('Mittagessen mit Sabine und Anna aus Finance'));
    // Undoing keeps the window open for the corrected entry: the pending hide is dropped.
    expect(hideAfterReceipt.pending).toBe(0);
    expect(fake.callsTo('desktop:hideQuickLog')).toEqual([]);
  });

  it('saves a known name with one Enter, in the type picked with one key, and hides after the confirmation', async () => {
    const fake = installQuickLog();
    const hideAfterReceipt = holdTimersOf(RECEIPT_MS);
    await renderInApp(<QuickLogPage />);
    const user = userEvent.setup();
    await user.keyboard('Kaffee mit Sabine');
    await waitFor(() => expect(screen.getByRole('status', { name: 'Vorschau' }).textContent).toContain('Sabine Müller'));
    // Small talk is assumed; the arrow (or Tab, checked in the browser) moves on to the next type, coffee.
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('status', { name: 'Vorschau' }).textContent).toContain('Art: Kaffee');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(fake.callsTo('quickLog:save')).toEqual([{ text: 'Kaffee mit Sabine', createUnknown: false, type: 'coffee' }]));
    const preview = screen.getByRole('status', { name: 'Vorschau' });
    await waitFor(() => expect(preview.textContent).toMatch(/Festgehalten: .* mit Sabine Müller\./));
    // The confirmation stays until its time is up, and then the window hides.
    expect(hideAfterReceipt.pending).toBe(1);
    expect(fake.callsTo('desktop:hideQuickLog')).toEqual([]);
    hideAfterReceipt.runAll();
    await waitFor(() => expect(fake.callsTo('desktop:hideQuickLog')).toHaveLength(1));
  });

  it('hides on Escape', async () => {
    const fake = installQuickLog();
    await renderInApp(<QuickLogPage />);
    await userEvent.setup().keyboard('{Escape}');
    await waitFor(() => expect(fake.callsTo('desktop:hideQuickLog')).toHaveLength(1));
  });

  it('steps the type on from the line being read, not from the line before, when the key comes first', async () => {
    // Readings of anything but the first line wait until the test lets them through.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    installQuickLog({ reading: async (text) => (/mittag/i.test(text) ? parse(text) : held.then(() => parse(text))) });
    await renderInApp(<QuickLogPage />);
    const user = userEvent.setup();
    const field = screen.getByRole('textbox', { name: 'Begegnung in einer Zeile' });
    const preview = screen.getByRole('status', { name: 'Vorschau' });
    await user.type(field, 'Mittagessen mit Sabine');
    await waitFor(() => expect(preview.textContent).toContain('Art: Mittagessen'));

    await user.clear(field);
    await user.type(field, 'mit Sabine');
    // The reading of "mit Sabine" (small talk) is still out; the screen shows the lunch of the line before.
    await user.keyboard('{ArrowDown}');
    release();
    // One step on from small talk is coffee; from the stale lunch it would have been a call.
    await waitFor(() => expect(preview.textContent).toContain('Art: Kaffee'));
    expect(preview.textContent).not.toContain('Telefonat');
  });

  it('in the browser, stays on the page after saving instead of leaving it by itself', async () => {
    const fake = installQuickLog({ shell: 'browser' });
    const hideAfterReceipt = holdTimersOf(RECEIPT_MS);
    window.location.hash = '#/quick-log';
    await renderInApp(<QuickLogPage />);
    await waitFor(() => expect(fake.callsTo('app:status').length).toBeGreaterThan(0));
    const user = userEvent.setup();
    await user.keyboard('Kaffee mit Sabine');
    await waitFor(() => expect(screen.getByRole('status', { name: 'Vorschau' }).textContent).toContain('Sabine Müller'));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('status', { name: 'Vorschau' }).textContent).toMatch(/Festgehalten: .* mit Sabine Müller\./));
    expect(hideAfterReceipt.pending).toBe(0);
    expect(window.location.hash).toBe('#/quick-log');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(window.location.hash).toBe('#/today'));
    expect(fake.callsTo('desktop:hideQuickLog')).toEqual([]);
  });
});
