// The figures as charts, drawn by Fluent's own charting library (@fluentui/react-charts): it takes the app's theme,
// makes every bar reachable with the keyboard (arrow keys) with its value read out, and lets the legend pick out one
// series. The series colours come from the theme in use, so they change with light, dark and high contrast.
// Its cost: the page's chunk is about 72 KB gzipped, nearly all of it this library and its d3 modules.
import { GroupedVerticalBarChart, VerticalStackedBarChart, type GroupedVerticalBarChartData, type VerticalStackedChartProps } from '@fluentui/react-charts';
import { makeStyles, type Theme as FluentTheme } from '@fluentui/react-components';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { InteractionType } from '../../../../shared/model';
import type { NetworkMapMonth } from '../../../../shared/network-map-contract';
import { useSettings } from '../../app/settings';
import { useFluentTheme } from '../../app/theme';
import { formatShortDate } from '../../components';
import { formatDayMonth, formatMonth, type EncounterRows } from './figure-data';

type PaletteToken = keyof FluentTheme & `colorPalette${string}BorderActive`;

/** One colour per kind of encounter; favours keep theirs in both charts. */
const typeColours: Record<InteractionType, PaletteToken> = {
  smallTalk: 'colorPaletteBlueBorderActive',
  coffee: 'colorPaletteBrownBorderActive',
  lunch: 'colorPaletteMarigoldBorderActive',
  call: 'colorPaletteTealBorderActive',
  meeting: 'colorPaletteGrapeBorderActive',
  message: 'colorPaletteSteelBorderActive',
  favourGiven: 'colorPaletteGreenBorderActive',
  favourReceived: 'colorPaletteBerryBorderActive',
  gift: 'colorPaletteRedBorderActive',
  event: 'colorPaletteLavenderBorderActive',
};

const CHART_HEIGHT = 300;
const Y_TICKS = 4;
/** Every fourth week is named on the axis: 52 dates side by side would run into one another. */
const WEEKS_PER_LABEL = 4;

/** The top of the y axis: a multiple of the tick count, so every tick is a whole number of encounters or favours. */
function yAxisTop(highest: number): number {
  return Math.max(Y_TICKS, Math.ceil(highest / Y_TICKS) * Y_TICKS);
}

// The library writes legend entries in title case ("Gefallen Getan"); the catalogs' words stay as written.
const useChartStyles = makeStyles({ legend: { textTransform: 'none' } });

/** Every legend entry shown, wrapping onto more lines (the library would otherwise fold some into an English "more"). */
function useLegendProps() {
  const styles = useChartStyles();
  return { enabledWrapLines: true, styles: { legend: styles.legend } };
}

/**
 * The colour of each series. High contrast gives every palette colour the same value, so there the series take turns
 * among the few colours that theme has (text, brand, link), which keeps neighbouring segments apart.
 */
function useSeriesColour(): (token: PaletteToken, index: number) => string {
  const setting = useSettings().data?.theme ?? 'system';
  const { theme } = useFluentTheme(setting);
  return useMemo(() => {
    const fewColours = theme.colorPaletteBlueBorderActive === theme.colorPaletteRedBorderActive;
    const turns = [theme.colorCompoundBrandForeground1, theme.colorBrandForegroundLink, theme.colorNeutralForeground1];
    return (token, index) => (fewColours ? (turns[index % turns.length] as string) : theme[token]);
  }, [theme]);
}

export function EncountersChart({ data }: { data: EncounterRows }) {
  const { t, i18n } = useTranslation('myNetwork');
  const { t: tJournal } = useTranslation('journal');
  const colour = useSeriesColour();
  const legendProps = useLegendProps();
  const chartData = useMemo<VerticalStackedChartProps[]>(
    () =>
      data.rows.map((row) => {
        const week = `${t('figures.encounters.week')} ${formatShortDate(row.weekStart, i18n.language)}`;
        return {
          // Words rather than dates on the axis: a date axis draws bars a few pixels wide.
          xAxisPoint: formatDayMonth(row.weekStart, i18n.language),
          xAxisCalloutData: week,
          chartData: data.types.map((type, index) => ({
            legend: tJournal(`types.${type}`),
            data: row.counts[type],
            color: colour(typeColours[type], index),
            xAxisCalloutData: week,
          })),
        };
      }),
    [data, t, tJournal, i18n.language, colour],
  );
  return (
    <VerticalStackedBarChart
      data={chartData}
      height={CHART_HEIGHT}
      chartTitle={t('figures.encounters.title')}
      yAxisTitle={t('figures.encounters.yAxis')}
      tickValues={chartData.filter((_bar, index) => index % WEEKS_PER_LABEL === 0).map((bar) => bar.xAxisPoint as string)}
      yMaxValue={yAxisTop(Math.max(...data.rows.map((row) => row.total)))}
      yAxisTickCount={Y_TICKS}
      hideTickOverlap
      barWidth="auto"
      maxBarWidth={14}
      xAxisInnerPadding={0.25}
      enabledLegendsWrapLines
      legendProps={legendProps}
      roundCorners
      culture={i18n.language}
    />
  );
}

export function FavoursChart({ months }: { months: readonly NetworkMapMonth[] }) {
  const { t, i18n } = useTranslation('myNetwork');
  const colour = useSeriesColour();
  const legendProps = useLegendProps();
  const chartData = useMemo<GroupedVerticalBarChartData[]>(
    () =>
      months.map((month) => ({
        name: formatMonth(month.month, i18n.language, 'short'),
        series: [
          { key: 'given', legend: t('figures.favours.given'), data: month.given, color: colour(typeColours.favourGiven, 0), xAxisCalloutData: formatMonth(month.month, i18n.language) },
          { key: 'received', legend: t('figures.favours.received'), data: month.received, color: colour(typeColours.favourReceived, 1), xAxisCalloutData: formatMonth(month.month, i18n.language) },
        ],
      })),
    [months, t, i18n.language, colour],
  );
  return (
    <GroupedVerticalBarChart
      data={chartData}
      height={CHART_HEIGHT}
      chartTitle={t('figures.favours.title')}
      yAxisTitle={t('figures.favours.yAxis')}
      yMaxValue={yAxisTop(Math.max(...months.map((month) => Math.max(month.given, month.received))))}
      yAxisTickCount={Y_TICKS}
      barWidth="auto"
      maxBarWidth={16}
      // A "0" over every empty month says nothing the axis does not; the table has the exact numbers.
      hideLabels
      enabledLegendsWrapLines
      legendProps={legendProps}
      roundCorners
      culture={i18n.language}
    />
  );
}
