// "Datenschutz": encryption of the journal (on, off, a new passphrase) and the app lock (idle time, lock now).
// Every step that touches the files shows that it runs, and a wrong or short passphrase says so and changes nothing.
// A forgotten passphrase can be replaced without the old one where this computer's keychain opens the data.
import {
  Button,
  Field,
  Input,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { LockClosedRegular } from '@fluentui/react-icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { errorDataOf } from '../../../../shared/errors';
import type { Settings } from '../../../../shared/model';
import { MIN_PASSPHRASE_LENGTH, type EncryptionState } from '../../../../shared/privacy';
import { api, queryKeys } from '../../api';
import { useShellKind } from '../../app/desktop';
import { describeError, useFeedback } from '../../app/feedback';
import { useUpdateSettings } from '../../app/settings';
import { encryptionStateKey, useEncryptionState } from '../lock';
import { SettingsSection } from './settings-section';

const useStyles = makeStyles({
  part: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, '& h3, & p': { margin: 0 } },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '26rem' },
  help: { color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

/** The idle times offered; a time set elsewhere (the CLI) is offered too. */
const lockChoices = [5, 15, 30, 60] as const;

/** A step on the files: its call, and what to say when it is done. */
function useEncryptionStep(run: () => Promise<EncryptionState>, done: 'settings.turnedOn' | 'settings.turnedOff' | 'settings.changed' | 'settings.resetDone') {
  const queryClient = useQueryClient();
  const feedback = useFeedback('security');
  return useMutation({
    mutationFn: run,
    onSuccess: (state) => {
      queryClient.setQueryData(encryptionStateKey, state);
      void queryClient.invalidateQueries({ queryKey: queryKeys.settings });
      feedback.showSuccess((t) => t(done));
    },
  });
}

/** The shared wording, with the shortest length filled in where the passphrase was too short. */
function describeStepError(error: unknown, t: TFunction): string {
  const data = errorDataOf(error);
  if (data?.code === 'passphraseTooShort') return t('errors.passphraseTooShort', { minLength: data.details?.minLength ?? MIN_PASSPHRASE_LENGTH });
  return describeError(error, t);
}

function StepError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody role="alert">{describeStepError(error, t)}</MessageBarBody>
    </MessageBar>
  );
}

function StepProgress({ label }: { label: string }) {
  return <Spinner size="small" labelPosition="after" label={label} />;
}

function PassphraseField({
  label,
  value,
  onChange,
  hint,
  disabled,
  id,
}: {
  label: string;
  value: string;
  onChange(value: string): void;
  hint?: string;
  disabled: boolean;
  id?: string;
}) {
  return (
    <Field label={label} hint={hint}>
      <Input id={id} type="password" autoComplete="new-password" value={value} disabled={disabled} onChange={(_event, data) => onChange(data.value)} />
    </Field>
  );
}

/** A new passphrase typed twice. Nothing is sent until both match; `confirm` says whether they do and shows the mismatch. */
function useNewPassphrase() {
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [mismatch, setMismatch] = useState(false);
  return {
    next,
    setNext,
    repeat,
    setRepeat,
    mismatch,
    filled: next !== '' && repeat !== '',
    confirm: () => {
      setMismatch(next !== repeat);
      return next === repeat;
    },
    clear: () => {
      setNext('');
      setRepeat('');
    },
  };
}

function NewPassphraseFields({
  pair,
  label,
  id,
  disabled,
}: {
  pair: ReturnType<typeof useNewPassphrase>;
  label: string;
  id?: string;
  disabled: boolean;
}) {
  const { t } = useTranslation('security');
  return (
    <>
      <PassphraseField
        {...(id ? { id } : {})}
        label={label}
        hint={t('settings.passphraseHint', { minLength: MIN_PASSPHRASE_LENGTH })}
        value={pair.next}
        onChange={pair.setNext}
        disabled={disabled}
      />
      <PassphraseField label={t('settings.repeat')} value={pair.repeat} onChange={pair.setRepeat} disabled={disabled} />
      {pair.mismatch ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody role="alert">{t('settings.mismatch')}</MessageBarBody>
        </MessageBar>
      ) : null}
    </>
  );
}

