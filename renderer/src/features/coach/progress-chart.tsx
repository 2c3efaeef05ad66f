// Challenges done per week (bars, left scale) and how uncomfortable they felt on average (line, right scale, 0-10),
// drawn by hand as SVG. Screen readers get a title and summary, and the same figures as a table.
import { makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgressWeek } from '../../../../shared/coach-views';
import { useCoachStyles } from './coach-styles';

const WIDTH = 640;
const HEIGHT = 240;
const PAD = { top: 16, right: 40, bottom: 36, left: 36 };
const PLOT_W = WIDTH - PAD.left - PAD.right;
const PLOT_H = HEIGHT - PAD.top - PAD.bottom;
const MAX_DISCOMFORT = 10;

const useStyles = makeStyles({
  svg: { width: '100%', maxWidth: `${WIDTH}px`, height: 'auto', display: 'block', overflow: 'visible' },
  bar: { fill: tokens.colorBrandBackground },
  line: { fill: 'none', stroke: tokens.colorPaletteBerryForeground1, strokeWidth: '2.5px', strokeLinejoin: 'round' },
  dot: { fill: tokens.colorPaletteBerryForeground1 },
  grid: { stroke: tokens.colorNeutralStroke2, strokeWidth: '1px' },
  label: { fill: tokens.colorNeutralForeground2, fontSize: '11px', fontFamily: tokens.fontFamilyBase },
  legend: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground2 },
  swatchBar: { display: 'inline-block', width: '12px', height: '12px', marginInlineEnd: '6px', backgroundColor: tokens.colorBrandBackground },
  swatchLine: {
    display: 'inline-block',
    width: '16px',
    height: '3px',
    marginInlineEnd: '6px',
    verticalAlign: 'middle',
    backgroundColor: tokens.colorPaletteBerryForeground1,
  },
});

/** An even top of at least 4, so the middle grid line falls on a whole number. */
function countScale(weeks: readonly ProgressWeek[]): number {
  const top = Math.max(4, ...weeks.map((week) => week.done));
  return top % 2 === 0 ? top : top + 1;
}

export function ProgressChart({ weeks, language }: { weeks: readonly ProgressWeek[]; language: string }) {
  const styles = useStyles();
  const coachStyles = useCoachStyles();
  const { t } = useTranslation('coach');
  const titleId = useId();
  const descId = useId();
  const maxCount = countScale(weeks);
  const slot = PLOT_W / Math.max(1, weeks.length);
  const barWidth = Math.min(28, slot * 0.6);
  const dayMonth = new Intl.DateTimeFormat(language, { day: 'numeric', month: 'numeric', timeZone: 'UTC' });
  const weekLabel = (weekStart: string) => dayMonth.format(new Date(`${weekStart}T12:00:00Z`));
  const x = (index: number) => PAD.left + slot * index + slot / 2;
  const yCount = (count: number) => PAD.top + PLOT_H - (count / maxCount) * PLOT_H;
  const yDiscomfort = (value: number) => PAD.top + PLOT_H - (value / MAX_DISCOMFORT) * PLOT_H;
  const points = weeks.flatMap((week, index) =>
    week.averageDiscomfort === null ? [] : [{ x: x(index), y: yDiscomfort(week.averageDiscomfort) }],
  );
  const total = weeks.reduce((sum, week) => sum + week.done, 0);
  const countTicks = [0, maxCount / 2, maxCount];

  return (
    <figure style={{ margin: 0 }}>
      <svg
        className={styles.svg}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        data-testid="progress-chart"
      >
        <title id={titleId}>{t('progress.chart.title')}</title>
        <desc id={descId}>{t('progress.chart.desc', { count: weeks.length, total })}</desc>
        {countTicks.map((tick) => (
          <g key={tick}>
            <line className={styles.grid} x1={PAD.left} x2={WIDTH - PAD.right} y1={yCount(tick)} y2={yCount(tick)} />
            <text className={styles.label} x={PAD.left - 8} y={yCount(tick) + 4} textAnchor="end">
              {tick}
            </text>
          </g>
        ))}
        {[0, 5, 10].map((tick) => (
          <text key={tick} className={styles.label} x={WIDTH - PAD.right + 8} y={yDiscomfort(tick) + 4} textAnchor="start">
            {tick}
          </text>
        ))}
        {weeks.map((week, index) => (
          <g key={week.weekStart}>
            {week.done > 0 ? (
              <rect
                className={styles.bar}
                data-week={week.weekStart}
                x={x(index) - barWidth / 2}
                y={yCount(week.done)}
                width={barWidth}
                height={PLOT_H + PAD.top - yCount(week.done)}
                rx={3}
              />
            ) : null}
            <text className={styles.label} x={x(index)} y={HEIGHT - PAD.bottom + 18} textAnchor="middle">
              {weekLabel(week.weekStart)}
            </text>
          </g>
        ))}
        {points.length > 1 ? (
          <polyline className={styles.line} points={points.map((point) => `${point.x},${point.y}`).join(' ')} />
        ) : null}
        {points.map((point) => (
          <circle key={point.x} className={styles.dot} cx={point.x} cy={point.y} r={4} />
        ))}
      </svg>
      <figcaption className={styles.legend} aria-hidden="true">
        <span>
          <span className={styles.swatchBar} />
          {t('progress.chart.legendDone')}
        </span>
        <span>
          <span className={styles.swatchLine} />
          {t('progress.chart.legendDiscomfort')}
        </span>
      </figcaption>
      <table className={coachStyles.visuallyHidden}>
        <caption>{t('progress.chart.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('progress.chart.week')}</th>
            <th scope="col">{t('progress.chart.legendDone')}</th>
            <th scope="col">{t('progress.chart.legendDiscomfort')}</th>
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week.weekStart}>
              <th scope="row">{t('progress.chart.weekOf', { date: weekLabel(week.weekStart) })}</th>
              <td>{week.done}</td>
              <td>{week.averageDiscomfort === null ? '–' : String(week.averageDiscomfort).replace('.', language === 'de' ? ',' : '.')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
