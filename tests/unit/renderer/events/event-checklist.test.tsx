// The event page's checklist: one column, a tab per phase with the current one open, usable from the keyboard; and
// its template items in the language of the moment, switched while the page is open, while a reworded item stays
// as the user wrote it. The page talks to the real events service over the fake bridge.
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import { EventPage } from '../../../../renderer/src/features/events/event-page';
import { EventModePage } from '../../../../renderer/src/features/events/event-mode-page';
import { content } from '../../../../shared/content';
import { anEvent, eventsHarness } from '../../electron/services/events/events-harness';
import { installFakePlausch, type FakePlausch } from '../support/fake-plausch';
import { renderInApp } from '../support/render-app';

vi.mock('../../../../renderer/src/features/journal', async () => (await import('../support/journal-mock')).journalMock);

const conference = (language: 'de' | 'en') => content[language].checklists.find((template) => template.kind === 'conference')!.phases;

/** 19:00 in Berlin on the evening of the conference (18:00–22:00): the event is on. */
const DURING_THE_EVENT = '2025-06-05T17:00:00.000Z';

async function anEventUnderway() {
  const harness = eventsHarness({}, DURING_THE_EVENT);
  const { events } = harness;
  const event = await events.create({ event: anEvent(), language: 'de', useOwnTemplate: true });
  await events.editItem(event.id, event.checklist.during[0]!.id, 'Frau Weber nach dem Umzug fragen');
  const fake = installFakePlausch({
    'events:get': ({ id, language }) => events.get(id, language),
    'events:mode': ({ id, language }) => events.mode(id, language),
    'events:setItemDone': ({ eventId, itemId, done }) => events.setItemDone(eventId, itemId, done),
  });
  return { fake, event };
}

async function switchTo(fake: FakePlausch, language: 'de' | 'en') {
  fake.settings = { ...fake.settings, language };
  act(() => fake.emit('data:changed', { collections: ['settings'] }));
  await waitFor(() => expect(i18next.language).toBe(language));
}

describe('the event page’s checklist', () => {
  it('opens at the tab of the phase the event is in, and moves between tabs with the arrow keys', async () => {
    const { event } = await anEventUnderway();
    await renderInApp(<EventPage id={event.id} />, 'de');

    const tabs = await screen.findByRole('tablist', { name: 'Checkliste' });
    const during = within(tabs).getByRole('tab', { name: /^Währenddessen \(jetzt\)/ });
    expect(during.getAttribute('aria-selected')).toBe('true');
    expect(within(tabs).getAllByRole('tab')).toEqual([
      within(tabs).getByRole('tab', { name: `Vorher · 0 von ${conference('de').before.length}` }),
      within(tabs).getByRole('tab', { name: `Währenddessen (jetzt) · 0 von ${conference('de').during.length}` }),
      within(tabs).getByRole('tab', { name: `Danach · 0 von ${conference('de').after.length}` }),
    ]);
    const panel = screen.getByRole('tabpanel');
    expect(within(panel).getByText(conference('de').during[1]!.text)).toBeTruthy();
    expect(within(panel).queryByText(conference('de').before[0]!.text)).toBeNull();

    const user = userEvent.setup();
    during.focus();
    await user.keyboard('{ArrowRight}');
    expect(within(tabs).getByRole('tab', { name: /^Danach/ }).getAttribute('aria-selected')).toBe('true');
    expect(within(screen.getByRole('tabpanel')).getByText(conference('de').after[0]!.text)).toBeTruthy();

    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(within(tabs).getByRole('tab', { name: /^Vorher/ }).getAttribute('aria-selected')).toBe('true');
    expect(within(screen.getByRole('tabpanel')).getByText(conference('de').before[0]!.text)).toBeTruthy();
  });

  it('shows the template’s items in English after switching the language while it is open; a reworded item stays', async () => {
    const { fake, event } = await anEventUnderway();
    await renderInApp(<EventPage id={event.id} />, 'de');
    const germanItem = conference('de').during[1]!.text;
    expect(await screen.findByText(germanItem)).toBeTruthy();
    expect(screen.getByText('Frau Weber nach dem Umzug fragen')).toBeTruthy();

    await switchTo(fake, 'en');
    expect(await screen.findByText(conference('en').during[1]!.text)).toBeTruthy();
    expect(screen.queryByText(germanItem)).toBeNull();
    expect(screen.getByText('Frau Weber nach dem Umzug fragen')).toBeTruthy();
    expect(screen.getByRole('tab', { name: /^During \(now\)/ }).getAttribute('aria-selected')).toBe('true');
  });
});

describe('a dialog open on the event page', () => {
  it('stays open through a switch of language and speaks the new one, the open tab kept', async () => {
    const { fake, event } = await anEventUnderway();
    await renderInApp(<EventPage id={event.id} />, 'de');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('tab', { name: /^Vorher/ }));
    await user.click(screen.getByRole('button', { name: 'Löschen' }));
    expect(await screen.findByRole('alertdialog', { name: 'Veranstaltung löschen?' })).toBeTruthy();

    await switchTo(fake, 'en');
    expect(await screen.findByRole('alertdialog', { name: 'Delete event?' })).toBeTruthy();
    expect(screen.queryByRole('alertdialog', { name: 'Veranstaltung löschen?' })).toBeNull();
    expect(screen.getByRole('tab', { name: /^Before/, hidden: true }).getAttribute('aria-selected')).toBe('true');
  });
});

describe('event mode’s checklist', () => {
  it('follows a switch of language while open, and keeps the reworded item', async () => {
    const { fake, event } = await anEventUnderway();
    await renderInApp(<EventModePage id={event.id} />, 'de');
    expect(await screen.findByText(conference('de').during[2]!.text)).toBeTruthy();

    await switchTo(fake, 'en');
    expect(await screen.findByText(conference('en').during[2]!.text)).toBeTruthy();
    expect(screen.queryByText(conference('de').during[2]!.text)).toBeNull();
    expect(screen.getByText('Frau Weber nach dem Umzug fragen')).toBeTruthy();
  });
});
