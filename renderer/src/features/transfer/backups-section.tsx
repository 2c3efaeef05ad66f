// The backups in the data folder, newest first: one by hand, and going back to one. A restore replaces the whole
// journal, so it is asked for first, and every screen refetches afterwards.
import {
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowCounterclockwiseRegular, SaveRegular } from '@fluentui/react-icons';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../../shared/transfer';
import { api } from '../../api';
import { useFeedback } from '../../app/feedback';
import { ConfirmDialog } from '../../components';
import { describeTransferError, formatBytes } from './transfer-format';
import { transferQueryKeys, useBackups } from './transfer-queries';

const useStyles = makeStyles({
  toolbar: { display: 'flex', gap: tokens.spacingHorizontalS },
  secondary: { color: tokens.colorNeutralForeground2 },
  size: { fontVariantNumeric: 'tabular-nums' },
  actionsCell: { width: '14rem' },
});

export function BackupsSection() {
  const styles = useStyles();
  const { t } = useTranslation();
  const { t: tTransfer, i18n } = useTranslation('transfer');
  const feedback = useFeedback('transfer');
  const queryClient = useQueryClient();
  const backups = useBackups();
  const [creating, setCreating] = useState(false);
  const [restoring, setRestoring] = useState<BackupInfo | undefined>();
  const [busy, setBusy] = useState(false);
  const [restoreError, setRestoreError] = useState<string | undefined>();
  const dateTime = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const when = (backup: BackupInfo) => dateTime.format(new Date(backup.createdAt));

  const backUpNow = async () => {
    setCreating(true);
    try {
      await api().backups.create();
      await queryClient.invalidateQueries({ queryKey: transferQueryKeys.backups });
      feedback.showSuccess((t) => t('backups.created'));
    } catch (error) {
      feedback.showError(error);
    } finally {
      setCreating(false);
    }
  };

  const restore = async (backup: BackupInfo) => {
    setRestoring(undefined);
    setRestoreError(undefined);
    setBusy(true);
    try {
      const receipt = await api().backups.restore({ name: backup.name });
      // The whole journal changed: every screen's data is stale, the backups list holds the safety backup.
      await queryClient.invalidateQueries();
      feedback.showSuccess((t) => {
        const restored = tTransfer('backups.restored', { contacts: receipt.contacts, interactions: receipt.interactions });
        const moved = receipt.addressesMovedToNotes > 0 ? ` ${t('backups.addressesMovedToNotes', { count: receipt.addressesMovedToNotes })}` : '';
        return `${restored}${moved}`;
      });
    } catch (error) {
      // Shown where it happened, with the file named: a toast would be gone before it is read.
      setRestoreError(describeTransferError(error, t, tTransfer, i18n.language));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <div className={styles.toolbar}>
        <Button icon={<SaveRegular />} disabled={creating} onClick={() => void backUpNow()}>
          {tTransfer('backups.create')}
        </Button>
        {creating || busy ? <Spinner size="tiny" aria-label={t('app.loading')} /> : null}
      </div>
      {restoreError ? (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{restoreError}</MessageBarBody>
        </MessageBar>
      ) : null}
      {backups.isPending ? (
        <Spinner label={t('app.loading')} />
      ) : backups.isError ? (
        <Text role="alert">{t('app.loadFailed')}</Text>
      ) : backups.data.length === 0 ? (
        <Text as="p" className={styles.secondary}>
          {tTransfer('backups.empty')}
        </Text>
      ) : (
        <Table aria-label={tTransfer('backups.listLabel')} size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{tTransfer('backups.date')}</TableHeaderCell>
              <TableHeaderCell>{tTransfer('backups.kind')}</TableHeaderCell>
              <TableHeaderCell>{tTransfer('backups.size')}</TableHeaderCell>
              <TableHeaderCell className={styles.actionsCell}>{tTransfer('backups.actions')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {backups.data.map((backup) => (
              <TableRow key={backup.name}>
                <TableCell>
                  <span title={backup.name}>{when(backup)}</span>
                </TableCell>
                <TableCell>{tTransfer(`backups.kinds.${backup.kind}`)}</TableCell>
                <TableCell className={styles.size}>{formatBytes(backup.bytes, i18n.language)}</TableCell>
                <TableCell className={styles.actionsCell}>
                  <Button
                    size="small"
                    icon={<ArrowCounterclockwiseRegular />}
                    disabled={busy}
                    aria-label={tTransfer('backups.restoreFor', { date: when(backup) })}
                    onClick={() => setRestoring(backup)}
                  >
                    {tTransfer('backups.restore')}
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <ConfirmDialog
        open={restoring !== undefined}
        title={restoring ? tTransfer('backups.confirmTitle', { date: when(restoring) }) : ''}
        text={tTransfer('backups.confirmText')}
        confirmLabel={tTransfer('backups.restore')}
        destructive
        onConfirm={() => {
          if (restoring) void restore(restoring);
        }}
        onCancel={() => setRestoring(undefined)}
      />
    </>
  );
}
