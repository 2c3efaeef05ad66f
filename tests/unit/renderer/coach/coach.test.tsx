import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ChallengeOfPeriod, ChallengeProgress, PromptList } from '../../../../shared/coach-views';
import type { ChallengeAttempt, Contact } from '../../../../shared/model';
import { ChallengeOfTheDayCard, PromptsPage } from '../../../../renderer/src/features/coach';
import { ProgressChart } from '../../../../renderer/src/features/coach/progress-chart';
import { installFakePlausch } from '../support/fake-plausch';
import { renderInApp } from '../support/render-app';

const jonas = {
  id: 'c-jonas',
  firstName: 'Jonas',
  lastName: 'Weiß',
  organisation: '',
  archived: false,
} as Contact;

const challenge: ChallengeOfPeriod = {
  period: 'day',
  periodStart: '2026-11-27',
  periodEnd: '2026-11-27',
  level: 1,
  challenge: { id: 'challenge-greet-new-face', level: 1, title: 'Ein Gruß an ein neues Gesicht', text: 'Grüßen Sie jemanden.', withPerson: true },
  suggestedPerson: { contactId: 'c-jonas', name: 'Jonas Weiß', reason: 'newColleague' },
  streak: { unit: 'day', current: 2, longest: 4 },
};

const started: ChallengeAttempt = {
  kind: 'attempt',
  id: 'a-1',
  challengeId: 'challenge-greet-new-face',
  level: 1,
  contactId: 'c-jonas',
  startedOn: '2026-11-27',
  expectedDiscomfort: 7,
  status: 'started',
  whatHappened: '',
  reflection: '',
  createdAt: '2026-11-27T08:30:00.000Z',
};

describe('the challenge of the day', () => {
  it('starts with the expected discomfort and the suggested person', async () => {
    const user = userEvent.setup();
    let current: ChallengeOfPeriod = challenge;
    const fake = installFakePlausch({
      'coach:challenge': () => current,
      'contacts:list': () => [jonas],
      'coach:startChallenge': () => {
        current = { ...challenge, attempt: started };
        return started;
      },
    });
    await renderInApp(<ChallengeOfTheDayCard />);
    const card = await screen.findByRole('region', { name: 'Herausforderung des Tages' });
    expect(card.textContent).toContain('Vorschlag: mit Jonas Weiß, neu im Haus.');
    expect(card.textContent).toContain('2 Tage in Folge');

    await user.click(within(card).getByRole('button', { name: 'Annehmen' }));
    const start = await screen.findByRole('dialog', { name: /Herausforderung annehmen/ });
    // jsdom does not move a range input by keyboard, so the value is set as a drag would set it.
    fireEvent.change(within(start).getByRole('slider', { name: /Wie unangenehm wird es/ }), { target: { value: '7' } });
    expect(within(start).getByRole('combobox', { name: 'Mit wem? (optional)' })).toHaveProperty('value', 'Jonas Weiß');
    await user.click(within(start).getByRole('button', { name: 'Los geht’s' }));
    expect(fake.callsTo('coach:startChallenge')).toEqual([
      { challengeId: 'challenge-greet-new-face', expectedDiscomfort: 7, contactId: 'c-jonas' },
    ]);
    expect(await within(card).findByText(/vorher erwartet: 7 von 10/)).toBeTruthy();
  });

  it('completes with how it felt, what happened and a reflection, and celebrates a level-up', async () => {
    const user = userEvent.setup();
    let current: ChallengeOfPeriod = { ...challenge, attempt: started };
    const fake = installFakePlausch({
      'coach:challenge': () => current,
      'contacts:list': () => [jonas],
      'coach:completeChallenge': () => {
        const done: ChallengeAttempt = { ...started, status: 'done', completedOn: '2026-11-27', actualDiscomfort: 3 };
        current = { ...challenge, attempt: done };
        return { attempt: done, levelUp: { from: 1, to: 2 } };
      },
    });
    await renderInApp(<ChallengeOfTheDayCard />);
    const card = await screen.findByRole('region', { name: 'Herausforderung des Tages' });
    await user.click(within(card).getByRole('button', { name: 'Abschließen' }));
    const complete = await screen.findByRole('dialog', { name: /Wie ist es gelaufen/ });
    expect(complete.textContent).toContain('Vorher erwartet: 7 von 10.');
    fireEvent.change(within(complete).getByRole('slider', { name: /Wie unangenehm war es/ }), { target: { value: '3' } });
    await user.type(within(complete).getByRole('textbox', { name: 'Was ist passiert?' }), 'Kurz geplaudert.');
    await user.type(within(complete).getByRole('textbox', { name: 'Was nehmen Sie mit?' }), 'Leichter als gedacht.');
    await user.click(within(complete).getByRole('button', { name: 'Abschließen' }));
    expect(fake.callsTo('coach:completeChallenge')).toEqual([
      { attemptId: 'a-1', actualDiscomfort: 3, whatHappened: 'Kurz geplaudert.', reflection: 'Leichter als gedacht.' },
    ]);
    // The celebration takes the completion dialog's place as the one modal dialog: its button has the focus, and once
    // the focus manager has hidden the page behind it, the celebration is still the dialog a screen reader finds.
    const celebration = await screen.findByRole('dialog', { name: 'Stufe 2 erreicht!' });
    expect(celebration.textContent).toContain('Ins Gespräch kommen');
    await waitFor(() => expect(document.activeElement).toBe(within(celebration).getByRole('button', { name: 'Weiter so' })));
    await waitFor(() => expect(card.closest('[aria-hidden="true"]')).not.toBeNull());
    expect(screen.getByRole('dialog', { name: 'Stufe 2 erreicht!' })).toBe(celebration);
    expect(card.textContent).toContain('erwartet 7, gefühlt 3 von 10');
  });
});

