// Choosing or dropping a file, the preview of what importing it would do, and the import itself. The size is checked
// before a byte is read; nothing is written until "Import"; a preview left behind is cancelled in the main process.
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { DocumentArrowUpRegular } from '@fluentui/react-icons';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PlauschError, errorDataOf } from '../../../../shared/errors';
import type { ContactRelation } from '../../../../shared/model';
import { MAX_IMPORT_BYTES, type ImportPreview, type MergeAction } from '../../../../shared/transfer';
import { api } from '../../api';
import { useFeedback } from '../../app/feedback';
import { changedRelations } from './import-domain-groups';
import { changedChoices, ImportPreviewView } from './import-preview';
import { readAsBase64 } from './read-file';
import { describeTransferError } from './transfer-format';
import { transferQueryKeys } from './transfer-queries';

const useStyles = makeStyles({
  dropZone: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  dragging: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  hint: { color: tokens.colorNeutralForeground2 },
  hiddenInput: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
  },
});

type Phase =
  | { kind: 'idle' }
  | { kind: 'reading'; fileName: string }
  | { kind: 'failed'; fileName: string; message: string }
  | { kind: 'preview'; fileName: string; preview: ImportPreview };

export function ImportSection() {
  const styles = useStyles();
  const { t } = useTranslation();
  const { t: tTransfer, i18n } = useTranslation('transfer');
  const feedback = useFeedback('transfer');
  const queryClient = useQueryClient();
  const inputRef = useRef<HTMLInputElement>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [choices, setChoices] = useState<Map<number, MergeAction>>(new Map());
  const [relations, setRelations] = useState<Map<string, ContactRelation>>(new Map());
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);
  // A file chosen while another is still being read replaces it; the older answer is dropped when it arrives.
  const attempt = useRef(0);
  // The preview waiting in the main process, cancelled when the user leaves this page or picks another file.
  const pendingImport = useRef<string | undefined>(undefined);

  const cancelPending = () => {
    const importId = pendingImport.current;
    pendingImport.current = undefined;
    if (importId) api().transfer.cancel({ importId }).catch(() => undefined);
  };
  useEffect(() => cancelPending, []);

  const describe = (error: unknown) => describeTransferError(error, t, tTransfer, i18n.language);

  const startImport = async (file: File) => {
    cancelPending();
    const current = ++attempt.current;
    setChoices(new Map());
    setRelations(new Map());
    if (file.size > MAX_IMPORT_BYTES) {
      const error = new PlauschError('importTooLarge', { limit: MAX_IMPORT_BYTES, size: file.size, unit: 'bytes' });
      setPhase({ kind: 'failed', fileName: file.name, message: describe(error) });
      return;
    }
    setPhase({ kind: 'reading', fileName: file.name });
    try {
      const content = await readAsBase64(file);
      const preview = await api().transfer.preview({ fileName: file.name, content, encoding: 'base64' });
      if (current !== attempt.current) {
        api().transfer.cancel({ importId: preview.importId }).catch(() => undefined);
        return;
      }
      pendingImport.current = preview.importId;
      setPhase({ kind: 'preview', fileName: file.name, preview });
    } catch (error) {
      if (current === attempt.current) setPhase({ kind: 'failed', fileName: file.name, message: describe(error) });
    }
  };

  const onFiles = (files: FileList | null) => {
    const file = files?.[0];
    if (file) void startImport(file);
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    onFiles(event.dataTransfer.files);
  };

  const confirm = async (preview: ImportPreview) => {
    setBusy(true);
    try {
      const relationChanges = changedRelations(preview, relations);
      const receipt = await api().transfer.confirm({
        importId: preview.importId,
        choices: changedChoices(preview, choices),
        ...(relationChanges.length > 0 ? { relations: relationChanges } : {}),
      });
      pendingImport.current = undefined;
      setPhase({ kind: 'idle' });
      const { created, updated, skipped } = receipt;
      // Without an undo token the import changed nothing (everything was already there) and wrote nothing.
      if (receipt.undoToken) feedback.showUndo((t) => t('import.done', { created, updated, skipped }), receipt.undoToken);
      else feedback.showSuccess((t) => t('import.nothingChanged', { skipped }));
      void queryClient.invalidateQueries({ queryKey: transferQueryKeys.backups });
    } catch (error) {
      feedback.showError(error);
      if (errorDataOf(error)?.code === 'importExpired') {
        pendingImport.current = undefined;
        setPhase({ kind: 'failed', fileName: phase.kind === 'preview' ? phase.fileName : '', message: describe(error) });
      }
    } finally {
      setBusy(false);
    }
  };

  const chooseAll = (preview: ImportPreview, action: 'skip' | 'update') => {
    const next = new Map<number, MergeAction>();
    for (const item of preview.items) {
      if (!item.duplicate) continue;
      next.set(item.index, action === 'update' && item.duplicate.changedFields.length > 0 ? 'update' : 'skip');
    }
    setChoices(next);
  };

  return (
    <>
      <div
        className={mergeClasses(styles.dropZone, dragging && styles.dragging)}
        role="group"
        aria-label={tTransfer('import.dropZone')}
        onDragEnter={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragOver={(event) => event.preventDefault()}
        onDragLeave={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
        }}
        onDrop={onDrop}
      >
        <Button icon={<DocumentArrowUpRegular />} onClick={() => inputRef.current?.click()}>
          {tTransfer('import.choose')}
        </Button>
        <Text className={styles.hint}>{tTransfer('import.dropHint')}</Text>
        <input
          ref={inputRef}
          type="file"
          accept=".vcf,.csv,.txt,text/vcard,text/csv"
          className={styles.hiddenInput}
          tabIndex={-1}
          aria-label={tTransfer('import.fileInput')}
          onChange={(event) => {
            onFiles(event.target.files);
            // The same file can be chosen again after a fix or a cancel.
            event.target.value = '';
          }}
        />
      </div>
      <div aria-live="polite">
        {phase.kind === 'reading' ? <Spinner size="small" labelPosition="after" label={tTransfer('import.reading', { fileName: phase.fileName })} /> : null}
      </div>
      {phase.kind === 'failed' ? (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{tTransfer('import.failedTitle', { fileName: phase.fileName })}</MessageBarTitle>
            {phase.message}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {phase.kind === 'preview' ? (
        <ImportPreviewView
          fileName={phase.fileName}
          preview={phase.preview}
          choices={choices}
          relations={relations}
          busy={busy}
          onChoose={(index, action) => setChoices((current) => new Map(current).set(index, action))}
          onChooseRelation={(domain, relation) => setRelations((current) => new Map(current).set(domain, relation))}
          onChooseAll={(action) => chooseAll(phase.preview, action)}
          onConfirm={() => void confirm(phase.preview)}
          onCancel={() => {
            cancelPending();
            setPhase({ kind: 'idle' });
          }}
        />
      ) : null}
    </>
  );
}
