// The controls above the contact list: the text filter, the sort, intern/extern, a tag, the archived switch and how
// many contacts are shown. All Fluent fields with labels, so each is reached and worked with the keyboard alone.
import { Combobox, Dropdown, Field, Option, SearchBox, Switch, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contactListSorts, type ContactListFilters, type ContactListSort } from './contact-list-order';

const useStyles = makeStyles({
  tools: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalS },
  filter: { flex: '1 1 12rem', minWidth: '12rem', maxWidth: '26rem' },
  sort: { flex: '0 1 12rem', minWidth: '10rem' },
  relation: { flex: '0 1 8.5rem', minWidth: '8rem' },
  tag: { flex: '0 1 10rem', minWidth: '8rem' },
  // Fluent's dropdowns bring a minimum width of their own; the field decides here.
  control: { minWidth: 0, width: '100%' },
  comboInput: { minWidth: 0, width: '100%' },
  // A long choice ends in "…" rather than making the field two lines tall.
  dropdownButton: { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' },
  end: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalL, flexWrap: 'wrap' },
  count: { color: tokens.colorNeutralForeground2, whiteSpace: 'nowrap' },
});

export interface ContactListToolsProps {
  filters: ContactListFilters;
  onFiltersChange(filters: ContactListFilters): void;
  sort: ContactListSort;
  onSortChange(sort: ContactListSort): void;
  includeArchived: boolean;
  onIncludeArchivedChange(includeArchived: boolean): void;
  /** The tags to offer, in display order. */
  tags: readonly string[];
  count: number;
}

const relations = ['all', 'internal', 'external'] as const;

export function ContactListTools({
  filters,
  onFiltersChange,
  sort,
  onSortChange,
  includeArchived,
  onIncludeArchivedChange,
  tags,
  count,
}: ContactListToolsProps) {
  const styles = useStyles();
  const { t } = useTranslation('contacts');
  const relationText = (relation: (typeof relations)[number]) => (relation === 'all' ? t('list.relationAll') : t(`relation.${relation}`));
  // What the user is typing into the tag field; null while it shows the chosen tag.
  const [typedTag, setTypedTag] = useState<string | null>(null);
  const offeredTags = typedTag ? tags.filter((tag) => tag.toLocaleLowerCase().includes(typedTag.toLocaleLowerCase())) : tags;

  return (
    <div className={styles.tools}>
      <Field label={t('list.filterLabel')} className={styles.filter}>
        <SearchBox
          className={styles.control}
          value={filters.text}
          placeholder={t('list.filterPlaceholder')}
          onChange={(_event, data) => onFiltersChange({ ...filters, text: data.value })}
        />
      </Field>
      <Field label={t('list.sortLabel')} className={styles.sort}>
        <Dropdown
          className={styles.control}
          button={{ className: styles.dropdownButton }}
          value={t(`list.sort.${sort}`)}
          selectedOptions={[sort]}
          onOptionSelect={(_event, data) => onSortChange((data.optionValue as ContactListSort | undefined) ?? 'name')}
        >
          {contactListSorts.map((option) => (
            <Option key={option} value={option}>
              {t(`list.sort.${option}`)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={t('list.relationLabel')} className={styles.relation}>
        <Dropdown
          className={styles.control}
          button={{ className: styles.dropdownButton }}
          value={relationText(filters.relation)}
          selectedOptions={[filters.relation]}
          onOptionSelect={(_event, data) =>
            onFiltersChange({ ...filters, relation: (data.optionValue as ContactListFilters['relation'] | undefined) ?? 'all' })
          }
        >
          {relations.map((relation) => (
            <Option key={relation} value={relation}>
              {relationText(relation)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={t('list.tagLabel')} className={styles.tag}>
        <Combobox
          className={styles.control}
          input={{ className: styles.comboInput }}
          placeholder={t('list.tagAll')}
          value={typedTag ?? filters.tag}
          selectedOptions={[filters.tag]}
          onChange={(event) => setTypedTag(event.target.value)}
          onOptionSelect={(_event, data) => {
            setTypedTag(null);
            onFiltersChange({ ...filters, tag: data.optionValue ?? '' });
          }}
          onOpenChange={(_event, data) => {
            // Leaving the field without choosing shows the chosen tag again rather than a half-typed word.
            if (!data.open) setTypedTag(null);
          }}
        >
          <Option value="" text={t('list.tagAll')}>
            {t('list.tagAll')}
          </Option>
          {offeredTags.map((tag) => (
            <Option key={tag} value={tag} text={tag}>
              {tag}
            </Option>
          ))}
        </Combobox>
      </Field>
      <div className={styles.end}>
        <Switch
          label={t('list.showArchived')}
          checked={includeArchived}
          onChange={(_event, data) => onIncludeArchivedChange(data.checked)}
        />
        <Text className={styles.count} role="status">
          {t('list.count', { count })}
        </Text>
      </div>
    </div>
  );
}