function TurnOn({ keychain }: { keychain: boolean }) {
  const { t } = useTranslation('security');
  const styles = useStyles();
  const pair = useNewPassphrase();
  const step = useEncryptionStep(
    () => api().privacy.encryptionOn({ passphrase: pair.next }),
    'settings.turnedOn',
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (pair.confirm()) step.mutate();
  };
  return (
    <form className={styles.form} onSubmit={submit} aria-label={t('settings.turnOn')}>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t('settings.warningTitle')}</MessageBarTitle>
          {keychain ? t('settings.warningKeychain') : t('settings.warningNoKeychain')}
        </MessageBarBody>
      </MessageBar>
      <NewPassphraseFields pair={pair} label={t('settings.passphrase')} disabled={step.isPending} />
      {step.isError ? <StepError error={step.error} /> : null}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" icon={<LockClosedRegular />} disabled={step.isPending || !pair.filled}>
          {t('settings.turnOn')}
        </Button>
        {step.isPending ? <StepProgress label={t('settings.turningOn')} /> : null}
      </div>
    </form>
  );
}

/** "Kennwort ändern", which turns into "Neues Kennwort festlegen" when the passphrase is forgotten and the keychain opens the data. */
function PassphrasePart({ keychain }: { keychain: boolean }) {
  const [forgotten, setForgotten] = useState(false);
  return keychain && forgotten ? (
    <ResetPassphrase onClose={() => setForgotten(false)} />
  ) : (
    <ChangePassphrase {...(keychain ? { onForgotten: () => setForgotten(true) } : {})} />
  );
}

function ChangePassphrase({ onForgotten }: { onForgotten?: () => void }) {
  const { t } = useTranslation('security');
  const styles = useStyles();
  const [current, setCurrent] = useState('');
  const pair = useNewPassphrase();
  const step = useEncryptionStep(
    () => api().privacy.changePassphrase({ current, next: pair.next }),
    'settings.changed',
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!pair.confirm()) return;
    step.mutate(undefined, {
      onSuccess: () => {
        setCurrent('');
        pair.clear();
      },
    });
  };
  return (
    <Part title={t('settings.changeTitle')} id="settings-privacy-change">
      <form className={styles.form} onSubmit={submit} aria-labelledby="settings-privacy-change">
        <PassphraseField label={t('settings.current')} value={current} onChange={setCurrent} disabled={step.isPending} />
        {onForgotten ? (
          <div>
            <Link as="button" type="button" onClick={onForgotten} disabled={step.isPending}>
              {t('settings.forgotten')}
            </Link>
          </div>
        ) : null}
        <NewPassphraseFields pair={pair} label={t('settings.next')} disabled={step.isPending} />
        {step.isError ? <StepError error={step.error} /> : null}
        <div className={styles.actions}>
          <Button type="submit" disabled={step.isPending || current === '' || !pair.filled}>
            {t('settings.change')}
          </Button>
          {step.isPending ? <StepProgress label={t('settings.changing')} /> : null}
        </div>
      </form>
    </Part>
  );
}

/** A new passphrase without the old one: the keychain holds the data key, so only the new one is asked for, twice. */
function ResetPassphrase({ onClose }: { onClose(): void }) {
  const { t } = useTranslation('security');
  const styles = useStyles();
  const pair = useNewPassphrase();
  const step = useEncryptionStep(
    () => api().privacy.resetPassphrase({ next: pair.next }),
    'settings.resetDone',
  );
  // The link that led here is gone: the first field takes the focus.
  useEffect(() => document.getElementById('settings-privacy-reset-next')?.focus(), []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (pair.confirm()) step.mutate(undefined, { onSuccess: onClose });
  };
  return (
    <Part title={t('settings.resetTitle')} id="settings-privacy-reset" help={t('settings.resetHelp')}>
      <form className={styles.form} onSubmit={submit} aria-labelledby="settings-privacy-reset">
        <NewPassphraseFields pair={pair} id="settings-privacy-reset-next" label={t('settings.next')} disabled={step.isPending} />
        {step.isError ? <StepError error={step.error} /> : null}
        <div className={styles.actions}>
          <Button type="submit" disabled={step.isPending || !pair.filled}>
            {t('settings.reset')}
          </Button>
          <Button type="button" appearance="subtle" onClick={onClose} disabled={step.isPending}>
            {t('settings.resetCancel')}
          </Button>
          {step.isPending ? <StepProgress label={t('settings.resetting')} /> : null}
        </div>
      </form>
    </Part>
  );
}