describe('a challenge dialog open while the language is switched', () => {
  it('stays open, keeps what was entered, and shows its words and the challenge in the new language', async () => {
    const user = userEvent.setup();
    const english: ChallengeOfPeriod = { ...challenge, challenge: { ...challenge.challenge, title: 'Greet a new face', text: 'Greet someone.' } };
    const fake = installFakePlausch({
      'coach:challenge': ({ language }) => (language === 'en' ? english : challenge),
      'contacts:list': () => [jonas],
    });
    await renderInApp(<ChallengeOfTheDayCard />);
    await user.click(within(await screen.findByRole('region', { name: 'Herausforderung des Tages' })).getByRole('button', { name: 'Annehmen' }));
    const german = await screen.findByRole('dialog', { name: 'Herausforderung annehmen: Ein Gruß an ein neues Gesicht' });
    fireEvent.change(within(german).getByRole('slider'), { target: { value: '8' } });

    fake.settings = { ...fake.settings, language: 'en' };
    act(() => fake.emit('data:changed', { collections: ['settings'] }));
    const dialog = await screen.findByRole('dialog', { name: 'Take on the challenge: Greet a new face' });
    expect(within(dialog).getByRole('slider', { name: /How uncomfortable/ })).toHaveProperty('value', '8');
    expect(screen.queryByRole('dialog', { name: /Herausforderung annehmen/ })).toBeNull();
  });
});

describe('the progress chart', () => {
  const weeks: ChallengeProgress['weeks'] = [
    { weekStart: '2026-11-02', done: 1, averageDiscomfort: 6, averageExpected: 7 },
    { weekStart: '2026-11-09', done: 0, averageDiscomfort: null, averageExpected: null },
    { weekStart: '2026-11-16', done: 2, averageDiscomfort: 4.5, averageExpected: 6 },
    { weekStart: '2026-11-23', done: 3, averageDiscomfort: 3, averageExpected: 5 },
  ];

  it('draws one bar per week with challenges done, a line for the discomfort, and the same figures as a table', async () => {
    installFakePlausch();
    await renderInApp(<ProgressChart weeks={weeks} language="de" />);
    const chart = screen.getByRole('img', { name: /Herausforderungen pro Woche/ });
    const bars = chart.querySelectorAll('rect[data-week]');
    expect([...bars].map((bar) => bar.getAttribute('data-week'))).toEqual(['2026-11-02', '2026-11-16', '2026-11-23']);
    const heights = [...bars].map((bar) => Number(bar.getAttribute('height')));
    expect(heights[2]).toBeGreaterThan(heights[1] ?? Infinity);
    expect(chart.querySelectorAll('circle')).toHaveLength(3);
    expect(chart.querySelector('title')?.textContent).toBe('Herausforderungen pro Woche');
    expect(chart.querySelector('desc')?.textContent).toContain('insgesamt 6 geschafft');

    const table = screen.getByRole('table', { name: 'Herausforderungen pro Woche' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      'Woche ab 2.11.16',
      'Woche ab 9.11.0–',
      'Woche ab 16.11.24,5',
      'Woche ab 23.11.33',
    ]);
  });
});

describe('small-talk prompts', () => {
  it('asks for the chosen setting and person and shows the personal prompts first, marked as such', async () => {
    const list: PromptList = {
      setting: 'lift',
      maxDepth: 3,
      interestShown: true,
      items: [
        { id: 'schoolStart:f-lena', text: 'Wie waren die ersten Schultage für Lena?', depth: 3, source: 'schoolStart' },
        { id: 'lift-floor', text: 'Welches Stockwerk darf’s sein?', depth: 1, source: 'content' },
      ],
    };
    const fake = installFakePlausch({ 'coach:prompts': () => list, 'contacts:list': () => [jonas] });
    await renderInApp(<PromptsPage setting="lift" contactId="c-jonas" />);
    const items = within(await screen.findByRole('list', { name: 'Einstiege: Aufzug' })).getAllByRole('listitem');
    expect(items[0]?.textContent).toContain('Persönlich: Einschulung');
    expect(items[1]?.textContent).not.toContain('Persönlich');
    expect(fake.callsTo('coach:prompts')).toContainEqual({ setting: 'lift', contactId: 'c-jonas', language: 'de' });

    await userEvent.setup().selectOptions(screen.getByRole('combobox', { name: 'Situation' }), 'christmasParty');
    expect(fake.callsTo('coach:prompts')).toContainEqual({ setting: 'christmasParty', contactId: 'c-jonas', language: 'de' });
  });
});
