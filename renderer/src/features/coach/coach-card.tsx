// The card every part of a coach screen sits in: an icon, a heading that names the section, the content.
import { Card, Text, mergeClasses, useId } from '@fluentui/react-components';
import type { ReactElement, ReactNode } from 'react';
import { useCoachStyles } from './coach-styles';

export interface CoachCardProps {
  title: string;
  icon: ReactElement;
  wide?: boolean;
  /** Beside the heading: a badge or a small action. */
  aside?: ReactNode;
  children: ReactNode;
}

export function CoachCard({ title, icon, wide, aside, children }: CoachCardProps) {
  const styles = useCoachStyles();
  const headingId = useId('coach-card');
  return (
    <Card className={mergeClasses(styles.card, wide && styles.wide)} role="region" aria-labelledby={headingId}>
      <div className={styles.row}>
        <Text as="h2" id={headingId} size={400} weight="semibold" className={styles.cardHeading}>
          <span className={styles.cardIcon} aria-hidden="true">
            {icon}
          </span>
          {title}
        </Text>
        {aside}
      </div>
      {children}
    </Card>
  );
}
