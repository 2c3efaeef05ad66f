// The new contacts of an import by e-mail domain, each group proposed as intern or extern, with a choice per group:
// "firma.de – 12 Kontakte: Intern ▾". The proposal comes from the user's own domains (or, with none set, the file's
// most frequent company domain); the user's choice goes with the import and applies to every contact of the group.
import { Button, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkRegular } from '@fluentui/react-icons';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { contactRelations, type ContactRelation } from '../../../../shared/model';
import type { ImportDomainGroup, ImportPreview } from '../../../../shared/transfer';
import { useSettings, useUpdateSettings } from '../../app/settings';

/** Enough for any address book; more groups than this are one-offs the user corrects after importing, if at all. */
const MAX_LISTED_GROUPS = 50;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  name: { minWidth: '18rem', overflowWrap: 'anywhere' },
  select: { width: '9rem' },
  secondary: { color: tokens.colorNeutralForeground2 },
  suggestion: { display: 'flex', flexDirection: 'column', alignItems: 'start', gap: tokens.spacingVerticalXS },
});

/** The relation a group ends up with: the user's choice, else the proposal. */
export function groupRelation(group: ImportDomainGroup, relations: ReadonlyMap<string, ContactRelation>): ContactRelation {
  return relations.get(group.domain) ?? group.relation;
}

/** What the main process needs: only the groups whose relation the user changed. */
export function changedRelations(preview: ImportPreview, relations: ReadonlyMap<string, ContactRelation>) {
  return preview.domainGroups
    .filter((group) => groupRelation(group, relations) !== group.relation)
    .map((group) => ({ domain: group.domain, relation: groupRelation(group, relations) }));
}

export interface ImportDomainGroupsProps {
  groups: readonly ImportDomainGroup[];
  relations: ReadonlyMap<string, ContactRelation>;
  onChoose(domain: string, relation: ContactRelation): void;
}

export function ImportDomainGroups({ groups, relations, onChoose }: ImportDomainGroupsProps) {
  const styles = useStyles();
  const { t } = useTranslation('transfer');
  const titleId = useId();
  const suggested = groups.find((group) => group.reason === 'suggested');
  // A LinkedIn or XING list, or Plausch's own export, says who is extern: no own domain is missing then.
  const allStated = groups.every((group) => group.reason === 'stated');
  const noOwn = !suggested && !allStated && !groups.some((group) => group.reason === 'own');
  return (
    <div className={styles.root}>
      <Text as="h4" id={titleId} size={300} weight="semibold">
        {t('import.groups.title')}
      </Text>
      {/* How domains decide is beside the point when the file decided. */}
      <Text as="p" className={styles.secondary}>
        {t(allStated ? 'import.groups.stated' : 'import.groups.help')}
      </Text>
      {allStated ? null : suggested ? (
        <SuggestedDomain domain={suggested.domain} />
      ) : noOwn ? (
        <Text as="p">{t('import.groups.noOwn')}</Text>
      ) : null}
      <ul className={styles.list} aria-labelledby={titleId}>
        {groups.slice(0, MAX_LISTED_GROUPS).map((group) => (
          <GroupRow key={group.domain} group={group} relation={groupRelation(group, relations)} onChoose={onChoose} />
        ))}
      </ul>
    </div>
  );
}

function GroupRow({ group, relation, onChoose }: { group: ImportDomainGroup; relation: ContactRelation; onChoose: ImportDomainGroupsProps['onChoose'] }) {
  const styles = useStyles();
  const { t } = useTranslation('transfer');
  const label = t('import.groups.group', { domain: group.domain || t('import.groups.noEmail'), count: group.count });
  return (
    <li className={styles.row}>
      <Text className={styles.name} weight="semibold">
        {label}
      </Text>
      <Select
        className={styles.select}
        aria-label={t('import.groups.choiceFor', { group: label })}
        value={relation}
        onChange={(_event, data) => onChoose(group.domain, data.value as ContactRelation)}
      >
        {contactRelations.map((option) => (
          <option key={option} value={option}>
            {t(`import.groups.${option}`)}
          </option>
        ))}
      </Select>
      <Text className={styles.secondary}>{t(`import.groups.reasons.${group.reason}`)}</Text>
    </li>
  );
}

/** The domain proposed as the user's company, and a way to make it so for good (Settings has the full list). */
function SuggestedDomain({ domain }: { domain: string }) {
  const styles = useStyles();
  const { t } = useTranslation('transfer');
  const settings = useSettings();
  const update = useUpdateSettings();
  const saved = settings.data?.ownEmailDomains.includes(domain) ?? false;
  return (
    <div className={styles.suggestion}>
      <Text as="p">{saved ? t('import.groups.remembered', { domain }) : t('import.groups.suggested', { domain })}</Text>
      {settings.data && !saved ? (
        <Button
          size="small"
          icon={<CheckmarkRegular />}
          disabled={update.isPending}
          onClick={() => update.mutate({ ownEmailDomains: [...(settings.data?.ownEmailDomains ?? []), domain] })}
        >
          {t('import.groups.remember', { domain })}
        </Button>
      ) : null}
    </div>
  );
}
