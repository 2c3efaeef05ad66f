// What forgetting a person removes, as a list in plain words: the same list before (the preview) and after (the
// report), so the user reads the same thing twice.
import { makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { ForgetCounts } from '../../../../shared/privacy';

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
});

/** The counted kinds in the order the list names them; shared encounters are said separately (they stay). */
const countedKinds = ['encountersRemoved', 'favours', 'gifts', 'campaigns', 'events', 'groups', 'plans', 'mentions'] as const;

export function ForgetCountList({ counts, name, labelledBy }: { counts: ForgetCounts; name: string; labelledBy: string }) {
  const styles = useStyles();
  const { t } = useTranslation('privacy');
  return (
    <ul className={styles.list} aria-labelledby={labelledBy}>
      <li>{t('items.contact')}</li>
      {countedKinds
        .filter((kind) => counts[kind] > 0)
        .map((kind) => (
          <li key={kind}>{t(`items.${kind}`, { count: counts[kind], name })}</li>
        ))}
      {counts.photo ? <li>{t('items.photo')}</li> : null}
    </ul>
  );
}
