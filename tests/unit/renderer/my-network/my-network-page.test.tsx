// The network page over a canned map: the charts and their tables hold the same numbers, the map caps what it draws,
// and the list of the user's departments is saved through settings:update.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { MyNetworkPage } from '../../../../renderer/src/features/my-network';
import { PEOPLE_SHOWN } from '../../../../renderer/src/features/my-network/network-map-view';
import { PlauschError } from '../../../../shared/errors';
import type { NetworkMap, NetworkMapGroup } from '../../../../shared/network-map-contract';
import { installFakePlausch } from '../support/fake-plausch';
import { renderInApp } from '../support/render-app';

// jsdom draws no SVG: the charts stand in as lists of what they were given to draw, so a test can read the numbers.
vi.mock('@fluentui/react-charts', () => ({
  VerticalStackedBarChart: ({ data }: { data: { xAxisCalloutData: string; chartData: { legend: string; data: number }[] }[] }) => (
    <ul data-testid="encounters-chart">
      {data.flatMap((bar) => bar.chartData.filter((point) => point.data > 0).map((point) => <li key={`${bar.xAxisCalloutData}${point.legend}`}>{`${bar.xAxisCalloutData}|${point.legend}|${point.data}`}</li>))}
    </ul>
  ),
  GroupedVerticalBarChart: ({ data }: { data: { series: { legend: string; data: number; xAxisCalloutData: string }[] }[] }) => (
    <ul data-testid="favours-chart">
      {data.flatMap((group) => group.series.map((point) => <li key={`${point.xAxisCalloutData}${point.legend}`}>{`${point.xAxisCalloutData}|${point.legend}|${point.data}`}</li>))}
    </ul>
  ),
}));

const weeks = Array.from({ length: 52 }, (_, index) => {
  const start = new Date(Date.UTC(2025, 11, 1 + 7 * index)).toISOString().slice(0, 10);
  return { weekStart: start, counts: {} as NetworkMap['encountersPerWeek'][number]['counts'] };
});
(weeks[0] as (typeof weeks)[number]).counts = { coffee: 2, lunch: 1 };
(weeks[51] as (typeof weeks)[number]).counts = { call: 3 };

const months = Array.from({ length: 12 }, (_, index) => ({ month: `${index === 0 ? '2025' : '2026'}-${String(index === 0 ? 12 : index).padStart(2, '0')}`, given: 0, received: 0 }));
Object.assign(months[1] as object, { given: 2, received: 1 });
Object.assign(months[11] as object, { given: 0, received: 4 });

function aGroup(fields: Partial<NetworkMapGroup> & { size: number }): NetworkMapGroup {
  const { size, ...rest } = fields;
  const people = Array.from({ length: size }, (_, n) => ({ contactId: `${rest.department ?? 'x'}-${n}`, name: `${rest.department || 'Extern'} ${n + 1}`, warmth: n % 2 ? ('due' as const) : ('ok' as const) }));
  return {
    organisation: 'Hartmann & Partner',
    department: 'Einkauf',
    relation: 'internal',
    size,
    byWarmth: { ok: Math.ceil(size / 2), due: Math.floor(size / 2), overdue: 0, none: 0 },
    people,
    ...rest,
  };
}

const map: NetworkMap = {
  ownOrganisation: 'Hartmann & Partner',
  groups: [
    aGroup({ department: 'Einkauf', size: 2 }),
    aGroup({ department: 'Vertrieb', size: PEOPLE_SHOWN + 5 }),
    aGroup({ organisation: 'Lumen Consulting', department: '', relation: 'external', size: 1 }),
  ],
  moreOrganisations: [],
  whiteSpots: ['Geschäftsführung', 'Recht'],
  encountersPerWeek: weeks,
  favoursPerMonth: months,
  totals: { internal: PEOPLE_SHOWN + 7, external: 1, byWarmth: { ok: 11, due: 9, overdue: 0, none: 0 } },
};

function tableCells(figure: HTMLElement): string[][] {
  return within(figure)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''));
}

