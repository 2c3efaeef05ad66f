import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ChallengeOfPeriod, ChallengeProgress, PromptList } from '../../../../shared/coach-views';
import type { ChallengeAttempt, Contact } from '../../../../shared/model';
import { ChallengeOfTheDayCard, ProgressPage, PromptsPage } from '../../../../renderer/src/features/coach';
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
  challenge: {
    id: 'challenge-greet-new-face',
    level: 1,
    title: 'Ein Gruß an ein neues Gesicht',
    text: 'Grüßen Sie innerhalb einer Woche eine Person.',
    withPerson: true,
    within: 'week',
    count: 1,
  },
  dueOn: '2026-12-03',
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
  expectation: 'Er hat bestimmt keine Zeit.',
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
    expect(card.textContent).toContain('Zu schaffen bis Donnerstag, 3. Dezember');

    await user.click(within(card).getByRole('button', { name: 'Annehmen' }));
    const start = await screen.findByRole('dialog', { name: /Herausforderung annehmen/ });
    // jsdom does not move a range input by keyboard, so the value is set as a drag would set it.
    fireEvent.change(within(start).getByRole('slider', { name: /Wie unangenehm wird es/ }), { target: { value: '7' } });
    expect(within(start).getByRole('combobox', { name: 'Mit wem? (optional)' })).toHaveProperty('value', 'Jonas Weiß');
    await user.type(within(start).getByRole('textbox', { name: 'Was glauben Sie, wie es laufen wird?' }), ' Er hat bestimmt keine Zeit. ');
    await user.click(within(start).getByRole('button', { name: 'Los geht’s' }));
    expect(fake.callsTo('coach:startChallenge')).toEqual([
      { challengeId: 'challenge-greet-new-face', expectedDiscomfort: 7, expectation: 'Er hat bestimmt keine Zeit.', contactId: 'c-jonas' },
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
    // What was expected stands beside the fields for what happened.
    const sides = within(within(complete).getByRole('group', { name: 'Erwartung und Ergebnis' })).getAllByRole('region');
    expect(sides.map((side) => within(side).getByRole('heading').textContent)).toEqual([
      'Vorher erwartet',
      'Tatsächlich passiert',
    ]);
    expect(sides[0]?.textContent).toContain('Unbehagen: 7 von 10');
    expect(sides[0]?.textContent).toContain('Er hat bestimmt keine Zeit.');
    const after = within(sides[1] as HTMLElement);
    fireEvent.change(after.getByRole('slider', { name: /Wie unangenehm war es/ }), { target: { value: '3' } });
    await user.type(after.getByRole('textbox', { name: 'Was ist passiert?' }), 'Kurz geplaudert.');
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
    // Behind the modal dialog the card is hidden from the accessibility tree (once the dialog's modalizer has run).
    expect(screen.getByRole('region', { name: 'Challenge of the day', hidden: true }).textContent).toContain('To do by Thursday, December 3');
  });
});

describe('the list of attempts on the progress page', () => {
  it('shows what was expected beside what happened, with both ratings, and when a started one is due', async () => {
    const progress: ChallengeProgress = {
      period: 'day',
      level: { level: 1, done: 1, needed: 3 },
      streak: { unit: 'day', current: 1, longest: 1 },
      weeks: [{ weekStart: '2026-11-23', done: 1, averageDiscomfort: 3, averageExpected: 7 }],
      attempts: [
        { ...started, id: 'a-2', challengeId: 'challenge-coffee-invite', title: 'Auf einen Kaffee einladen', expectation: '', dueOn: '2026-12-10' },
        {
          ...started,
          status: 'done',
          completedOn: '2026-11-26',
          actualDiscomfort: 3,
          whatHappened: 'Er hat sich gefreut und gleich zurückgegrüßt.',
          title: 'Ein Gruß an ein neues Gesicht',
          name: 'Jonas Weiß',
        },
      ],
    };
    installFakePlausch({ 'coach:progress': () => progress });
    await renderInApp(<ProgressPage />);
    const items = within(await screen.findByRole('list', { name: 'Bisherige Herausforderungen' })).getAllByRole('listitem');
    expect(items[0]?.textContent).toContain('zu schaffen bis Donnerstag, 10. Dezember');
    expect(within(items[0] as HTMLElement).queryByRole('group')).toBeNull();

    const sides = within(within(items[1] as HTMLElement).getByRole('group', { name: 'Erwartung und Ergebnis' })).getAllByRole('region');
    expect(sides).toHaveLength(2);
    expect(within(sides[0] as HTMLElement).getByRole('heading').textContent).toBe('Vorher erwartet');
    expect(sides[0]?.textContent).toContain('Unbehagen: 7 von 10');
    expect(sides[0]?.textContent).toContain('Er hat bestimmt keine Zeit.');
    expect(within(sides[1] as HTMLElement).getByRole('heading').textContent).toBe('Tatsächlich passiert');
    expect(sides[1]?.textContent).toContain('Unbehagen: 3 von 10');
    expect(sides[1]?.textContent).toContain('Er hat sich gefreut und gleich zurückgegrüßt.');
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
        { id: 'lift-chess', text: 'Wie läuft es beim Schach?', depth: 3, source: 'content', about: 'Schach' },
      ],
      form: 'du',
      closings: [{ id: 'closing-lift-floor', text: 'Mein Stockwerk – bis später!' }],
      disclosures: [{ id: 'disclosure-lift-bike', text: 'Ich bin heute mit dem Rad gekommen.' }],
    };
    const fake = installFakePlausch({ 'coach:prompts': () => list, 'contacts:list': () => [jonas] });
    await renderInApp(<PromptsPage setting="lift" contactId="c-jonas" />);
    const items = within(await screen.findByRole('list', { name: 'Einstiege: Aufzug' })).getAllByRole('listitem');
    expect(items[0]?.textContent).toContain('Persönlich: Einschulung');
    expect(items[1]?.textContent).not.toContain('Persönlich');
    expect(items[2]?.textContent).toContain('Persönlich: Schach');
    expect(screen.getByText(/Anrede: du/)).toBeTruthy();
    const closings = within(screen.getByRole('list', { name: 'Freundlich beenden' })).getAllByRole('listitem');
    expect(closings.map((item) => item.textContent)).toEqual(['Mein Stockwerk – bis später!']);
    const disclosures = within(screen.getByRole('list', { name: 'Etwas von sich erzählen' })).getAllByRole('listitem');
    expect(disclosures.map((item) => item.textContent)).toEqual(['Ich bin heute mit dem Rad gekommen.']);
    expect(fake.callsTo('coach:prompts')).toContainEqual({ setting: 'lift', contactId: 'c-jonas', language: 'de' });

    await userEvent.setup().selectOptions(screen.getByRole('combobox', { name: 'Situation' }), 'christmasParty');
    expect(fake.callsTo('coach:prompts')).toContainEqual({ setting: 'christmasParty', contactId: 'c-jonas', language: 'de' });
  });
});
