// A short list the user keeps herself (her e-mail domains, her company's departments): a field with "Hinzufügen" and
// the entries as chips, each with a button that removes it. Every change is handed on at once; the caller saves it.
import { Button, Field, Input, Text, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular, DismissRegular } from '@fluentui/react-icons';
import { useState } from 'react';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', alignItems: 'start', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  field: { flex: '1 1 12rem', maxWidth: '20rem' },
  // The button lines up with the input below the field's label.
  addButton: { marginTop: `calc(${tokens.lineHeightBase300} + ${tokens.spacingVerticalXXS})` },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  entry: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    paddingInlineStart: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  empty: { color: tokens.colorNeutralForeground2 },
});

export interface EntryListEditorTexts {
  label: string;
  placeholder: string;
  add: string;
  list: string;
  empty: string;
  remove(entry: string): string;
}

export interface EntryListEditorProps {
  entries: readonly string[];
  texts: EntryListEditorTexts;
  /** The entry as it is kept (`firma.de` from `@Firma.de`), or why it can't be added. */
  accept(text: string): { entry: string } | { error: string };
  onChange(entries: string[]): void;
  maxLength?: number;
}

export function EntryListEditor({ entries, texts, accept, onChange, maxLength }: EntryListEditorProps) {
  const styles = useStyles();
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();

  const add = () => {
    if (text.trim() === '') return;
    const accepted = accept(text);
    if ('error' in accepted) return setError(accepted.error);
    setError(undefined);
    setText('');
    onChange([...entries, accepted.entry]);
  };

  return (
    <div className={styles.root}>
      <div className={styles.row}>
        <Field className={styles.field} label={texts.label} validationState={error ? 'error' : 'none'} validationMessage={error}>
          <Input
            value={text}
            {...(maxLength ? { maxLength } : {})}
            placeholder={texts.placeholder}
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
          {texts.add}
        </Button>
      </div>
      {entries.length === 0 ? (
        <Text className={styles.empty}>{texts.empty}</Text>
      ) : (
        <ul className={styles.list} aria-label={texts.list}>
          {entries.map((entry) => (
            <li key={entry} className={styles.entry}>
              <Text>{entry}</Text>
              <Button
                appearance="subtle"
                size="small"
                icon={<DismissRegular />}
                aria-label={texts.remove(entry)}
                title={texts.remove(entry)}
                onClick={() => onChange(entries.filter((other) => other !== entry))}
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
