// Free entry of a short list (tags, e-mails, interests): type, then Enter or a comma turns the text into a chip.
// Pending text is taken over on blur too, so nothing typed is lost when the user clicks "Save" straight away.
import { Field, Input, Tag, TagGroup, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  chips: { flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
});

/** The attribute a form's Ctrl+Enter handler reads to take over text typed but not yet turned into a chip. */
export const listDraftAttribute = 'data-list-draft';

/** `values` with the entries of a typed, comma-separated draft added (no duplicates, no blanks). */
export function mergeDraft(values: string[], draft: string): string[] {
  const additions = draft
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0 && !values.includes(part));
  return additions.length > 0 ? [...values, ...new Set(additions)] : values;
}

export interface ListInputProps {
  /** Names the list for a form's Ctrl+Enter handler (see `listDraftAttribute`). */
  name: string;
  label: string;
  values: string[];
  onChange(values: string[]): void;
  hint?: string;
  error?: string;
  type?: 'text' | 'email' | 'tel';
  placeholder?: string;
  /** Entries offered while typing (the browser's own list, which screen readers announce); those chosen are left out. */
  suggestions?: readonly string[];
}

export function ListInput({ name, label, values, onChange, hint, error, type = 'text', placeholder, suggestions }: ListInputProps) {
  const styles = useStyles();
  const { t } = useTranslation('contacts');
  const [draft, setDraft] = useState('');
  const suggestionsId = useId();
  const offered = suggestions?.filter((suggestion) => !values.includes(suggestion)) ?? [];

  const commit = (text: string) => {
    const next = mergeDraft(values, text);
    if (next !== values) onChange(next);
    setDraft('');
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const plainEnter = event.key === 'Enter' && !event.ctrlKey && !event.metaKey;
    if (plainEnter || event.key === ',') {
      event.preventDefault();
      commit(draft);
    } else if (event.key === 'Backspace' && draft === '' && values.length > 0) {
      onChange(values.slice(0, -1));
    }
  };

  return (
    <Field
      label={label}
      hint={hint ?? t('form.listHint')}
      validationMessage={error}
      validationState={error ? 'error' : 'none'}
    >
      {(fieldProps) => (
        <div className={styles.root}>
          {values.length > 0 ? (
            <TagGroup
              className={styles.chips}
              aria-label={label}
              onDismiss={(_event, data) => onChange(values.filter((value) => value !== data.value))}
            >
              {values.map((value) => (
                <Tag
                  key={value}
                  value={value}
                  size="small"
                  dismissible
                  dismissIcon={{ 'aria-label': t('form.removeItem', { item: value }) }}
                >
                  {value}
                </Tag>
              ))}
            </TagGroup>
          ) : null}
          <Input
            {...fieldProps}
            {...{ [listDraftAttribute]: name }}
            type={type}
            value={draft}
            placeholder={placeholder}
            {...(offered.length > 0 ? { list: suggestionsId } : {})}
            onChange={(_event, data) => setDraft(data.value)}
            onKeyDown={onKeyDown}
            onBlur={() => commit(draft)}
          />
          {offered.length > 0 ? (
            <datalist id={suggestionsId}>
              {offered.map((suggestion) => (
                <option key={suggestion} value={suggestion} />
              ))}
            </datalist>
          ) : null}
        </div>
      )}
    </Field>
  );
}
