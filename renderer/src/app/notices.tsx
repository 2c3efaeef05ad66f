// What the main process wants the user to know: at start (from `app:status`) and while running (`app:notice`).
// Each stays until dismissed, because "your data was restored from a backup" must not slip by unnoticed.
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
  type MessageBarIntent,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Notice } from '../../../shared/views';
import { api } from '../api';
import { useAppStatus } from './settings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  path: { fontFamily: tokens.fontFamilyMonospace, wordBreak: 'break-all' },
});

const intents: Record<Notice['kind'], MessageBarIntent> = {
  restoredFromBackup: 'warning',
  startedEmptyAfterDamage: 'error',
  migrated: 'info',
  logDamaged: 'warning',
  shellStopped: 'error',
};

function noticeKey(notice: Notice): string {
  return JSON.stringify(notice);
}

export function Notices() {
  const styles = useStyles();
  const { t } = useTranslation();
  const status = useAppStatus();
  const [live, setLive] = useState<Notice[]>([]);
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());

  useEffect(() => api().on('app:notice', (notice) => setLive((current) => [...current, notice])), []);

  const notices = [...(status.data?.notices ?? []), ...live].filter((notice) => !dismissed.has(noticeKey(notice)));
  if (notices.length === 0) return null;
  return (
    <section className={styles.root} aria-label={t('notices.label')}>
      {notices.map((notice) => (
        <MessageBar key={noticeKey(notice)} intent={intents[notice.kind]} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t(`notices.${notice.kind}.title`)}</MessageBarTitle> {t(`notices.${notice.kind}.text`, notice)}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                aria-label={t('actions.dismiss')}
                title={t('actions.dismiss')}
                icon={<DismissRegular />}
                onClick={() => setDismissed((current) => new Set(current).add(noticeKey(notice)))}
              />
            }
          />
        </MessageBar>
      ))}
    </section>
  );
}
