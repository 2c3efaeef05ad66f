// One section of the Settings page (also used on the welcome page): a heading that names the section for screen
// readers, an optional line of help under it, then the section's fields.
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, '& h2, & h3, & p': { margin: 0 } },
  help: { color: tokens.colorNeutralForeground2 },
});

export interface SettingsSectionProps {
  /** The heading's id, which names the section (`aria-labelledby`). */
  id: string;
  title: string;
  help?: string;
  children: ReactNode;
}

export function SettingsSection({ id, title, help, children }: SettingsSectionProps) {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-labelledby={id}>
      <Text as="h2" id={id} size={500} weight="semibold">
        {title}
      </Text>
      {help ? (
        <Text as="p" className={styles.help}>
          {help}
        </Text>
      ) : null}
      {children}
    </section>
  );
}
