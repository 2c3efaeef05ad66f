// Issue 13, item 4: an encounter logged in seconds. The kind remembered from last time, the date and the follow-up as
// chips, and from a contact in focus no more than three keys besides the note.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useGlobalShortcuts } from '../../../../renderer/src/app/shortcuts';
import { useInteractionDialog } from '../../../../renderer/src/features/journal';
import { contactIdAttribute, useContactInView } from '../../../../renderer/src/features/journal/contact-in-focus';
import { installInMemoryPlausch } from '../contacts/in-memory-plausch';
import { atInstant, inTimeZone } from '../support/clock';
import { renderInApp } from '../support/render-app';

/** A Friday morning in Berlin. */
function fixedClock() {
  inTimeZone('Europe/Berlin');
  atInstant('2026-11-27T08:30:00Z');
}

function Opener({ contactIds }: { contactIds?: string[] }) {
  const dialog = useInteractionDialog();
  return (
    <button type="button" onClick={() => dialog.open({ contactIds })}>
      open dialog
    </button>
  );
}

/** The app's shortcuts as the frame wires them, over a contact page (`inView`) or a list row that has the focus. */
function Screen({ inView, rowOf }: { inView?: string; rowOf?: string }) {
  const dialog = useInteractionDialog();
  useGlobalShortcuts({ search: () => undefined, logEncounter: () => dialog.open(), newContact: () => undefined, askHelp: () => undefined });
  return (
    <>
      {inView ? <ContactPage id={inView} /> : null}
      {rowOf ? (
        <ul>
          <li {...{ [contactIdAttribute]: rowOf }}>
            <button type="button">row</button>
          </li>
        </ul>
      ) : null}
      <button type="button">elsewhere</button>
    </>
  );
}

function ContactPage({ id }: { id: string }) {
  useContactInView(id);
  return <h1>contact page</h1>;
}

const ctrlEnter = '{Control>}{Enter}{/Control}';
const logShortcut = '{Control>}{Shift>}L{/Shift}{/Control}';

async function openedDialog() {
  return screen.findByRole('dialog', { name: 'Begegnung festhalten' });
}

function chosen(groupName: RegExp): string | undefined {
  const group = screen.getByRole('radiogroup', { name: groupName });
  return within(group)
    .getAllByRole('radio')
    .find((radio) => radio.getAttribute('aria-checked') === 'true')?.textContent ?? undefined;
}

