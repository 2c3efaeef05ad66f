// The Challenger pattern: what the user wrote down before a challenge, next to what happened, each with its
// discomfort rating. Used while completing (the right side is the form) and in the list of attempts (both read).
import { Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

const useStyles = makeStyles({
  // Two columns while there is room for both, one under the other in a narrow window.
  columns: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalM },
  column: {
    flexGrow: 1,
    flexBasis: '14rem',
    minWidth: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingInlineStart: tokens.spacingHorizontalM,
    borderInlineStartWidth: tokens.strokeWidthThick,
    borderInlineStartStyle: 'solid',
    borderInlineStartColor: tokens.colorNeutralStroke2,
  },
  after: { borderInlineStartColor: tokens.colorBrandStroke1 },
  heading: { margin: 0 },
  muted: { color: tokens.colorNeutralForeground2, margin: 0 },
  text: { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
});

export interface ExpectationBesideOutcomeProps {
  expectation: string;
  expectedDiscomfort: number;
  /** The right-hand side: what happened and how it felt, as text or as the fields to fill in. */
  outcome: ReactNode;
}

export function ExpectationBesideOutcome({ expectation, expectedDiscomfort, outcome }: ExpectationBesideOutcomeProps) {
  const styles = useStyles();
  const { t } = useTranslation('coach');
  const beforeId = useId();
  const afterId = useId();
  return (
    <div className={styles.columns} role="group" aria-label={t('compare.label')}>
      <section className={styles.column} aria-labelledby={beforeId}>
        <Text as="h3" id={beforeId} weight="semibold" className={styles.heading}>
          {t('compare.before')}
        </Text>
        <Text as="p" size={200} className={styles.muted}>
          {t('compare.discomfort', { value: expectedDiscomfort })}
        </Text>
        <Text as="p" className={mergeClasses(styles.text, expectation ? undefined : styles.muted)}>
          {expectation || t('compare.nothingWritten')}
        </Text>
      </section>
      <section className={mergeClasses(styles.column, styles.after)} aria-labelledby={afterId}>
        <Text as="h3" id={afterId} weight="semibold" className={styles.heading}>
          {t('compare.after')}
        </Text>
        {outcome}
      </section>
    </div>
  );
}

/** The right-hand side once done: how it felt and what the user wrote about it. */
export function OutcomeText({ actualDiscomfort, whatHappened }: { actualDiscomfort: number; whatHappened: string }) {
  const styles = useStyles();
  const { t } = useTranslation('coach');
  return (
    <>
      <Text as="p" size={200} className={styles.muted}>
        {t('compare.discomfort', { value: actualDiscomfort })}
      </Text>
      <Text as="p" className={mergeClasses(styles.text, whatHappened ? undefined : styles.muted)}>
        {whatHappened || t('compare.nothingWritten')}
      </Text>
    </>
  );
}