describe('the network page', () => {
  it('shows in the tables the numbers the charts draw', async () => {
    installFakePlausch({ 'networkMap:get': () => map });
    await renderInApp(<MyNetworkPage />);
    const user = userEvent.setup();

    const encounters = await screen.findByRole('figure', { name: 'Begegnungen pro Woche' });
    const drawnEncounters = within(encounters).getAllByRole('listitem').map((item) => item.textContent);
    expect(drawnEncounters).toEqual(['Woche ab 01.12.2025|Kaffee|2', 'Woche ab 01.12.2025|Mittagessen|1', 'Woche ab 23.11.2026|Telefonat|3']);
    await user.click(within(encounters).getByRole('switch', { name: 'Als Tabelle zeigen' }));
    expect(within(encounters).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Woche ab', 'Kaffee', 'Mittagessen', 'Telefonat', 'Gesamt']);
    const weekRows = tableCells(encounters);
    expect(weekRows).toHaveLength(52);
    expect(weekRows[0]).toEqual(['01.12.2025', '2', '1', '0', '3']);
    expect(weekRows[51]).toEqual(['23.11.2026', '0', '0', '3', '3']);

    const favours = screen.getByRole('figure', { name: 'Gefallen pro Monat' });
    const drawnFavours = within(favours).getAllByRole('listitem').map((item) => item.textContent);
    await user.click(within(favours).getByRole('switch', { name: 'Als Tabelle zeigen' }));
    const monthRows = tableCells(favours);
    expect(monthRows[1]).toEqual(['Januar 2026', '2', '1']);
    expect(monthRows[11]).toEqual(['November 2026', '0', '4']);
    // Row for row, the table says what the chart was given.
    expect(monthRows.flatMap(([month, given, received]) => [`${month}|Gefallen getan|${given}`, `${month}|Gefallen erhalten|${received}`])).toEqual(drawnFavours);
  });

  it('shows a large department as its counts until it is opened', async () => {
    installFakePlausch({ 'networkMap:get': () => map });
    await renderInApp(<MyNetworkPage />);
    const user = userEvent.setup();
    const internal = await screen.findByRole('region', { name: /Intern/ });
    expect(within(internal).getAllByRole('link')).toHaveLength(2);
    expect(within(internal).getByText('Im Rhythmus: 9')).toBeTruthy();
    await user.click(within(internal).getByRole('button', { name: `Alle ${PEOPLE_SHOWN + 5} zeigen` }));
    expect(within(internal).getAllByRole('link')).toHaveLength(PEOPLE_SHOWN + 7);
    expect(within(internal).getByRole('link', { name: 'Vertrieb 2, Fällig' })).toBeTruthy();
  });

  it('saves the departments the user adds and removes, and names each white spot', async () => {
    const fake = installFakePlausch({ 'networkMap:get': () => map }, { ownDepartments: ['Geschäftsführung'] });
    await renderInApp(<MyNetworkPage />);
    const user = userEvent.setup();

    const spots = await screen.findByRole('list', { name: 'Abteilungen ohne Kontakt' });
    expect(within(spots).getByText('Wen kennen Sie in Recht?')).toBeTruthy();

    await user.type(screen.getByRole('textbox', { name: 'Abteilung' }), 'Poststelle{Enter}');
    await waitFor(() => expect(fake.callsTo('settings:update')).toEqual([{ ownDepartments: ['Geschäftsführung', 'Poststelle'] }]));
    // The same department in other letters is not added twice.
    await user.type(screen.getByRole('textbox', { name: 'Abteilung' }), 'geschäftsführung');
    await user.click(screen.getByRole('button', { name: 'Hinzufügen' }));
    expect(await screen.findByText('Geschäftsführung steht schon in der Liste.')).toBeTruthy();
    expect(fake.callsTo('settings:update')).toHaveLength(1);

    await user.click(await screen.findByRole('button', { name: 'Geschäftsführung entfernen' }));
    await waitFor(() => expect(fake.callsTo('settings:update').at(-1)).toEqual({ ownDepartments: ['Poststelle'] }));
  });

  it('asks for the people of further companies when the user opens them', async () => {
    const companies = Array.from({ length: 8 }, (_, n) => aGroup({ organisation: `Firma ${n + 1}`, department: 'Einkauf', relation: 'external', size: 1 }));
    // The map sends the first six companies; the others' departments and people come when asked for.
    const fake = installFakePlausch({
      'networkMap:get': () => ({
        ...map,
        groups: [...map.groups.slice(0, 2), ...companies.slice(0, 6)],
        moreOrganisations: companies.slice(6).map(({ relation, organisation, size }) => ({ relation, organisation, size })),
      }),
      'networkMap:people': ({ organisations }) => companies.filter((group) => organisations.includes(group.organisation)),
    });
    await renderInApp(<MyNetworkPage />);
    const user = userEvent.setup();
    const external = await screen.findByRole('region', { name: /Extern/ });
    expect(within(external).queryByRole('region', { name: 'Firma 7' })).toBeNull();
    await user.click(within(external).getByRole('button', { name: 'Weitere Firmen zeigen (noch 2)' }));
    const seventh = await within(external).findByRole('region', { name: 'Firma 7' });
    expect(within(seventh).getByRole('link', { name: 'Einkauf 1, Im Rhythmus' })).toBeTruthy();
    expect(fake.callsTo('networkMap:people')).toEqual([{ relation: 'external', organisations: ['Firma 7', 'Firma 8'] }]);
  });

  it('says so when the figures cannot be read', async () => {
    installFakePlausch({
      'networkMap:get': () => {
        throw new PlauschError('internal');
      },
    });
    await renderInApp(<MyNetworkPage />);
    expect(await screen.findByRole('alert')).toBeTruthy();
  });

  it('tells an empty journal where to start', async () => {
    const empty: NetworkMap = {
      ...map,
      ownOrganisation: '',
      groups: [],
      whiteSpots: [],
      encountersPerWeek: weeks.map((week) => ({ ...week, counts: {} })),
      favoursPerMonth: months.map((month) => ({ ...month, given: 0, received: 0 })),
      totals: { internal: 0, external: 0, byWarmth: { ok: 0, due: 0, overdue: 0, none: 0 } },
    };
    installFakePlausch({ 'networkMap:get': () => empty });
    await renderInApp(<MyNetworkPage />);
    expect(await screen.findByRole('heading', { name: 'Ihr Netzwerk ist noch leer' })).toBeTruthy();
    expect(screen.getByText('In den letzten zwölf Monaten ist keine Begegnung eingetragen.')).toBeTruthy();
    expect(screen.queryByRole('switch')).toBeNull();
  });
});
