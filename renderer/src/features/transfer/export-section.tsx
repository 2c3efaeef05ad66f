// One button per format. The main process writes the file's content; the page hands it to the browser as a download,
// which the Electron shell turns into a save dialog.
import { CompoundButton, makeStyles, tokens } from '@fluentui/react-components';
import {
  CalendarRegular,
  ContactCardRegular,
  DatabaseArrowDownRegular,
  MailRegular,
  TableRegular,
} from '@fluentui/react-icons';
import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportFormat } from '../../../../shared/transfer';
import { api } from '../../api';
import { useFeedback } from '../../app/feedback';
import { saveFile } from './read-file';

const useStyles = makeStyles({
  formats: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(17rem, 1fr))',
    gap: tokens.spacingHorizontalM,
  },
  button: { justifyContent: 'flex-start', textAlign: 'start', height: '100%' },
});

const formats: { format: ExportFormat; icon: ReactElement }[] = [
  { format: 'json', icon: <DatabaseArrowDownRegular /> },
  { format: 'csv', icon: <TableRegular /> },
  { format: 'vcard', icon: <ContactCardRegular /> },
  { format: 'vcard3', icon: <MailRegular /> },
  { format: 'ics', icon: <CalendarRegular /> },
];

export function ExportSection() {
  const styles = useStyles();
  const { t } = useTranslation('transfer');
  const feedback = useFeedback('transfer');
  const [running, setRunning] = useState<ExportFormat | undefined>();

  const exportAs = async (format: ExportFormat) => {
    setRunning(format);
    try {
      const file = await api().transfer.export({ format });
      saveFile(file.fileName, file.mimeType, file.content);
      feedback.showSuccess((t) => t('export.saved', { fileName: file.fileName }));
    } catch (error) {
      feedback.showError(error);
    } finally {
      setRunning(undefined);
    }
  };

  return (
    <div className={styles.formats}>
      {formats.map(({ format, icon }) => (
        <CompoundButton
          key={format}
          className={styles.button}
          icon={icon}
          secondaryContent={t(`export.${format}Help`)}
          disabled={running !== undefined}
          onClick={() => void exportAs(format)}
        >
          {t(`export.${format}`)}
        </CompoundButton>
      ))}
    </div>
  );
}
