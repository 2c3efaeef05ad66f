import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { InteractionType } from '../../../../shared/model';
import { InteractionTypeChips, typeOfShortcut } from '../../../../renderer/src/features/journal/interaction-types';
import { installInMemoryPlausch } from '../contacts/in-memory-plausch';
import { renderInApp } from '../support/render-app';

function Chips({ initial }: { initial?: InteractionType }) {
  const [type, setType] = useState<InteractionType | undefined>(initial);
  return (
    <>
      <button type="button">before</button>
      <InteractionTypeChips aria-label="Art der Begegnung" value={type} onChange={setType} />
      <button type="button">after</button>
      <output>{type ?? 'none'}</output>
    </>
  );
}

const checked = () => screen.getAllByRole('radio').filter((radio) => radio.getAttribute('aria-checked') === 'true');

describe('the type chips', () => {
  it('are one radio group with an icon and a label per type, and one tab stop', async () => {
    installInMemoryPlausch();
    const user = userEvent.setup();
    await renderInApp(<Chips initial="coffee" />);
    const group = screen.getByRole('radiogroup', { name: 'Art der Begegnung' });
    const radios = screen.getAllByRole('radio');
    expect(radios.map((radio) => radio.textContent)).toEqual([
      'Small Talk',
      'Kaffee',
      'Mittagessen',
      'Telefonat',
      'Besprechung',
      'Nachricht',
      'Gefallen getan',
      'Gefallen erhalten',
      'Geschenk',
      'Veranstaltung',
    ]);
    expect(radios.every((radio) => radio.querySelector('svg[aria-hidden="true"]'))).toBe(true);
    expect(checked().map((radio) => radio.textContent)).toEqual(['Kaffee']);
    expect(group.contains(document.activeElement)).toBe(false);

    // Tab enters on the chosen chip and leaves the group with the next Tab.
    await user.click(screen.getByRole('button', { name: 'before' }));
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'Kaffee' }));
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'after' }));
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'Kaffee' }));
  });

  it('move and pick with the arrow keys, round the ends, and with Home and End', async () => {
    installInMemoryPlausch();
    const user = userEvent.setup();
    await renderInApp(<Chips initial="coffee" />);
    await user.click(screen.getByRole('button', { name: 'before' }));
    await user.tab();

    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'Mittagessen' }));
    expect(checked().map((radio) => radio.textContent)).toEqual(['Mittagessen']);
    expect(screen.getByRole('status').textContent).toBe('lunch');

    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('status').textContent).toBe('call');
    await user.keyboard('{ArrowUp}{ArrowLeft}{ArrowLeft}');
    expect(screen.getByRole('status').textContent).toBe('smallTalk');
    await user.keyboard('{ArrowLeft}');
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'Veranstaltung' }));
    expect(screen.getByRole('status').textContent).toBe('event');
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('status').textContent).toBe('smallTalk');
    await user.keyboard('{End}');
    expect(screen.getByRole('status').textContent).toBe('event');
    await user.keyboard('{Home}');
    expect(screen.getByRole('status').textContent).toBe('smallTalk');

    // Only the chosen chip is in the tab order.
    const inTabOrder = screen.getAllByRole('radio').filter((radio) => radio.tabIndex === 0);
    expect(inTabOrder.map((radio) => radio.textContent)).toEqual(['Small Talk']);
  });

  it('pick with a click or Space, and without a choice the first chip takes the tab stop', async () => {
    installInMemoryPlausch();
    const user = userEvent.setup();
    await renderInApp(<Chips />);
    expect(checked()).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'before' }));
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'Small Talk' }));
    await user.click(screen.getByRole('radio', { name: 'Geschenk' }));
    expect(screen.getByRole('status').textContent).toBe('gift');
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(screen.getByRole('status').textContent).toBe('smallTalk');
  });

  it('name their Alt key, Alt+1 for the first and Alt+0 for the tenth', async () => {
    installInMemoryPlausch();
    await renderInApp(<Chips />);
    expect(screen.getByRole('radio', { name: 'Mittagessen' }).getAttribute('aria-keyshortcuts')).toBe('Alt+3');
    expect(screen.getByRole('radio', { name: 'Mittagessen' }).title).toBe('Schnellwahl: Alt+3');
    const key = (code: string, modifiers: Partial<Record<'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey', boolean>> = {}) =>
      typeOfShortcut({ altKey: true, ctrlKey: false, metaKey: false, shiftKey: false, code, ...modifiers });
    expect(key('Digit1')).toBe('smallTalk');
    expect(key('Digit3')).toBe('lunch');
    expect(key('Numpad3')).toBe('lunch');
    expect(key('Digit0')).toBe('event');
    expect(key('Digit3', { altKey: false })).toBeUndefined();
    expect(key('Digit3', { ctrlKey: true })).toBeUndefined();
    expect(key('KeyL')).toBeUndefined();
  });
});
