// The desktop around Plausch: the global quick-log shortcut (shown in the platform's words, recorded by pressing it,
// with free alternatives offered when another application holds it) and starting at login. In the browser neither
// exists, and the page says so rather than offering switches that do nothing.
import {
  Button,
  Field,
  Input,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Switch,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { KeyboardRegular } from '@fluentui/react-icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { ShortcutStatus, StartAtLogin } from '../../../../shared/views';
import { api } from '../../api';
import { useFeedback } from '../../app/feedback';
import { routeToHash } from '../../app/navigation';
import { isMac } from '../../app/shortcuts';
import { SettingsSection } from './settings-section';

const shortcutKey = ['desktop', 'shortcut'] as const;
const startAtLoginKey = ['desktop', 'startAtLogin'] as const;

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  keys: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase400,
    paddingInline: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalXXS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  help: { color: tokens.colorNeutralForeground2 },
  list: { marginBlock: tokens.spacingVerticalXS, paddingInlineStart: tokens.spacingHorizontalXL },
  recorder: { width: '20rem' },
});

/** An Electron accelerator as the user's keyboard says it: "Strg+Alt+L" on a German PC, "⌘⌥L" on a Mac. */
export function acceleratorLabel(accelerator: string, t: TFunction, mac = isMac()): string {
  const parts = accelerator.split('+').map((part) => {
    switch (part) {
      case 'CommandOrControl':
      case 'CmdOrCtrl':
        return mac ? t('shortcuts.command') : t('shortcuts.ctrl');
      case 'Command':
      case 'Cmd':
      case 'Super':
      case 'Meta':
        return t('shortcuts.command');
      case 'Control':
      case 'Ctrl':
        return mac ? '⌃' : t('shortcuts.ctrl');
      case 'Alt':
      case 'Option':
        return mac ? t('shortcuts.option') : t('shortcuts.alt');
      case 'Shift':
        return mac ? '⇧' : t('shortcuts.shift');
      default:
        return part;
    }
  });
  return parts.join(mac ? '' : '+');
}

/** The accelerator for a key press, or undefined while only modifiers are held or none is. */
export function acceleratorFromEvent(event: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): string | undefined {
  const key = keyName(event.code);
  if (!key || !(event.ctrlKey || event.metaKey || event.altKey)) return undefined;
  return [
    event.ctrlKey || event.metaKey ? 'CommandOrControl' : '',
    event.altKey ? 'Alt' : '',
    event.shiftKey ? 'Shift' : '',
    key,
  ]
    .filter(Boolean)
    .join('+');
}

/** The physical key, so the layout (and Alt turning "L" into "@") does not change what is recorded. */
function keyName(code: string): string | undefined {
  if (/^Key[A-Z]$/.test(code)) return code.slice(3);
  if (/^Digit\d$/.test(code)) return code.slice(5);
  if (/^F([1-9]|1\d|2[0-4])$/.test(code)) return code;
  if (code === 'Space') return 'Space';
  return undefined;
}

