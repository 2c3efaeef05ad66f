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
import type { TFunction } from 'i18next';
import type { Notice } from '../../../shared/views';
import { api } from '../api';
import { formatDate } from '../components';
import { useAppStatus } from './settings';
import { storageProblemParts } from './storage-problem-text';

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
  storageProblem: 'warning',
  recordsInvalid: 'warning',
};

function noticeKey(notice: Notice): string {
  return JSON.stringify(notice);
}

function noticeTexts(notice: Notice, t: TFunction, language: string): { title: string; text: string } {
  if (notice.kind === 'restoredFromBackup' && notice.backupDate) {
    // From when the restored journal is: what the user needs to know to check what may be missing.
    const values = { ...notice, date: formatDate(notice.backupDate, language) };
    return { title: t('notices.restoredFromBackup.titleDated', values), text: t('notices.restoredFromBackup.text', values) };
  }
  if (notice.kind === 'storageProblem') {
    return {
      title: t(`notices.storageProblem.${notice.what}.title`),
      text: t(`notices.storageProblem.${notice.what}.text`, storageProblemParts(t, notice.problem)),
    };
  }
  return { title: t(`notices.${notice.kind}.title`), text: t(`notices.${notice.kind}.text`, notice) };
}

/** Each notice once: one that arrives live may also be in the start-up list fetched after it arose. */
function distinct(notices: readonly Notice[]): Notice[] {
  const byKey = new Map(notices.map((notice) => [noticeKey(notice), notice]));
  return [...byKey.values()];
}

export function Notices() {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  const status = useAppStatus();
  const [live, setLive] = useState<Notice[]>([]);
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());

  useEffect(
    () =>
      api().on('app:notice', (notice) => {
        setLive((current) => [...current, notice]);
        // The main process sends a notice again only after it was resolved in between: it is news again.
        setDismissed((current) => {
          if (!current.has(noticeKey(notice))) return current;
          const next = new Set(current);
          next.delete(noticeKey(notice));
          return next;
        });
      }),
    [],
  );

  const notices = distinct([...(status.data?.notices ?? []), ...live]).filter((notice) => !dismissed.has(noticeKey(notice)));
  if (notices.length === 0) return null;
  return (
    <section className={styles.root} aria-label={t('notices.label')}>
      {notices.map((notice) => {
        const { title, text } = noticeTexts(notice, t, i18n.language);
        return (
          <MessageBar key={noticeKey(notice)} intent={intents[notice.kind]} layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{title}</MessageBarTitle> {text}
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
        );
      })}
    </section>
  );
}
