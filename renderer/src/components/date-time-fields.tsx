// Date and time fields that read and write as the app's language does, not as the browser's or the system's locale
// would (a native date input shows mm/dd/yyyy and 06:00 PM under an English system even in German Plausch).
// Typeable text fields: the value stays ISO, the text is parsed as it is typed, the arrow keys step the value.
import { Field, Input, makeStyles } from '@fluentui/react-components';
import { useState, type KeyboardEvent, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import {
  datePlaceholder,
  formatDateInput,
  formatTimeInput,
  isIsoDate,
  isIsoTime,
  parseDateInput,
  parseTimeInput,
  shiftIsoDate,
  shiftIsoTime,
} from './date-time-input';

export interface DateTimeFieldProps {
  label?: string;
  /** `YYYY-MM-DD` (date) or `HH:mm` (time); `''` when empty; the typed text while it is not a date or time yet. */
  value: string;
  /** Called with the ISO value, `''` when cleared, or the typed text while it cannot be read. */
  onChange: (value: string) => void;
  required?: boolean;
  hint?: string;
  /** A message from the form; it takes precedence over the field's own. */
  validationMessage?: string;
  disabled?: boolean;
  'aria-label'?: string;
  inputClassName?: string;
}

interface Kind {
  isValue: (value: string) => boolean;
  display: (value: string, language: string) => string;
  parse: (text: string, language: string) => string | undefined;
  shift: (value: string, steps: number) => string;
}

const dateKind: Kind = {
  isValue: isIsoDate,
  display: formatDateInput,
  parse: parseDateInput,
  shift: shiftIsoDate,
};

// The arrow keys move a time by a quarter of an hour: appointments rarely start at 18:07.
const timeKind: Kind = {
  isValue: isIsoTime,
  display: formatTimeInput,
  parse: (text) => parseTimeInput(text),
  shift: (value, steps) => shiftIsoTime(value, steps * 15),
};

const useStyles = makeStyles({
  // Beside a field with a hint, the row is taller: the input keeps its height rather than stretching.
  field: { alignContent: 'start' },
});

function shown(kind: Kind, value: string, language: string): string {
  return kind.isValue(value) ? kind.display(value, language) : value;
}

interface LocalizedFieldProps extends DateTimeFieldProps {
  kind: Kind;
  placeholder: string;
  invalidMessage: string;
  extraMessage?: string;
}

function LocalizedField({
  kind,
  placeholder,
  invalidMessage,
  extraMessage,
  label,
  value,
  onChange,
  required,
  hint,
  validationMessage,
  disabled,
  inputClassName,
  'aria-label': ariaLabel,
}: LocalizedFieldProps): ReactElement {
  const styles = useStyles();
  const { i18n } = useTranslation('common');
  const language = i18n.language;
  const [text, setText] = useState(() => shown(kind, value, language));
  // A new value from outside (a loaded record, a reset) or a new language rewrites the text; the field's own value
  // coming back does not, so typing is never reformatted under the cursor, nor undone when a form ignores it.
  const [seen, setSeen] = useState({ value, language });
  const [emitted, setEmitted] = useState<string | undefined>(undefined);
  const [left, setLeft] = useState(false);
  if (seen.value !== value || seen.language !== language) {
    setSeen({ value, language });
    if (value !== emitted || seen.language !== language) setText(shown(kind, value, language));
  }

  const emit = (next: string) => {
    setEmitted(next);
    onChange(next);
  };

  const type = (typed: string) => {
    setText(typed);
    emit(typed.trim() === '' ? '' : (kind.parse(typed, language) ?? typed));
  };

  const step = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    const current = kind.parse(text, language);
    if (!current) return;
    event.preventDefault();
    const next = kind.shift(current, event.key === 'ArrowUp' ? 1 : -1);
    setText(kind.display(next, language));
    emit(next);
  };

  const unreadable = left && text.trim() !== '' && kind.parse(text, language) === undefined;
  const message = validationMessage ?? (unreadable ? invalidMessage : extraMessage);

  return (
    <Field
      className={styles.field}
      label={label}
      required={required}
      hint={hint}
      validationMessage={message}
      validationState={message ? 'error' : 'none'}
    >
      <Input
        className={inputClassName}
        aria-label={ariaLabel}
        value={text}
        placeholder={placeholder}
        disabled={disabled}
        autoComplete="off"
        spellCheck={false}
        onChange={(_event, data) => {
          setLeft(false);
          type(data.value);
        }}
        onKeyDown={step}
        onBlur={() => {
          setLeft(true);
          const parsed = kind.parse(text, language);
          if (parsed) setText(kind.display(parsed, language));
        }}
      />
    </Field>
  );
}

export interface DateFieldProps extends DateTimeFieldProps {
  /** The earliest date the field accepts (`YYYY-MM-DD`), e.g. an end date not before the start. */
  min?: string;
}

/** A date field: `27.11.2026` in German, `11/27/2026` in English, ISO in `value`. */
export function DateField({ min, ...props }: DateFieldProps): ReactElement {
  const { t, i18n } = useTranslation('common');
  const language = i18n.language;
  const placeholder = datePlaceholder(language, {
    day: t('dateField.dayLetter'),
    month: t('dateField.monthLetter'),
    year: t('dateField.yearLetter'),
  });
  const example = formatDateInput('2026-11-27', language);
  const beforeMin =
    min && isIsoDate(min) && isIsoDate(props.value) && props.value < min
      ? t('dateField.beforeMin', { min: formatDateInput(min, language) })
      : undefined;
  return (
    <LocalizedField
      {...props}
      kind={dateKind}
      placeholder={placeholder}
      invalidMessage={t('dateField.invalid', { example })}
      extraMessage={beforeMin}
    />
  );
}

/** A time field: `18:00` in German, `6:00 PM` in English, `HH:mm` in `value`. */
export function TimeField(props: DateTimeFieldProps): ReactElement {
  const { t, i18n } = useTranslation('common');
  const example = formatTimeInput('18:00', i18n.language);
  return (
    <LocalizedField
      {...props}
      kind={timeKind}
      placeholder={t('timeField.placeholder')}
      invalidMessage={t('timeField.invalid', { example })}
    />
  );
}
