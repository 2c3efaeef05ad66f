// The default form of address for the coach's German openers and greetings: "Sie" or "du". Each contact can have its
// own; this one applies to everyone else.
import { Field, Radio, RadioGroup } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { addressForms, type Settings } from '../../../../shared/model';
import { useUpdateSettings } from '../../app/settings';

export function AddressFormField({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const update = useUpdateSettings();
  return (
    <Field label={t('settings.addressForm.label')} hint={t('settings.addressForm.help')}>
      <RadioGroup
        value={settings.addressForm ?? 'sie'}
        layout="horizontal"
        onChange={(_event, data) => update.mutate({ addressForm: data.value as Settings['addressForm'] })}
      >
        {addressForms.map((form) => (
          <Radio key={form} value={form} label={t(`settings.addressForm.${form}`)} />
        ))}
      </RadioGroup>
    </Field>
  );
}
