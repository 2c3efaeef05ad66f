// The card every group on the Today page sits in: an icon, a heading, a labelled list.
import { Card, Text, makeStyles, tokens, useId } from '@fluentui/react-components';
import type { ReactElement, ReactNode } from 'react';

export const useTodayStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(22rem, 1fr))',
    gap: tokens.spacingHorizontalL,
    alignItems: 'start',
  },
  card: { gap: tokens.spacingVerticalS },
  cardHeading: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, margin: 0 },
  cardIcon: { fontSize: '20px', display: 'flex', color: tokens.colorBrandForeground1 },
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  item: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    paddingBlock: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    ':last-child': { borderBottomStyle: 'none' },
  },
  what: { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: '10rem', gap: tokens.spacingVerticalXXS },
  meta: { color: tokens.colorNeutralForeground2 },
  round: { boxShadow: `inset 4px 0 0 ${tokens.colorPaletteBerryBorderActive}`, paddingInlineStart: tokens.spacingHorizontalS },
  placeholder: { color: tokens.colorNeutralForeground2, margin: 0 },
  stacked: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
});

export function TodayCard({
  title,
  icon,
  listLabel,
  more,
  children,
}: {
  title: string;
  icon: ReactElement;
  listLabel: string;
  more?: ReactNode;
  children: ReactNode;
}) {
  const styles = useTodayStyles();
  const headingId = useId('today-card');
  return (
    <Card className={styles.card}>
      <section aria-labelledby={headingId}>
        <Text as="h2" id={headingId} size={400} weight="semibold" className={styles.cardHeading}>
          <span className={styles.cardIcon} aria-hidden="true">
            {icon}
          </span>
          {title}
        </Text>
        <ul className={styles.list} aria-label={listLabel}>
          {children}
        </ul>
        {more}
      </section>
    </Card>
  );
}