function TurnOff() {
  const { t } = useTranslation('security');
  const styles = useStyles();
  const [passphrase, setPassphrase] = useState('');
  const step = useEncryptionStep(
    () => api().privacy.encryptionOff({ passphrase }),
    'settings.turnedOff',
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    step.mutate();
  };
  return (
    <Part title={t('settings.turnOffTitle')} id="settings-privacy-off" help={t('settings.turnOffHelp')}>
      <form className={styles.form} onSubmit={submit} aria-labelledby="settings-privacy-off">
        <PassphraseField label={t('settings.passphrase')} value={passphrase} onChange={setPassphrase} disabled={step.isPending} />
        {step.isError ? <StepError error={step.error} /> : null}
        <div className={styles.actions}>
          <Button type="submit" disabled={step.isPending || passphrase === ''}>
            {t('settings.turnOff')}
          </Button>
          {step.isPending ? <StepProgress label={t('settings.turningOff')} /> : null}
        </div>
      </form>
    </Part>
  );
}

function AppLock({ settings }: { settings: Settings }) {
  const { t } = useTranslation('security');
  const styles = useStyles();
  const update = useUpdateSettings();
  const queryClient = useQueryClient();
  // The browser cannot tell when the screen is locked; only the desktop app locks with it.
  const inBrowser = useShellKind() === 'browser';
  const lockNow = useMutation({
    mutationFn: () => api().privacy.lockNow({}),
    // The window locks at once; the pushed `app:lock` tells the other windows.
    onSuccess: (state) => queryClient.setQueryData(encryptionStateKey, state),
  });
  const current = settings.lockAfterMinutes;
  const choices: number[] = current !== undefined && !lockChoices.some((minutes) => minutes === current) ? [...lockChoices, current].sort((a, b) => a - b) : [...lockChoices];
  return (
    <Part title={t('settings.lockTitle')} id="settings-privacy-lock" help={inBrowser ? t('settings.lockHelp') : `${t('settings.lockHelp')} ${t('settings.lockHelpScreen')}`}>
      <Field label={t('settings.lockAfter')}>
        <RadioGroup
          layout="horizontal"
          value={current === undefined ? 'off' : String(current)}
          onChange={(_event, data) => update.mutate({ lockAfterMinutes: data.value === 'off' ? null : Number(data.value) })}
        >
          <Radio value="off" label={t('settings.lockAfterOff')} />
          {choices.map((minutes) => (
            <Radio key={minutes} value={String(minutes)} label={t('settings.lockAfterMinutes', { count: minutes })} />
          ))}
        </RadioGroup>
      </Field>
      {lockNow.isError ? <StepError error={lockNow.error} /> : null}
      <div className={styles.actions}>
        <Button icon={<LockClosedRegular />} onClick={() => lockNow.mutate()} disabled={lockNow.isPending}>
          {t('settings.lockNow')}
        </Button>
      </div>
    </Part>
  );
}

function Part({ title, id, help, children }: { title: string; id: string; help?: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <div className={styles.part} role="group" aria-labelledby={id}>
      <Text as="h3" id={id} size={400} weight="semibold">
        {title}
      </Text>
      {help ? (
        <Text as="p" className={styles.help}>
          {help}
        </Text>
      ) : null}
      {children}
    </div>
  );
}

export function PrivacySection({ settings }: { settings: Settings }) {
  const { t } = useTranslation('security');
  const { t: tCommon } = useTranslation();
  const state = useEncryptionState();
  return (
    <SettingsSection id="settings-privacy" title={t('settings.title')} help={t('settings.help')}>
      {state.isPending ? (
        // Named, so a screen reader says what is loading (an unnamed progress bar is an accessibility fault).
        <Spinner size="small" label={tCommon('app.loading')} />
      ) : state.isError ? (
        <StepError error={state.error} />
      ) : state.data.on ? (
        <>
          <Text as="p" weight="semibold">
            {t('settings.stateOn')}
          </Text>
          <Text as="p">{state.data.keychain ? t('settings.keychainOn') : t('settings.keychainOff')}</Text>
          <AppLock settings={settings} />
          <PassphrasePart keychain={state.data.keychain} />
          <TurnOff />
        </>
      ) : (
        <>
          <Text as="p" weight="semibold">
            {t('settings.stateOff')}
          </Text>
          <TurnOn keychain={state.data.keychain} />
        </>
      )}
    </SettingsSection>
  );
}
