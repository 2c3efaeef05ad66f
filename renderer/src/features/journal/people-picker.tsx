// Several people for one encounter: type part of a name (umlauts optional), pick with Enter, remove with Backspace.
import {
  Field,
  Tag,
  TagPicker,
  TagPickerControl,
  TagPickerGroup,
  TagPickerInput,
  TagPickerList,
  TagPickerOption,
} from '@fluentui/react-components';
import { useMemo, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { displayName, type Contact } from '../../../../shared/model';
import { PersonAvatar } from '../../components';
import { matchesQuery } from '../contacts/search-text';

export interface PeoplePickerProps {
  contacts: Contact[];
  selectedIds: string[];
  onChange(ids: string[]): void;
  error?: string;
  inputRef?: Ref<HTMLInputElement>;
  /** For uses other than an encounter's people (an event's guests); the encounter's wording otherwise. */
  label?: string;
  required?: boolean;
}

export function PeoplePicker({ contacts, selectedIds, onChange, error, inputRef, label, required = true }: PeoplePickerProps) {
  const { t } = useTranslation('journal');
  const [query, setQuery] = useState('');
  const byId = useMemo(() => new Map(contacts.map((contact) => [contact.id, contact])), [contacts]);
  const options = useMemo(
    () =>
      contacts
        .filter(
          (contact) =>
            !contact.archived &&
            !selectedIds.includes(contact.id) &&
            matchesQuery(`${displayName(contact)} ${contact.organisation}`, query),
        )
        .slice(0, 30),
    [contacts, selectedIds, query],
  );
  const nameOf = (id: string) => {
    const contact = byId.get(id);
    return contact ? displayName(contact) : t('entry.unknownPerson');
  };

  return (
    <Field label={label ?? t('dialog.people')} required={required} validationMessage={error} validationState={error ? 'error' : 'none'}>
      <TagPicker
        selectedOptions={selectedIds}
        onOptionSelect={(_event, data) => {
          if (data.value === '') return;
          onChange(data.selectedOptions);
          setQuery('');
        }}
      >
        <TagPickerControl>
          {selectedIds.length > 0 ? (
            <TagPickerGroup aria-label={t('dialog.selectedPeople')}>
              {selectedIds.map((id) => (
                <Tag
                  key={id}
                  value={id}
                  shape="rounded"
                  media={<PersonAvatar name={nameOf(id)} contactId={id} size={20} />}
                  dismissIcon={{ 'aria-label': t('dialog.removePerson', { name: nameOf(id) }) }}
                >
                  {nameOf(id)}
                </Tag>
              ))}
            </TagPickerGroup>
          ) : null}
          <TagPickerInput
            ref={inputRef}
            value={query}
            placeholder={selectedIds.length === 0 ? t('dialog.peoplePlaceholder') : undefined}
            onChange={(event) => setQuery(event.target.value)}
          />
        </TagPickerControl>
        <TagPickerList>
          {options.length > 0 ? (
            options.map((contact) => (
              <TagPickerOption
                key={contact.id}
                value={contact.id}
                text={displayName(contact)}
                secondaryContent={contact.organisation || undefined}
                media={<PersonAvatar name={displayName(contact)} contactId={contact.id} size={28} />}
              >
                {displayName(contact)}
              </TagPickerOption>
            ))
          ) : (
            <TagPickerOption value="">{t('dialog.noPeopleFound')}</TagPickerOption>
          )}
        </TagPickerList>
      </TagPicker>
    </Field>
  );
}
