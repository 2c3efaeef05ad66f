// How uncomfortable something looks or felt, 0 to 10, with the number shown beside the slider and spoken with it.
import { Field, Slider, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';

const useStyles = makeStyles({
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
  slider: { flexGrow: 1 },
  value: { minWidth: '3.5rem', fontVariantNumeric: 'tabular-nums' },
});

export interface DiscomfortSliderProps {
  label: string;
  value: number;
  onChange(value: number): void;
}

export function DiscomfortSlider({ label, value, onChange }: DiscomfortSliderProps) {
  const styles = useStyles();
  const { t } = useTranslation('coach');
  return (
    <Field label={label} hint={t('discomfort.hint')}>
      <div className={styles.row}>
        <Slider
          className={styles.slider}
          min={0}
          max={10}
          step={1}
          value={value}
          aria-valuetext={t('discomfort.valueText', { value })}
          onChange={(_event, data) => onChange(data.value)}
        />
        <Text className={styles.value} aria-hidden="true" weight="semibold">
          {t('discomfort.value', { value })}
        </Text>
      </div>
    </Field>
  );
}
