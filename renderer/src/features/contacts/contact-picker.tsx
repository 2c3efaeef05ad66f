// Picks one contact by typing part of the name (umlaut-tolerant), e.g. who introduced this person.
import { Combobox, Field, Option } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { displayName, type Contact } from '../../../../shared/model';
import { matchesQuery } from './search-text';

export interface ContactPickerProps {
  label: string;
  contacts: Contact[];
  /** The picked contact's id, or '' for none. */
  value: string;
  onChange(id: string): void;
  error?: string;
  placeholder?: string;
}

export function ContactPicker({ label, contacts, value, onChange, error, placeholder }: ContactPickerProps) {
  const { t } = useTranslation('contacts');
  const selectedName = useMemo(() => {
    const selected = contacts.find((contact) => contact.id === value);
    return selected ? displayName(selected) : '';
  }, [contacts, value]);
  const [query, setQuery] = useState<string | null>(null);
  const text = query ?? selectedName;
  const options = useMemo(
    () =>
      contacts
        .filter((contact) => query === null || matchesQuery(`${displayName(contact)} ${contact.organisation}`, query))
        .slice(0, 50),
    [contacts, query],
  );

  return (
    <Field label={label} validationMessage={error} validationState={error ? 'error' : 'none'}>
      <Combobox
        clearable
        freeform={false}
        value={text}
        placeholder={placeholder}
        selectedOptions={value ? [value] : []}
        onChange={(event) => {
          setQuery(event.target.value);
          if (event.target.value === '') onChange('');
        }}
        onOptionSelect={(_event, data) => {
          setQuery(null);
          onChange(data.optionValue ?? '');
        }}
        onBlur={() => setQuery(null)}
      >
        {options.length === 0 ? (
          <Option key="none" value="" disabled text={t('form.noContactFound')}>
            {t('form.noContactFound')}
          </Option>
        ) : (
          options.map((contact) => (
            <Option key={contact.id} value={contact.id} text={displayName(contact)}>
              {contact.organisation ? `${displayName(contact)} · ${contact.organisation}` : displayName(contact)}
            </Option>
          ))
        )}
      </Combobox>
    </Field>
  );
}
