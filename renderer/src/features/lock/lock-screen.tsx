// The lock screen: the whole window, the app's name, one passphrase field. Enter unlocks; a wrong passphrase says so
// and keeps the field for another try.
import { Button, Field, Input, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { LockClosedRegular } from '@fluentui/react-icons';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EncryptionState } from '../../../../shared/privacy';
import { api } from '../../api';
import { describeError } from '../../app/feedback';

const useStyles = makeStyles({
  screen: {
    position: 'fixed',
    inset: 0,
    zIndex: 1000,
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    padding: tokens.spacingHorizontalXXL,
    backgroundColor: tokens.colorNeutralBackground2,
    overflow: 'auto',
  },
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    width: '100%',
    maxWidth: '26rem',
    padding: tokens.spacingHorizontalXXL,
    borderRadius: tokens.borderRadiusXLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow16,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    '& h1, & p': { margin: 0 },
  },
  heading: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  icon: { fontSize: '28px', color: tokens.colorBrandForeground1 },
  text: { color: tokens.colorNeutralForeground2 },
});

export function LockScreen({ onUnlocked }: { onUnlocked(state: EncryptionState): void }) {
  const { t } = useTranslation('security');
  const { t: tCommon } = useTranslation();
  const styles = useStyles();
  const [passphrase, setPassphrase] = useState('');
  const field = useRef<HTMLInputElement>(null);
  const unlock = useMutation({
    mutationFn: (attempt: string) => api().privacy.unlock({ passphrase: attempt }),
    onSuccess: (state) => {
      if (!state.locked) onUnlocked(state);
    },
    // Another try starts from the field, with what was typed selected.
    onError: () => field.current?.select(),
  });

  useEffect(() => field.current?.focus(), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (passphrase === '' || unlock.isPending) return;
    unlock.mutate(passphrase);
  };

  return (
    <main className={styles.screen} aria-labelledby="lock-title">
      <form className={styles.card} onSubmit={submit}>
        <div className={styles.heading}>
          <LockClosedRegular className={styles.icon} aria-hidden />
          <Text as="h1" id="lock-title" size={600} weight="semibold">
            {t('lock.title')}
          </Text>
        </div>
        <Text as="p" className={styles.text}>
          {t('lock.text')}
        </Text>
        <Field
          label={t('lock.passphrase')}
          validationState={unlock.isError ? 'error' : 'none'}
          validationMessage={unlock.isError ? describeError(unlock.error, tCommon) : undefined}
        >
          <Input
            ref={field}
            type="password"
            autoComplete="current-password"
            value={passphrase}
            readOnly={unlock.isPending}
            onChange={(_event, data) => setPassphrase(data.value)}
          />
        </Field>
        <Button type="submit" appearance="primary" disabled={passphrase === '' || unlock.isPending}>
          {unlock.isPending ? <Spinner size="tiny" label={t('lock.unlocking')} /> : t('lock.unlock')}
        </Button>
      </form>
    </main>
  );
}
