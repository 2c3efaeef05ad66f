// The card every part of the Today page sits in (an icon, a heading, a labelled list), and the page's layout: the
// agenda in a wide column, the suggestions and the rest stacked beside it, each card as tall as its content.
import { Card, Text, makeStyles, tokens, useId } from '@fluentui/react-components';
import type { ReactElement, ReactNode } from 'react';

export const useTodayStyles = makeStyles({
  // Two columns where there is room; the side column is a stack, so a short card never leaves a hole beside a tall one.
  layout: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr)',
    gap: tokens.spacingHorizontalL,
    alignItems: 'start',
    '@media (min-width: 1100px)': { gridTemplateColumns: 'minmax(0, 3fr) minmax(18rem, 2fr)' },
  },
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  quiet: { maxWidth: '40rem', marginInline: 'auto', width: '100%' },
  card: { gap: tokens.spacingVerticalS, minWidth: 0 },
  cardHeading: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, margin: 0 },
  cardIcon: { fontSize: '20px', display: 'flex', color: tokens.colorBrandForeground1 },
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
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
  what: { display: 'flex', flexDirection: 'column', flexGrow: 1, flexBasis: '12rem', minWidth: 0, gap: tokens.spacingVerticalXXS },
  // Names and notes wrap between words, never out of the card.
  text: { overflowWrap: 'anywhere' },
  meta: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  round: { boxShadow: `inset 4px 0 0 ${tokens.colorPaletteBerryBorderActive}`, paddingInlineStart: tokens.spacingHorizontalS },
  placeholder: { color: tokens.colorNeutralForeground2, margin: 0 },
  stacked: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXS },
  actions: { display: 'flex', flexWrap: 'nowrap', gap: tokens.spacingHorizontalXXS, marginInlineStart: 'auto' },
  eventIcon: {
    width: '32px',
    height: '32px',
    flexShrink: 0,
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground2,
    fontSize: '18px',
  },
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
