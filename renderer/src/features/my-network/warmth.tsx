// Warmth as the page shows it: a colour from Fluent's status tokens (they hold up in light, dark and high contrast)
// and, because colour alone says nothing to everyone, a shape and a word for each state.
import { makeStyles, mergeClasses, shorthands, tokens } from '@fluentui/react-components';
import { CheckmarkCircleFilled, CircleFilled, ClockFilled, WarningFilled } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { Warmth } from '../../../../shared/help-contract';

export const warmthOrder: readonly Warmth[] = ['ok', 'due', 'overdue', 'none'];

const icons: Record<Warmth, typeof CheckmarkCircleFilled> = {
  ok: CheckmarkCircleFilled,
  due: ClockFilled,
  overdue: WarningFilled,
  none: CircleFilled,
};

/** The state's colour for its shape. */
const useWarmthIconStyles = makeStyles({
  ok: { color: tokens.colorStatusSuccessForeground1 },
  due: { color: tokens.colorStatusWarningForeground1 },
  overdue: { color: tokens.colorStatusDangerForeground1 },
  none: { color: tokens.colorNeutralForeground3 },
  icon: { fontSize: '16px', flexShrink: 0, display: 'inline-flex' },
});

/** The state's colour for a person's ring; the name inside keeps the text colour. */
export const useWarmthBorderStyles = makeStyles({
  ok: shorthands.borderColor(tokens.colorStatusSuccessBorderActive),
  due: shorthands.borderColor(tokens.colorStatusWarningBorderActive),
  overdue: shorthands.borderColor(tokens.colorStatusDangerBorderActive),
  none: shorthands.borderColor(tokens.colorNeutralStroke1),
});

/** The state's shape in its colour; decorative where the state is also written out. */
export function WarmthIcon({ warmth, className }: { warmth: Warmth; className?: string }) {
  const styles = useWarmthIconStyles();
  const Icon = icons[warmth];
  return <Icon aria-hidden="true" className={mergeClasses(styles.icon, styles[warmth], className)} data-warmth={warmth} />;
}

export function useWarmthLabel(): (warmth: Warmth) => string {
  const { t } = useTranslation('myNetwork');
  return (warmth) => t(`warmth.${warmth}`);
}

const useLegendStyles = makeStyles({
  list: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, margin: 0, padding: 0, listStyle: 'none' },
  item: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
});

/** What each colour means, with how many people are in each state. */
export function WarmthLegend({ counts }: { counts: Record<Warmth, number> }) {
  const styles = useLegendStyles();
  const { t } = useTranslation('myNetwork');
  const label = useWarmthLabel();
  return (
    <ul className={styles.list} aria-label={t('warmth.legend')}>
      {warmthOrder.map((warmth) => (
        <li key={warmth} className={styles.item}>
          <WarmthIcon warmth={warmth} />
          <span>{t('warmth.count', { label: label(warmth), count: counts[warmth] })}</span>
        </li>
      ))}
    </ul>
  );
}
