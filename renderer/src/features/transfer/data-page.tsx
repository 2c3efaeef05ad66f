// "Data": contacts in (with a preview), the journal out in the formats address books and calendars read, and the
// backups. A page of its own, linked from the navigation and from Settings.
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components';
import { BackupsSection } from './backups-section';
import { ExportSection } from './export-section';
import { ImportSection } from './import-section';

const useStyles = makeStyles({
  sections: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXL, maxWidth: '56rem' },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, '& h2, & p': { margin: 0 } },
  help: { color: tokens.colorNeutralForeground2 },
});

export function DataPage() {
  const styles = useStyles();
  const { t } = useTranslation('transfer');
  const sections = [
    { id: 'data-import', title: t('import.title'), help: t('import.help'), content: <ImportSection /> },
    { id: 'data-export', title: t('export.title'), help: t('export.help'), content: <ExportSection /> },
    { id: 'data-backups', title: t('backups.title'), help: t('backups.help'), content: <BackupsSection /> },
  ];
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <div className={styles.sections}>
        {sections.map((section) => (
          <section key={section.id} className={styles.section} aria-labelledby={section.id}>
            <Text as="h2" id={section.id} size={500} weight="semibold">
              {section.title}
            </Text>
            <Text as="p" className={styles.help}>
              {section.help}
            </Text>
            {section.content}
          </section>
        ))}
      </div>
    </>
  );
}