export function QuickLogShortcutSection() {
  const { t } = useTranslation();
  const styles = useStyles();
  const queryClient = useQueryClient();
  const feedback = useFeedback();
  const status = useQuery({ queryKey: shortcutKey, queryFn: () => api().desktop.shortcutStatus() });
  const [recording, setRecording] = useState(false);
  const [hint, setHint] = useState<string>();
  const change = useMutation({
    mutationFn: (accelerator: string) => api().desktop.setShortcut({ accelerator }),
    onSuccess: (result: ShortcutStatus) => {
      queryClient.setQueryData(shortcutKey, result);
      if (result.registered) feedback.showSuccess((t) => t('settings.shortcut.saved', { keys: acceleratorLabel(result.accelerator, t) }));
    },
    onError: (error) => feedback.showError(error),
  });

  const onRecorderKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Tab') return;
    event.preventDefault();
    if (event.key === 'Escape') {
      setRecording(false);
      setHint(undefined);
      return;
    }
    const accelerator = acceleratorFromEvent(event);
    if (!accelerator) {
      if (!['Control', 'Alt', 'Shift', 'Meta'].includes(event.key)) setHint(t('settings.shortcut.needsModifier'));
      return;
    }
    setRecording(false);
    setHint(undefined);
    change.mutate(accelerator);
  };

  const current = status.data;
  return (
    <SettingsSection id="settings-shortcut" title={t('settings.shortcut.label')} help={t('settings.shortcut.help')}>
      {current ? (
        <div className={styles.row}>
          <Text>{t('settings.shortcut.current')}</Text>
          <kbd className={styles.keys}>{acceleratorLabel(current.accelerator, t)}</kbd>
          {recording ? null : (
            <Button icon={<KeyboardRegular />} onClick={() => setRecording(true)}>
              {t('settings.shortcut.record')}
            </Button>
          )}
        </div>
      ) : null}
      {recording ? (
        <Field
          label={t('settings.shortcut.recorder')}
          hint={hint ?? t('settings.shortcut.recording')}
          validationState={hint ? 'warning' : 'none'}
        >
          <Input
            className={styles.recorder}
            autoFocus
            readOnly
            value=""
            onKeyDown={onRecorderKeyDown}
            onBlur={() => setRecording(false)}
          />
        </Field>
      ) : null}
      {current && !current.registered ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('settings.shortcut.takenTitle')}</MessageBarTitle>{' '}
            {t('settings.shortcut.taken', { keys: acceleratorLabel(current.accelerator, t) })}
            <div className={styles.row}>
              {current.suggestions.map((suggestion) => (
                <Button key={suggestion} size="small" disabled={change.isPending} onClick={() => change.mutate(suggestion)}>
                  {t('settings.shortcut.use', { keys: acceleratorLabel(suggestion, t) })}
                </Button>
              ))}
            </div>
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </SettingsSection>
  );
}

export function StartAtLoginSection() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const feedback = useFeedback();
  const login = useQuery({ queryKey: startAtLoginKey, queryFn: () => api().desktop.startAtLogin() });
  const change = useMutation({
    mutationFn: (enabled: boolean) => api().desktop.setStartAtLogin({ enabled }),
    onSuccess: (result: StartAtLogin) => queryClient.setQueryData(startAtLoginKey, result),
    onError: (error) => feedback.showError(error),
  });
  // Where the platform offers no way to start at login, the option would only disappoint.
  if (!login.data?.supported) return null;
  return (
    <SettingsSection id="settings-start-at-login" title={t('settings.startAtLogin.label')}>
      <Field hint={t('settings.startAtLogin.help')}>
        <Switch
          checked={login.data.enabled}
          disabled={change.isPending}
          label={t('settings.startAtLogin.label')}
          onChange={(_event, data) => change.mutate(data.checked)}
        />
      </Field>
    </SettingsSection>
  );
}

/** In the browser shell: what only the desktop app does, and what to use here instead. */
export function DesktopOnlySection() {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <SettingsSection id="settings-desktop-only" title={t('settings.desktopOnly.label')}>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t('settings.desktopOnly.title')}</MessageBarTitle> {t('settings.desktopOnly.intro')}
          <ul className={styles.list}>
            <li>{t('settings.desktopOnly.tray')}</li>
            <li>{t('settings.desktopOnly.shortcut')}</li>
            <li>{t('settings.desktopOnly.startAtLogin')}</li>
            <li>{t('settings.desktopOnly.onTop')}</li>
          </ul>
        </MessageBarBody>
      </MessageBar>
      <Text as="p" className={styles.help}>
        {t('settings.desktopOnly.here')}
      </Text>
      <div className={styles.row}>
        <Link href={routeToHash({ name: 'quickLog' })}>{t('settings.desktopOnly.openQuickLog')}</Link>
      </div>
    </SettingsSection>
  );
}
