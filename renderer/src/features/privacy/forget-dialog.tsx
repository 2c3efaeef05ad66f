// "Vergessen": deletes one person everywhere, the backups included (GDPR Art. 17). The dialog first says in plain words
// what will go and what stays, and asks for an explicit tick, because nothing brings the person back; then it shows
// what was removed, and names any file that could not be read, so the user can delete it herself.
import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Spinner,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ForgetReport } from '../../../../shared/privacy';
import { api } from '../../api';
import { describeError, useFeedback } from '../../app/feedback';
import { ForgetCountList } from './forget-counts';

const useStyles = makeStyles({
  surface: { maxWidth: '36rem', width: '100%' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, '& p': { margin: 0 } },
  final: { fontWeight: tokens.fontWeightSemibold },
  // One line: the dialog's buttons sit side by side and would otherwise squeeze this one into two.
  confirm: { whiteSpace: 'nowrap', flexShrink: 0 },
  files: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL, fontFamily: tokens.fontFamilyMonospace, wordBreak: 'break-all' },
  // Red like every other button that deletes (see ConfirmDialog).
  destructive: {
    backgroundColor: tokens.colorPaletteRedBackground3,
    color: tokens.colorNeutralForegroundOnBrand,
    ':hover': { backgroundColor: tokens.colorPaletteRedForeground1, color: tokens.colorNeutralForegroundOnBrand },
    ':hover:active': { backgroundColor: tokens.colorPaletteRedForeground1, color: tokens.colorNeutralForegroundOnBrand },
  },
});

export interface ForgetDialogProps {
  contactId: string;
  /** The person's full name, as the lists and the report say it. */
  name: string;
  /** The person is forgotten; the report is showing. */
  onForgotten?(report: ForgetReport): void;
  /** Closed: cancelled before, or done after forgetting (`forgotten`). */
  onClose(forgotten: boolean): void;
}

export function ForgetDialog({ contactId, name, onForgotten, onClose }: ForgetDialogProps) {
  const styles = useStyles();
  const [report, setReport] = useState<ForgetReport | undefined>();
  const [running, setRunning] = useState(false);
  return (
    <Dialog
      open
      modalType="alert"
      onOpenChange={(_event, data) => {
        // Escape does nothing while the person is being forgotten: the dialog stays to show the report.
        if (!data.open && !running) onClose(report !== undefined);
      }}
    >
      <DialogSurface className={styles.surface}>
        {report ? (
          <ForgetReportView report={report} onClose={() => onClose(true)} />
        ) : (
          <ForgetPreviewView
            contactId={contactId}
            name={name}
            running={running}
            onRun={setRunning}
            onForgotten={(done) => {
              setReport(done);
              onForgotten?.(done);
            }}
            onCancel={() => onClose(false)}
          />
        )}
      </DialogSurface>
    </Dialog>
  );
}

