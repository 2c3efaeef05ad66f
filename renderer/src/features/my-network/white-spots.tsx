// "Weiße Flecken": the departments of the user's firm where she knows nobody yet, each with a nudge, and the list of
// her firm's departments she keeps herself (saved at once, as the own e-mail domains are). The contact form takes no
// department from outside, so the nudge opens an empty one.
import { Button, Field, Input, Text, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular, DismissRegular, PersonAddRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigation } from '../../app/navigation';
import { useUpdateSettings } from '../../app/settings';

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
  row: { display: 'flex', alignItems: 'start', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  field: { flex: '1 1 12rem', maxWidth: '20rem' },
  // The button lines up with the input below the field's label.
  addButton: { marginTop: `calc(${tokens.lineHeightBase300} + ${tokens.spacingVerticalXXS})` },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  department: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    paddingInlineStart: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
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
              <Button size="small" icon={<PersonAddRegular />} onClick={() => navigate({ name: 'newContact' })}>
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
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();

  const add = () => {
    const department = text.trim().replace(/\s+/g, ' ');
    if (department === '') return;
    const known = departments.find((other) => sameDepartment(other, department));
    if (known) return setError(t('ownDepartments.duplicate', { department: known }));
    setError(undefined);
    setText('');
    update.mutate({ ownDepartments: [...departments, department] });
  };

  return (
    <div className={styles.editor}>
      <Text as="h3" size={400} weight="semibold" className={styles.heading}>
        {t('ownDepartments.title')}
      </Text>
      <Text as="p" className={styles.text}>
        {t('ownDepartments.help')}
      </Text>
      <div className={styles.row}>
        <Field className={styles.field} label={t('ownDepartments.input')} validationState={error ? 'error' : 'none'} validationMessage={error}>
          <Input
            value={text}
            maxLength={200}
            placeholder={t('ownDepartments.placeholder')}
            onChange={(_event, data) => {
              setText(data.value);
              setError(undefined);
            }}
            onKeyDown={(event) => {
              if (event.key === 'Enter') add();
            }}
          />
        </Field>
        <Button className={styles.addButton} icon={<AddRegular />} disabled={text.trim() === ''} onClick={add}>
          {t('ownDepartments.add')}
        </Button>
      </div>
      {departments.length === 0 ? (
        <Text className={styles.text}>{t('ownDepartments.empty')}</Text>
      ) : (
        <ul className={styles.list} aria-label={t('ownDepartments.list')}>
          {departments.map((department) => (
            <li key={department} className={styles.department}>
              <Text>{department}</Text>
              <Button
                appearance="subtle"
                size="small"
                icon={<DismissRegular />}
                aria-label={t('ownDepartments.remove', { department })}
                title={t('ownDepartments.remove', { department })}
                onClick={() => update.mutate({ ownDepartments: departments.filter((other) => other !== department) })}
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
