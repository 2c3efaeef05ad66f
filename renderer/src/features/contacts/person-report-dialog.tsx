// "Auskunft": everything Plausch holds about one person, as a page to print or a file to keep, for when someone asks
// what is stored about them. The main process writes the file; the page hands it over as a download, which the
// Electron shell turns into a save dialog and the browser shell saves to the downloads folder.
import {
  Button,
  CompoundButton,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { DocumentArrowDownRegular, PrintRegular } from '@fluentui/react-icons';
import { useState, type ReactElement, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonReportFormat } from '../../../../shared/privacy-contract';
import { api } from '../../api';
import { useFeedback } from '../../app/feedback';
import { saveFile } from '../transfer/read-file';
import { pickLanguage } from '../../i18n';

const useStyles = makeStyles({
  surface: { maxWidth: '34rem', width: '100%' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  text: { margin: 0 },
  choices: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  choice: { justifyContent: 'flex-start', textAlign: 'start', width: '100%', maxWidth: 'none' },
  // The button's own line height is set for one short line; these hints run to two.
  choiceHelp: { lineHeight: tokens.lineHeightBase200 },
});

/** The printable page first: it is what a person asking usually wants to read. */
const choices: { format: PersonReportFormat; key: 'print' | 'file'; icon: ReactElement }[] = [
  { format: 'html', key: 'print', icon: <PrintRegular /> },
  { format: 'json', key: 'file', icon: <DocumentArrowDownRegular /> },
];

export interface PersonReportDialogProps {
  contactId: string;
  /** How the person is called in the title: the first name where there is one. */
  name: string;
  onClose(): void;
}

export function PersonReportDialog({ contactId, name, onClose }: PersonReportDialogProps) {
  const styles = useStyles();
  const { t, i18n } = useTranslation('contacts');
  const { t: tCommon } = useTranslation();
  const feedback = useFeedback('contacts');
  const [running, setRunning] = useState<PersonReportFormat | undefined>();

  const save = async (format: PersonReportFormat) => {
    setRunning(format);
    try {
      const file = await api().privacy.personReport({ contactId, format, language: pickLanguage(i18n.language) });
      saveFile(file.fileName, file.mimeType, file.content);
      feedback.showSuccess((t) => t(format === 'html' ? 'report.savedPage' : 'report.savedFile', { fileName: file.fileName }));
    } catch (error) {
      feedback.showError(error);
    } finally {
      setRunning(undefined);
    }
  };

  return (
    <Dialog open modalType="modal" onOpenChange={(_event, data) => (data.open ? undefined : onClose())}>
      <DialogSurface className={styles.surface}>
        <DialogBody>
          <DialogTitle>{t('report.title', { name })}</DialogTitle>
          <DialogContent className={styles.content}>
            <Text as="p" className={styles.text}>
              {t('report.intro', { name })}
            </Text>
            <Text as="p" className={styles.text}>
              {t('report.check')}
            </Text>
            <div className={styles.choices}>
              {choices.map(({ format, key, icon }) => (
                <CompoundButton
                  key={format}
                  className={styles.choice}
                  icon={icon}
                  secondaryContent={{ className: styles.choiceHelp, children: t(`report.${key}Help`) }}
                  // Focusable while the file is made: a disabled button would drop the focus to the page behind,
                  // where Escape no longer reaches the dialog.
                  disabledFocusable={running !== undefined}
                  onClick={() => void save(format)}
                >
                  {t(`report.${key}`)}
                </CompoundButton>
              ))}
            </div>
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={onClose}>
              {tCommon('actions.close')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

/** The dialog beside the contact page's menu, which is gone by the time the dialog is open. */
export function usePersonReport(contactId: string, name: string): { open(): void; dialog: ReactNode } {
  const [open, setOpen] = useState(false);
  return {
    open: () => setOpen(true),
    dialog: open ? <PersonReportDialog contactId={contactId} name={name} onClose={() => setOpen(false)} /> : null,
  };
}