describe('logging an encounter in seconds', () => {
  it('starts with the kind logged last, and remembers a new one for the next time', async () => {
    fixedClock();
    const fake = installInMemoryPlausch({ lastInteractionType: 'coffee' });
    const anna = fake.addContact({ firstName: 'Anna', lastName: 'Müller' });
    const user = userEvent.setup();
    await renderInApp(<Opener contactIds={[anna.id]} />);

    await user.click(await screen.findByRole('button', { name: 'open dialog' }));
    await openedDialog();
    await waitFor(() => expect(chosen(/Art der Begegnung/)).toBe('Kaffee'));
    await user.keyboard(ctrlEnter);
    await waitFor(() => expect(fake.payloadsTo('interactions:create')).toHaveLength(1));
    expect(fake.payloadsTo('interactions:create')[0]).toMatchObject({ type: 'coffee', date: '2026-11-27' });
    // The same kind again: nothing to remember, nothing written.
    expect(fake.payloadsTo('settings:update')).toEqual([]);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    await user.click(await screen.findByRole('button', { name: 'open dialog' }));
    await openedDialog();
    await user.click(screen.getByRole('radio', { name: 'Mittagessen' }));
    await user.keyboard(ctrlEnter);
    await waitFor(() => expect(fake.payloadsTo('interactions:create')).toHaveLength(2));
    expect(fake.payloadsTo('settings:update')).toEqual([{ lastInteractionType: 'lunch' }]);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    await user.click(await screen.findByRole('button', { name: 'open dialog' }));
    await openedDialog();
    expect(chosen(/Art der Begegnung/)).toBe('Mittagessen');
  });

  it('keeps the remembered kind out of an edit, and an edit out of what is remembered', async () => {
    const fake = installInMemoryPlausch({ lastInteractionType: 'coffee' });
    const anna = fake.addContact({ firstName: 'Anna', lastName: 'Müller' });
    const gift = fake.addInteraction({ contactIds: [anna.id], type: 'gift', date: '2025-12-20' });
    const user = userEvent.setup();
    function EditOpener() {
      const dialog = useInteractionDialog();
      return (
        <button type="button" onClick={() => dialog.open({ interactionId: gift.id })}>
          edit
        </button>
      );
    }
    await renderInApp(<EditOpener />);
    await user.click(screen.getByRole('button', { name: 'edit' }));
    await screen.findByRole('dialog', { name: 'Begegnung bearbeiten' });
    await waitFor(() => expect(chosen(/Art der Begegnung/)).toBe('Geschenk'));
    await user.click(screen.getByRole('radio', { name: 'Gefallen getan' }));
    await user.keyboard(ctrlEnter);
    await waitFor(() => expect(fake.payloadsTo('interactions:update')).toHaveLength(1));
    expect(fake.payloadsTo('interactions:update')[0]).toMatchObject({ interaction: { type: 'favourGiven', date: '2025-12-20' } });
    expect(fake.payloadsTo('settings:update')).toEqual([]);
  });

  it('dates an encounter today, yesterday or on a day typed in', async () => {
    fixedClock();
    const fake = installInMemoryPlausch();
    const anna = fake.addContact({ firstName: 'Anna', lastName: 'Müller' });
    const user = userEvent.setup();
    await renderInApp(<Opener contactIds={[anna.id]} />);

    await user.click(await screen.findByRole('button', { name: 'open dialog' }));
    await openedDialog();
    const when = screen.getByRole('radiogroup', { name: /Wann\?/ });
    expect(chosen(/Wann\?/)).toBe('Heute');
    // The date field stays out of the way until another day is asked for.
    expect(screen.queryByRole('textbox', { name: 'Datum' })).toBeNull();

    await user.click(within(when).getByRole('radio', { name: 'Gestern' }));
    expect(screen.queryByRole('textbox', { name: 'Datum' })).toBeNull();
    await user.click(within(when).getByRole('radio', { name: 'Datum…' }));
    const date = screen.getByRole('textbox', { name: 'Datum' }) as HTMLInputElement;
    expect(date.value).toBe('26.11.2026');
    await user.clear(date);
    await user.type(date, '20.11.2026');
    await user.keyboard(ctrlEnter);
    await waitFor(() => expect(fake.payloadsTo('interactions:create')).toHaveLength(1));
    expect(fake.payloadsTo('interactions:create')[0]).toMatchObject({ date: '2026-11-20' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    await user.click(await screen.findByRole('button', { name: 'open dialog' }));
    await openedDialog();
    // Arrow keys move through the date chips as through the kinds.
    within(screen.getByRole('radiogroup', { name: /Wann\?/ })).getByRole('radio', { name: 'Heute' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(chosen(/Wann\?/)).toBe('Gestern');
    await user.keyboard(ctrlEnter);
    await waitFor(() => expect(fake.payloadsTo('interactions:create')).toHaveLength(2));
    expect(fake.payloadsTo('interactions:create')[1]).toMatchObject({ date: '2026-11-26' });
  });

  it('says when to follow up with one click: in a week, in a month, or on a day typed in', async () => {
    fixedClock();
    const fake = installInMemoryPlausch();
    const anna = fake.addContact({ firstName: 'Anna', lastName: 'Müller' });
    const user = userEvent.setup();
    await renderInApp(<Opener contactIds={[anna.id]} />);
    const followUp = () => screen.getByRole('radiogroup', { name: /Nachfassen/ });

    const logWith = async (pick: (group: HTMLElement) => Promise<void>) => {
      await user.click(await screen.findByRole('button', { name: 'open dialog' }));
      await openedDialog();
      expect(chosen(/Nachfassen/)).toBe('Nicht nötig');
      await pick(followUp());
      await user.keyboard(ctrlEnter);
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
      return fake.payloadsTo('interactions:create').at(-1) as { followUpOn?: string; followUpDone: boolean };
    };

    expect((await logWith(async () => undefined)).followUpOn).toBeUndefined();
    const inAWeek = await logWith(async (group) => {
      await user.click(within(group).getByRole('radio', { name: 'In 1 Woche' }));
      expect(screen.getByText('am 04.12.2026')).toBeTruthy();
    });
    expect(inAWeek).toMatchObject({ followUpOn: '2026-12-04', followUpDone: false });
    const inAMonth = await logWith(async (group) => {
      await user.click(within(group).getByRole('radio', { name: 'In 1 Monat' }));
      expect(screen.getByText('am 27.12.2026')).toBeTruthy();
    });
    expect(inAMonth.followUpOn).toBe('2026-12-27');
    const onADay = await logWith(async (group) => {
      await user.click(within(group).getByRole('radio', { name: 'In 1 Woche' }));
      await user.click(within(group).getByRole('radio', { name: 'Datum…' }));
      const field = screen.getByRole('textbox', { name: 'Nachfassen am' }) as HTMLInputElement;
      // The week's date stays, to be moved a day or two.
      expect(field.value).toBe('04.12.2026');
      await user.type(field, '{ArrowUp}');
    });
    expect(onADay.followUpOn).toBe('2026-12-05');
    const changedMind = await logWith(async (group) => {
      await user.click(within(group).getByRole('radio', { name: 'In 1 Monat' }));
      await user.click(within(group).getByRole('radio', { name: 'Nicht nötig' }));
    });
    expect(changedMind.followUpOn).toBeUndefined();
  });

  it('refuses a follow-up day it cannot read and says why', async () => {
    fixedClock();
    const fake = installInMemoryPlausch();
    const anna = fake.addContact({ firstName: 'Anna', lastName: 'Müller' });
    const user = userEvent.setup();
    await renderInApp(<Opener contactIds={[anna.id]} />);
    await user.click(await screen.findByRole('button', { name: 'open dialog' }));
    await openedDialog();
    await user.click(within(screen.getByRole('radiogroup', { name: /Nachfassen/ })).getByRole('radio', { name: 'Datum…' }));
    await user.type(screen.getByRole('textbox', { name: 'Nachfassen am' }), '31.11.');
    await user.keyboard(ctrlEnter);
    expect(await screen.findByText('Bitte geben Sie ein gültiges Datum ein oder lassen Sie das Feld leer.')).toBeTruthy();
    expect(fake.payloadsTo('interactions:create')).toHaveLength(0);
  });

  it('logs a lunch from an open contact page in three keys besides the note', async () => {
    fixedClock();
    const fake = installInMemoryPlausch({ lastInteractionType: 'coffee' });
    const anna = fake.addContact({ firstName: 'Anna', lastName: 'Müller' });
    const user = userEvent.setup();
    await renderInApp(<Screen inView={anna.id} />);
    await screen.findByRole('heading', { name: 'contact page' });

    await user.keyboard(logShortcut); // 1
    const dialog = await openedDialog();
    expect(within(dialog).getByRole('listbox', { name: 'Ausgewählte Personen' }).textContent).toContain('Anna Müller');
    const note = screen.getByRole('textbox', { name: 'Notiz' });
    await waitFor(() => expect(document.activeElement).toBe(note));
    await user.keyboard('{Alt>}3{/Alt}'); // 2
    expect(chosen(/Art der Begegnung/)).toBe('Mittagessen');
    expect(document.activeElement).toBe(note);
    // Enter is a new line in the note, not "save".
    await user.keyboard('Urlaub in Lissabon{Enter}Tochter fängt im Herbst an');
    expect(fake.payloadsTo('interactions:create')).toHaveLength(0);
    await user.keyboard(ctrlEnter); // 3

    await waitFor(() => expect(fake.payloadsTo('interactions:create')).toHaveLength(1));
    expect(fake.payloadsTo('interactions:create')[0]).toEqual({
      contactIds: [anna.id],
      type: 'lunch',
      date: '2026-11-27',
      place: '',
      topics: [],
      note: 'Urlaub in Lissabon\nTochter fängt im Herbst an',
      followUpDone: false,
    });
  });

  it('presets the contact of a focused list row, and nobody elsewhere', async () => {
    const fake = installInMemoryPlausch();
    const ben = fake.addContact({ firstName: 'Ben', lastName: 'Schröder' });
    const user = userEvent.setup();
    await renderInApp(<Screen rowOf={ben.id} />);

    screen.getByRole('button', { name: 'row' }).focus();
    await user.keyboard(logShortcut);
    await openedDialog();
    expect(screen.getByRole('listbox', { name: 'Ausgewählte Personen' }).textContent).toContain('Ben Schröder');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Notiz' })));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    screen.getByRole('button', { name: 'elsewhere' }).focus();
    await user.keyboard(logShortcut);
    await openedDialog();
    expect(screen.queryByRole('listbox', { name: 'Ausgewählte Personen' })).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('combobox', { name: /Mit wem\?/ })));
  });
});
