// A figure of the page with its words around it: title, what it shows, and the switch to its table, which holds the
// same numbers for anyone who cannot or would rather not read a chart (screen readers, high contrast, exact values).
import { Switch, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    minWidth: 0,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  header: { display: 'flex', flexWrap: 'wrap', alignItems: 'start', justifyContent: 'space-between', gap: tokens.spacingHorizontalM },
  titles: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  heading: { margin: 0 },
  description: { margin: 0, color: tokens.colorNeutralForeground2 },
});

export interface FigureFrameProps {
  id: string;
  title: string;
  description: string;
  /** Shown instead of chart and table when there is nothing to count. */
  empty?: string;
  chart: ReactNode;
  table: ReactNode;
}

export function FigureFrame({ id, title, description, empty, chart, table }: FigureFrameProps) {
  const styles = useStyles();
  const { t } = useTranslation('myNetwork');
  const [asTable, setAsTable] = useState(false);
  const headingId = `${id}-title`;
  return (
    <section className={styles.root} role="figure" aria-labelledby={headingId} data-figure={id} data-view={empty ? 'empty' : asTable ? 'table' : 'chart'}>
      <div className={styles.header}>
        <div className={styles.titles}>
          <Text as="h3" size={500} weight="semibold" id={headingId} className={styles.heading}>
            {title}
          </Text>
          <Text as="p" className={styles.description}>
            {description}
          </Text>
        </div>
        {empty ? null : <Switch label={t('figures.showTable')} checked={asTable} onChange={(_event, data) => setAsTable(data.checked)} />}
      </div>
      {empty ? <Text as="p">{empty}</Text> : asTable ? table : chart}
    </section>
  );
}
