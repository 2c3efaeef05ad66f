// The default keep-in-touch rhythm: how often the user wants to hear from anyone who has no rhythm of their own or
// from a tag. A few plain choices rather than a number of days; a number set elsewhere stays shown as it is.
import { Field, Radio, RadioGroup, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../../shared/model';
import { useUpdateSettings } from '../../app/settings';

const PRESETS = [14, 30, 91, 182] as const;

const useStyles = makeStyles({
  // Side by side where there is room, one below the other where there is not.
  choices: { flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS },
});
const NONE = 'none';

export function DefaultCadenceField({ settings }: { settings: Settings }) {
  const styles = useStyles();
  const { t } = useTranslation('welcome');
  const update = useUpdateSettings();
  const current = settings.defaultCadenceDays;
  const custom = current !== undefined && !(PRESETS as readonly number[]).includes(current) ? current : undefined;
  return (
    <Field label={t('defaultCadence.label')} hint={t('defaultCadence.help')}>
      <RadioGroup
        className={styles.choices}
        layout="horizontal"
        value={current === undefined ? NONE : String(current)}
        onChange={(_event, data) => update.mutate({ defaultCadenceDays: data.value === NONE ? null : Number(data.value) })}
      >
        <Radio value={NONE} label={t('defaultCadence.none')} />
        {PRESETS.map((days) => (
          <Radio key={days} value={String(days)} label={t(`defaultCadence.presets.${days}`)} />
        ))}
        {custom !== undefined ? <Radio value={String(custom)} label={t('defaultCadence.days', { count: custom })} /> : null}
      </RadioGroup>
    </Field>
  );
}
