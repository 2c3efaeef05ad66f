// The date and time fields type and show as the app's language does; the value the form keeps is ISO.
import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { DateField, TimeField } from '../../../../renderer/src/components/date-time-fields';
import { installFakePlausch } from '../support/fake-plausch';
import { renderInApp } from '../support/render-app';

function Form({ date = '', time = '', min }: { date?: string; time?: string; min?: string }) {
  const [dateValue, setDate] = useState(date);
  const [timeValue, setTime] = useState(time);
  return (
    <>
      <DateField label="Datum" value={dateValue} min={min} onChange={setDate} />
      <TimeField label="Beginn" value={timeValue} onChange={setTime} />
      <output aria-label="state">{`${dateValue}|${timeValue}`}</output>
    </>
  );
}

const state = () => screen.getByRole('status', { name: 'state' }).textContent;

describe('DateField and TimeField', () => {
  it('takes German typing and keeps ISO in the form', async () => {
    installFakePlausch({}, { language: 'de' });
    const user = userEvent.setup();
    await renderInApp(<Form />, 'de');

    const date = screen.getByRole('textbox', { name: 'Datum' });
    const time = screen.getByRole('textbox', { name: 'Beginn' });
    expect(date.getAttribute('type')).toBe('text');
    expect(date.getAttribute('placeholder')).toBe('TT.MM.JJJJ');
    expect(time.getAttribute('placeholder')).toBe('hh:mm');

    await user.type(date, '27.11.2026');
    await user.type(time, '18:00');
    expect(state()).toBe('2026-11-27|18:00');
    expect((date as HTMLInputElement).value).toBe('27.11.2026');
    expect((time as HTMLInputElement).value).toBe('18:00');
  });

  it('shows a stored value in German and steps it with the arrow keys', async () => {
    installFakePlausch({}, { language: 'de' });
    const user = userEvent.setup();
    await renderInApp(<Form date="2026-11-30" time="23:50" />, 'de');

    const date = screen.getByRole('textbox', { name: 'Datum' }) as HTMLInputElement;
    const time = screen.getByRole('textbox', { name: 'Beginn' }) as HTMLInputElement;
    expect(date.value).toBe('30.11.2026');
    expect(time.value).toBe('23:50');

    await user.click(date);
    await user.keyboard('{ArrowUp}');
    await user.click(time);
    await user.keyboard('{ArrowUp}');
    expect(date.value).toBe('01.12.2026');
    expect(time.value).toBe('00:05');
    expect(state()).toBe('2026-12-01|00:05');
  });

  it('takes and shows the English forms in English', async () => {
    installFakePlausch({}, { language: 'en' });
    const user = userEvent.setup();
    await renderInApp(<Form time="18:00" />, 'en');

    const date = screen.getByRole('textbox', { name: 'Datum' }) as HTMLInputElement;
    const time = screen.getByRole('textbox', { name: 'Beginn' }) as HTMLInputElement;
    expect(date.placeholder).toBe('MM/DD/YYYY');
    expect(time.value).toBe('6:00 PM');

    await user.type(date, '11/27/2026');
    await user.clear(time);
    await user.type(time, '7:30 pm');
    await user.tab();
    expect(state()).toBe('2026-11-27|19:30');
    expect(time.value).toBe('7:30 PM');
  });

  it('says how to write a date it cannot read, and does not pass it off as a date', async () => {
    installFakePlausch({}, { language: 'de' });
    const user = userEvent.setup();
    await renderInApp(<Form date="2026-11-27" />, 'de');

    const date = screen.getByRole('textbox', { name: 'Datum' });
    await user.clear(date);
    await user.type(date, '31.04.2026');
    fireEvent.blur(date);
    expect(screen.getByText('Bitte ein Datum wie 27.11.2026 eingeben.')).toBeTruthy();
    expect(date.getAttribute('aria-invalid')).toBe('true');
    expect(state()).toBe('31.04.2026|');

    await user.clear(date);
    expect(state()).toBe('|');
    expect(screen.queryByText('Bitte ein Datum wie 27.11.2026 eingeben.')).toBeNull();
  });

  it('names a date before the earliest allowed one', async () => {
    installFakePlausch({}, { language: 'de' });
    await renderInApp(<Form date="2026-11-26" min="2026-11-27" />, 'de');
    expect(screen.getByText('Das Datum darf nicht vor dem 27.11.2026 liegen.')).toBeTruthy();
  });
});
