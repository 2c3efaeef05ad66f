// The figures' numbers as tables, row for row what the charts draw (figure-data.ts). Plain HTML tables: Fluent's
// Table would be a chunk shared with the import page, and its preload list would grow the first screen's script.
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { NetworkMapMonth } from '../../../../shared/network-map-contract';
import { formatShortDate } from '../../components';
import { formatMonth, type EncounterRows } from './figure-data';

const useStyles = makeStyles({
  // A year of weeks is long: the table scrolls inside itself, and can be scrolled with the keyboard.
  scroller: {
    maxHeight: '24rem',
    overflowY: 'auto',
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  table: { borderCollapse: 'collapse', width: '100%', fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground1 },
  cell: {
    paddingBlock: tokens.spacingVerticalXS,
    paddingInline: tokens.spacingHorizontalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    textAlign: 'start',
    whiteSpace: 'nowrap',
  },
  head: { position: 'sticky', top: 0, backgroundColor: tokens.colorNeutralBackground1, fontWeight: tokens.fontWeightSemibold },
  number: { textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
});

export function EncountersTable({ data, caption }: { data: EncounterRows; caption: string }) {
  const styles = useStyles();
  const { t, i18n } = useTranslation('myNetwork');
  const { t: tJournal } = useTranslation('journal');
  return (
    <div className={styles.scroller} tabIndex={0} role="region" aria-label={caption}>
      <table className={styles.table} aria-label={caption}>
        <thead>
          <tr>
            <th scope="col" className={mergeClasses(styles.cell, styles.head)}>{t('figures.encounters.week')}</th>
            {data.types.map((type) => (
              <th key={type} scope="col" className={mergeClasses(styles.cell, styles.head, styles.number)}>{tJournal(`types.${type}`)}</th>
            ))}
            <th scope="col" className={mergeClasses(styles.cell, styles.head, styles.number)}>{t('figures.encounters.total')}</th>
          </tr>
        </thead>
        <tbody>
          {data.rows.map((row) => (
            <tr key={row.weekStart} data-week={row.weekStart}>
              <th scope="row" className={styles.cell}>{formatShortDate(row.weekStart, i18n.language)}</th>
              {data.types.map((type) => (
                <td key={type} className={mergeClasses(styles.cell, styles.number)}>
                  {row.counts[type]}
                </td>
              ))}
              <td className={mergeClasses(styles.cell, styles.number)}>{row.total}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function FavoursTable({ months, caption }: { months: readonly NetworkMapMonth[]; caption: string }) {
  const styles = useStyles();
  const { t, i18n } = useTranslation('myNetwork');
  return (
    <div className={styles.scroller} tabIndex={0} role="region" aria-label={caption}>
      <table className={styles.table} aria-label={caption}>
        <thead>
          <tr>
            <th scope="col" className={mergeClasses(styles.cell, styles.head)}>{t('figures.favours.month')}</th>
            <th scope="col" className={mergeClasses(styles.cell, styles.head, styles.number)}>{t('figures.favours.given')}</th>
            <th scope="col" className={mergeClasses(styles.cell, styles.head, styles.number)}>{t('figures.favours.received')}</th>
          </tr>
        </thead>
        <tbody>
          {months.map((month) => (
            <tr key={month.month} data-month={month.month}>
              <th scope="row" className={styles.cell}>{formatMonth(month.month, i18n.language)}</th>
              <td className={mergeClasses(styles.cell, styles.number)}>{month.given}</td>
              <td className={mergeClasses(styles.cell, styles.number)}>{month.received}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
