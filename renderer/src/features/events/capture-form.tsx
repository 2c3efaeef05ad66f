// "Met someone", in seconds: the name field has focus, Enter saves from any field, a confirmation says who was
// noted (new or already known), and the form is empty and ready for the next person.
import { Button, Field, Input, Text, makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkCircleRegular, PersonAddRegular } from '@fluentui/react-icons';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { displayName } from '../../../../shared/model';
import { api } from '../../api';
import { describeError } from '../../app/feedback';
import { useRefreshEvents } from './events-queries';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, '& > *': { flexGrow: 1, minWidth: '9rem' } },
  footer: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM, minHeight: '32px' },
  receipt: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, color: tokens.colorPaletteGreenForeground1 },
  error: { color: tokens.colorPaletteRedForeground1 },
});

type Message = { kind: 'saved'; text: string } | { kind: 'error'; text: string };

export function CaptureForm({ eventId }: { eventId: string }) {
  const styles = useStyles();
  const { t } = useTranslation('events');
  const { t: tCommon } = useTranslation();
  const refresh = useRefreshEvents();
  const nameRef = useRef<HTMLInputElement>(null);
  const [name, setName] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [detail, setDetail] = useState('');
  const [message, setMessage] = useState<Message>();
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    if (name.trim() === '') {
      setMessage({ kind: 'error', text: t('capture.nameRequired') });
      nameRef.current?.focus();
      return;
    }
    setSaving(true);
    try {
      const receipt = await api().events.capture({ eventId, name, organisation, detail });
      const who = displayName(receipt.contact);
      setMessage({ kind: 'saved', text: receipt.createdContact ? t('capture.savedNew', { name: who }) : t('capture.savedKnown', { name: who }) });
      setName('');
      setOrganisation('');
      setDetail('');
      await refresh();
    } catch (error) {
      setMessage({ kind: 'error', text: describeError(error, tCommon) });
    } finally {
      setSaving(false);
      nameRef.current?.focus();
    }
  };

  return (
    <form className={styles.form} onSubmit={(event) => void submit(event)} aria-label={t('capture.title')}>
      <div className={styles.row}>
        <Field label={t('capture.name')} required>
          <Input ref={nameRef} autoFocus value={name} onChange={(_e, data) => setName(data.value)} autoComplete="off" />
        </Field>
        <Field label={t('capture.organisation')}>
          <Input value={organisation} onChange={(_e, data) => setOrganisation(data.value)} autoComplete="off" />
        </Field>
      </div>
      <Field label={t('capture.detail')} hint={t('capture.detailHint')}>
        <Input value={detail} onChange={(_e, data) => setDetail(data.value)} autoComplete="off" />
      </Field>
      <div className={styles.footer}>
        <Button appearance="primary" type="submit" icon={<PersonAddRegular />} disabled={saving}>
          {t('capture.save')}
        </Button>
        <div role="status" aria-live="polite">
          {message?.kind === 'saved' ? (
            <Text className={styles.receipt}>
              <CheckmarkCircleRegular aria-hidden="true" />
              {message.text}
            </Text>
          ) : null}
        </div>
        {message?.kind === 'error' ? (
          <Text role="alert" className={styles.error}>
            {message.text}
          </Text>
        ) : null}
      </div>
    </form>
  );
}
