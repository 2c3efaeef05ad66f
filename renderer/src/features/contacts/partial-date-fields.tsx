// Day, month and an optional year: how people actually know a birthday ("14 March, no idea which year").
import { Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartialDateParts } from './contact-form-model';

const useStyles = makeStyles({
  fieldset: { border: 'none', margin: 0, padding: 0, minWidth: 0 },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS, fontWeight: tokens.fontWeightSemibold },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'flex-end' },
  day: { width: '6rem' },
  month: { width: '10rem' },
  year: { width: '9rem' },
  // Fluent's Input brings a minimum width of its own, wider than a four-digit year needs: the field's width rules.
  yearInput: { minWidth: 0, width: '100%' },
  error: { color: tokens.colorPaletteRedForeground1, marginTop: tokens.spacingVerticalXS },
});

export interface PartialDateFieldsProps {
  legend: string;
  /** Added to each control's accessible name when several date groups share a screen (e.g. "Family member 2"). */
  owner?: string;
  value: PartialDateParts;
  onChange(value: PartialDateParts): void;
  error?: string;
}

const days = Array.from({ length: 31 }, (_, index) => String(index + 1));

export function PartialDateFields({ legend, owner, value, onChange, error }: PartialDateFieldsProps) {
  const styles = useStyles();
  const { t, i18n } = useTranslation('contacts');
  const monthNames = useMemo(() => {
    const format = new Intl.DateTimeFormat(i18n.language, { month: 'long', timeZone: 'UTC' });
    return Array.from({ length: 12 }, (_, index) => format.format(new Date(Date.UTC(2000, index, 1))));
  }, [i18n.language]);
  const name = (field: string) => {
    const withLegend = `${legend}: ${field}`;
    return owner ? t('form.partOf', { field: withLegend, owner }) : withLegend;
  };
  const invalid = error ? true : undefined;

  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>{legend}</legend>
      <div className={styles.row}>
        <Field label={t('form.day')} className={styles.day}>
          <Select
            aria-label={name(t('form.day'))}
            aria-invalid={invalid}
            value={value.day}
            onChange={(_event, data) => onChange({ ...value, day: data.value })}
          >
            <option value="">–</option>
            {days.map((day) => (
              <option key={day} value={day}>
                {day}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('form.month')} className={styles.month}>
          <Select
            aria-label={name(t('form.month'))}
            aria-invalid={invalid}
            value={value.month}
            onChange={(_event, data) => onChange({ ...value, month: data.value })}
          >
            <option value="">–</option>
            {monthNames.map((month, index) => (
              <option key={month} value={String(index + 1)}>
                {month}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('form.year')} className={styles.year}>
          <Input
            className={styles.yearInput}
            aria-label={name(t('form.year'))}
            aria-invalid={invalid}
            inputMode="numeric"
            maxLength={4}
            value={value.year}
            onChange={(_event, data) => onChange({ ...value, year: data.value.replace(/\D/g, '') })}
          />
        </Field>
      </div>
      {error ? (
        <div role="alert" className={styles.error}>
          {error}
        </div>
      ) : null}
    </fieldset>
  );
}
