// What a screen shows before there is anything on it: what this place is for and the first step to take.
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactElement, ReactNode } from 'react';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    textAlign: 'center',
    gap: tokens.spacingVerticalM,
    paddingBlock: tokens.spacingVerticalXXXL,
    paddingInline: tokens.spacingHorizontalXL,
    maxWidth: '36rem',
    marginInline: 'auto',
  },
  icon: {
    fontSize: '48px',
    color: tokens.colorBrandForeground1,
    display: 'flex',
  },
  heading: { margin: 0 },
  text: {
    margin: 0,
    color: tokens.colorNeutralForeground2,
  },
});

export interface EmptyStateProps {
  icon: ReactElement;
  title: string;
  text: ReactNode;
  action?: ReactNode;
}

export function EmptyState({ icon, title, text, action }: EmptyStateProps) {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-label={title}>
      <span className={styles.icon} aria-hidden="true">
        {icon}
      </span>
      <Text as="h2" size={500} weight="semibold" className={styles.heading}>
        {title}
      </Text>
      <Text as="p" className={styles.text}>
        {text}
      </Text>
      {action}
    </section>
  );
}
