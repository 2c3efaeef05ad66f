// What the file says about a person beyond name and company, shown under them in the import preview so the user
// sees it before confirming: the family members with their relation, the anniversaries with their dates, and where
// and when they met (a LinkedIn or XING list says when the two connected).
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { ContactInput } from '../../../../shared/model';
import { formatPartialDate } from '../../components/format';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
});

export function ImportFoundDetails({ contact }: { contact: Pick<ContactInput, 'family' | 'anniversaries' | 'metOn' | 'metAt'> }) {
  const styles = useStyles();
  const { t, i18n } = useTranslation('transfer');
  const { t: tContacts } = useTranslation('contacts');
  const family = contact.family ?? [];
  const anniversaries = contact.anniversaries ?? [];
  const metDate = contact.metOn ? formatPartialDate(contact.metOn, i18n.language) : '';
  const met =
    metDate && contact.metAt
      ? t('import.found.metOnAt', { date: metDate, place: contact.metAt })
      : metDate
        ? t('import.found.metOn', { date: metDate })
        : contact.metAt
          ? t('import.found.metAt', { place: contact.metAt })
          : '';
  if (family.length === 0 && anniversaries.length === 0 && !met) return null;
  const list = (parts: string[]) => parts.join(', ');
  return (
    <span className={styles.root}>
      {family.length > 0 ? (
        <Text size={200}>
          {t('import.found.family', {
            members: list(family.map((member) => t('import.found.member', { name: member.name, relation: tContacts(`familyRelations.${member.relation}`) }))),
          })}
        </Text>
      ) : null}
      {anniversaries.length > 0 ? (
        <Text size={200}>
          {t('import.found.anniversaries', {
            dates: list(
              anniversaries.map((anniversary) =>
                t('import.found.anniversary', {
                  label: anniversary.label || tContacts(`anniversaryKinds.${anniversary.kind}`),
                  date: formatPartialDate(anniversary.date, i18n.language),
                }),
              ),
            ),
          })}
        </Text>
      ) : null}
      {met ? <Text size={200}>{met}</Text> : null}
    </span>
  );
}