function ForgetPreviewView({
  contactId,
  name,
  running,
  onRun,
  onForgotten,
  onCancel,
}: {
  contactId: string;
  name: string;
  running: boolean;
  onRun(running: boolean): void;
  onForgotten(report: ForgetReport): void;
  onCancel(): void;
}) {
  const styles = useStyles();
  const { t } = useTranslation('privacy');
  const { t: tCommon } = useTranslation();
  const feedback = useFeedback('privacy');
  const listId = useId();
  const [confirmed, setConfirmed] = useState(false);
  // Not under a prefix that `data:changed` refetches: once the person is gone the preview has nothing to ask about.
  const preview = useQuery({
    queryKey: ['privacy', 'forgetPreview', contactId],
    queryFn: () => api().privacy.forgetPreview({ contactId }),
    staleTime: Infinity,
    gcTime: 0,
  });

  const forget = async () => {
    onRun(true);
    try {
      onForgotten(await api().privacy.forget({ contactId, confirm: true }));
    } catch (error) {
      feedback.showError(error);
    } finally {
      onRun(false);
    }
  };

  let content: ReactNode;
  if (preview.isPending) content = <Spinner label={t('forget.loading', { name })} />;
  else if (preview.isError) {
    content = (
      <Text as="p" role="alert">
        {t('forget.loadFailed', { name })} {describeError(preview.error, tCommon)}
      </Text>
    );
  } else {
    const { counts, backups } = preview.data;
    content = (
      <>
        <Text as="p">{t('forget.intro', { name })}</Text>
        <Text as="p" id={listId}>
          {t('forget.willDelete')}
        </Text>
        <ForgetCountList counts={counts} name={name} labelledBy={listId} />
        {counts.encountersKept > 0 ? <Text as="p">{t('kept', { count: counts.encountersKept, name })}</Text> : null}
        <Text as="p">{backups > 0 ? t('backups.preview', { count: backups, name }) : t('backups.previewNone', { name })}</Text>
        <Text as="p" className={styles.final}>
          {t('forget.final')}
        </Text>
        <Checkbox
          checked={confirmed}
          disabled={running}
          onChange={(_event, data) => setConfirmed(data.checked === true)}
          label={t('forget.confirmCheck', { name })}
        />
        {running ? <Spinner size="tiny" label={t('forget.running', { name })} /> : null}
      </>
    );
  }

  return (
    <DialogBody>
      <DialogTitle>{t('forget.title', { name })}</DialogTitle>
      <DialogContent className={styles.content}>{content}</DialogContent>
      <DialogActions>
        <Button appearance="secondary" disabledFocusable={running} onClick={onCancel}>
          {tCommon('actions.cancel')}
        </Button>
        <Button
          appearance="primary"
          className={mergeClasses(styles.confirm, confirmed && !running && styles.destructive)}
          // Focusable while it cannot be used yet: a disabled button would drop the focus out of the dialog.
          disabledFocusable={!confirmed || running || !preview.isSuccess}
          onClick={() => void forget()}
        >
          {t('forget.confirm')}
        </Button>
      </DialogActions>
    </DialogBody>
  );
}

function ForgetReportView({ report, onClose }: { report: ForgetReport; onClose(): void }) {
  const styles = useStyles();
  const { t } = useTranslation('privacy');
  const { t: tCommon } = useTranslation();
  const listId = useId();
  const close = useRef<HTMLButtonElement>(null);
  // The button that asked is gone with the preview; the focus goes on to the one way out, not to the page behind.
  useEffect(() => close.current?.focus(), []);
  const { name, counts, backupsRewritten, unreadableFiles } = report;
  return (
    <DialogBody>
      <DialogTitle>{t('report.title', { name })}</DialogTitle>
      <DialogContent className={styles.content}>
        <Text as="p" id={listId}>
          {t('report.deleted')}
        </Text>
        <ForgetCountList counts={counts} name={name} labelledBy={listId} />
        {counts.encountersKept > 0 ? <Text as="p">{t('kept', { count: counts.encountersKept, name })}</Text> : null}
        <Text as="p">{backupsRewritten > 0 ? t('backups.done', { count: backupsRewritten, name }) : t('backups.doneNone', { name })}</Text>
        {unreadableFiles.length > 0 ? (
          <>
            <Text as="p" role="alert">
              {t('report.unreadable', { name })}
            </Text>
            <ul className={styles.files}>
              {unreadableFiles.map((file) => (
                <li key={file}>{file}</li>
              ))}
            </ul>
          </>
        ) : null}
      </DialogContent>
      <DialogActions>
        <Button ref={close} appearance="primary" onClick={onClose}>
          {tCommon('actions.close')}
        </Button>
      </DialogActions>
    </DialogBody>
  );
}

/**
 * The dialog and how to open it. `onDone` runs when the report is closed (the contact page leaves the deleted contact);
 * `forgotten` is set from the moment the person is gone, so a page can stop showing them behind the report.
 */
export function useForgetDialog(onDone?: () => void): {
  open(contactId: string, name: string): void;
  forgotten: boolean;
  dialog: ReactNode;
} {
  const [person, setPerson] = useState<{ contactId: string; name: string } | undefined>();
  const [forgotten, setForgotten] = useState(false);
  return {
    open: (contactId, name) => {
      setForgotten(false);
      setPerson({ contactId, name });
    },
    forgotten,
    dialog: person ? (
      <ForgetDialog
        key={person.contactId}
        contactId={person.contactId}
        name={person.name}
        onForgotten={() => setForgotten(true)}
        onClose={(done) => {
          setPerson(undefined);
          if (done) onDone?.();
        }}
      />
    ) : null,
  };
}
