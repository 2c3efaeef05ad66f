// "Weiße Flecken": the departments of the user's firm where she knows nobody yet, each with a nudge, and the list of
// her firm's departments she keeps herself (saved at once, as the own e-mail domains are). The nudge opens a new
// contact's form with the firm and the department filled in.
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { PersonAddRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { useNavigation } from '../../app/navigation';
import { useUpdateSettings } from '../../app/settings';
import { EntryListEditor } from '../../components/entry-list-editor';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  text: { margin: 0, color: tokens.colorNeutralForeground2 },
  spots: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(16rem, 1fr))', gap: tokens.spacingHorizontalM, margin: 0, padding: 0, listStyle: 'none' },
  spot: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'start',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  editor: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export function WhiteSpots({ whiteSpots, ownOrganisation, ownDepartments }: { whiteSpots: readonly string[]; ownOrganisation: string; ownDepartments: readonly string[] }) {
  const styles = useStyles();
  const { t } = useTranslation('myNetwork');
  const { navigate } = useNavigation();
  return (
    <section className={styles.root} aria-labelledby="white-spots-heading">
      <Text as="h2" size={600} weight="semibold" id="white-spots-heading" className={styles.heading}>
        {t('whiteSpots.title')}
      </Text>
      <Text as="p" className={styles.text}>
        {ownOrganisation ? t('whiteSpots.descriptionWithOrganisation', { organisation: ownOrganisation }) : t('whiteSpots.description')}
      </Text>
      {whiteSpots.length === 0 ? (
        <Text as="p">{ownDepartments.length === 0 ? t('whiteSpots.noneKnown') : t('whiteSpots.none')}</Text>
      ) : (
        <ul className={styles.spots} aria-label={t('whiteSpots.listLabel')}>
          {whiteSpots.map((department) => (
            <li key={department} className={styles.spot} data-white-spot={department}>
              <Text weight="semibold">{department}</Text>
              <Text>{t('whiteSpots.hint', { department })}</Text>
              <Button size="small" icon={<PersonAddRegular />} onClick={() => navigate({ name: 'newContact', organisation: ownOrganisation, department })}>
                {t('whiteSpots.newContact')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <OwnDepartments departments={ownDepartments} />
    </section>
  );
}

/** The same department however it is written: "Geschäftsführung" and "geschäftsführung" once. */
const sameDepartment = (a: string, b: string) => a.localeCompare(b, 'de', { sensitivity: 'base' }) === 0;

function OwnDepartments({ departments }: { departments: readonly string[] }) {
  const styles = useStyles();
  const { t } = useTranslation('myNetwork');
  const update = useUpdateSettings();
  return (
    <div className={styles.editor}>
      <Text as="h3" size={400} weight="semibold" className={styles.heading}>
        {t('ownDepartments.title')}
      </Text>
      <Text as="p" className={styles.text}>
        {t('ownDepartments.help')}
      </Text>
      <EntryListEditor
        entries={departments}
        maxLength={200}
        texts={{
          label: t('ownDepartments.input'),
          placeholder: t('ownDepartments.placeholder'),
          add: t('ownDepartments.add'),
          list: t('ownDepartments.list'),
          empty: t('ownDepartments.empty'),
          remove: (department) => t('ownDepartments.remove', { department }),
        }}
        accept={(text) => {
          const department = text.trim().replace(/\s+/g, ' ');
          const known = departments.find((other) => sameDepartment(other, department));
          return known ? { error: t('ownDepartments.duplicate', { department: known }) } : { entry: department };
        }}
        onChange={(ownDepartments) => update.mutate({ ownDepartments })}
      />
    </div>
  );
}
