// When an encounter happened and when to follow it up, each a row of chips for the usual answers (today, yesterday;
// in a week, in a month) and the typeable date field for any other day, shown only when it is asked for.
import { Checkbox, Field, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/date-time-fields';
import { formatDateInput, isIsoDate } from '../../components/date-time-input';
import { ChoiceChips } from './choice-chips';
import {
  dateChoices,
  dateFor,
  followUpChoices,
  followUpFor,
  type DateChoice,
  type FollowUpChoice,
} from './encounter-dates';

const useStyles = makeStyles({
  chipsAndDate: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  presetDate: { color: tokens.colorNeutralForeground2 },
  dateInput: { width: '9rem' },
  // Level with the inputs beside it: below as much space as a Fluent field's label takes (its line, padding, margin).
  besideLabelledFields: { marginTop: `calc(${tokens.lineHeightBase300} + 3 * ${tokens.spacingVerticalXXS})` },
});

export interface EncounterDateFieldProps {
  date: string;
  choice: DateChoice;
  today: string;
  onChange(date: string, choice: DateChoice): void;
  error?: string;
}

/** "Wann?": today, yesterday, or another day typed into the date field. */
export function EncounterDateField({ date, choice, today, onChange, error }: EncounterDateFieldProps) {
  const styles = useStyles();
  const { t } = useTranslation('journal');
  const choices = dateChoices.map((value) => ({ value, label: t(`dialog.dateChoices.${value}`) }));
  return (
    <>
      <Field label={t('dialog.when')} required>
        {(fieldProps) => (
          <ChoiceChips
            {...fieldProps}
            choices={choices}
            value={choice}
            onChange={(next) => onChange(dateFor(next, date, today), next)}
          />
        )}
      </Field>
      {choice === 'other' ? (
        <DateField
          label={t('dialog.date')}
          required
          inputClassName={styles.dateInput}
          validationMessage={error}
          value={date}
          onChange={(typed) => onChange(typed, 'other')}
        />
      ) : null}
    </>
  );
}

export interface FollowUpFieldProps {
  followUpOn: string;
  choice: FollowUpChoice;
  today: string;
  onChange(followUpOn: string, choice: FollowUpChoice): void;
  done: boolean;
  onDoneChange(done: boolean): void;
  error?: string;
}

/** "Nachfassen": not at all, in a week, in a month, or on a day typed into the date field. */
export function FollowUpField({ followUpOn, choice, today, onChange, done, onDoneChange, error }: FollowUpFieldProps) {
  const styles = useStyles();
  const { t, i18n } = useTranslation('journal');
  const choices = followUpChoices.map((value) => ({ value, label: t(`dialog.followUpChoices.${value}`) }));
  const preset = choice === 'week' || choice === 'month';
  return (
    <>
      <Field label={t('dialog.followUp')}>
        {(fieldProps) => (
          <div className={styles.chipsAndDate}>
            <ChoiceChips
              {...fieldProps}
              choices={choices}
              value={choice}
              onChange={(next) => onChange(followUpFor(next, followUpOn, today), next)}
            />
            {preset && isIsoDate(followUpOn) ? (
              // The day a preset stands for, so nobody has to count: "am 04.12.2026".
              <Text className={styles.presetDate} aria-live="polite">
                {t('dialog.followUpPresetDate', { date: formatDateInput(followUpOn, i18n.language) })}
              </Text>
            ) : null}
          </div>
        )}
      </Field>
      {choice === 'other' ? (
        <DateField
          label={t('dialog.followUpOn')}
          inputClassName={styles.dateInput}
          validationMessage={error}
          value={followUpOn}
          onChange={(typed) => onChange(typed, 'other')}
        />
      ) : null}
      {followUpOn ? (
        <Checkbox
          className={styles.besideLabelledFields}
          label={t('dialog.followUpDone')}
          checked={done}
          onChange={(_event, data) => onDoneChange(data.checked === true)}
        />
      ) : null}
    </>
  );
}
