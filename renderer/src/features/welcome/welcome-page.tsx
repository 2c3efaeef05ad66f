// The first start: what Plausch is for, and the five things that make it useful from day one – contacts from
// Outlook or Google, sample data to try, the user's own e-mail domain, the quick-log shortcut and a default rhythm.
// Shown by itself while the journal is empty and the page has not been closed; Settings opens it again.
import { Button, Card, Link, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowImportRegular, BeakerRegular, CalendarClockRegular, DismissRegular, KeyboardRegular, MailRegular } from '@fluentui/react-icons';
import { useQuery } from '@tanstack/react-query';
import type { ReactElement, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { useShellKind } from '../../app/desktop';
import { routeToHash, useNavigation } from '../../app/navigation';
import { useAppStatus, useSettings, useUpdateSettings } from '../../app/settings';
import { PageHeader } from '../../components';
import { acceleratorLabel } from '../settings/desktop-settings';
import { DefaultCadenceField } from '../settings/default-cadence-field';
import { OwnDomainsField } from '../settings/own-domains-settings';
import { SampleDataActions } from './sample-data-actions';

const useStyles = makeStyles({
  intro: { maxWidth: '48rem' },
  // Columns, so that a short card is followed right below by the next one instead of a hole.
  steps: {
    columnWidth: '24rem',
    columnGap: tokens.spacingHorizontalL,
    maxWidth: '72rem',
    '& > *': { breakInside: 'avoid', marginBlockEnd: tokens.spacingVerticalL },
  },
  step: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, '& h2, & p': { margin: 0 } },
  stepTitle: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  icon: { display: 'flex', fontSize: '24px', color: tokens.colorBrandForeground1 },
  text: { color: tokens.colorNeutralForeground2 },
  keys: {
    fontFamily: tokens.fontFamilyMonospace,
    paddingInline: tokens.spacingHorizontalXS,
    borderRadius: tokens.borderRadiusSmall,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground3,
    whiteSpace: 'nowrap',
  },
  close: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM, marginTop: tokens.spacingVerticalXL },
});

function Step({ id, icon, title, text, children }: { id: string; icon: ReactElement; title: string; text: ReactNode; children?: ReactNode }) {
  const styles = useStyles();
  return (
    <Card className={styles.step} aria-labelledby={id} role="region">
      <div className={styles.stepTitle}>
        <span className={styles.icon} aria-hidden="true">
          {icon}
        </span>
        <Text as="h2" id={id} size={400} weight="semibold">
          {title}
        </Text>
      </div>
      <Text as="p" className={styles.text}>
        {text}
      </Text>
      {children}
    </Card>
  );
}

export function WelcomePage() {
  const styles = useStyles();
  const { t } = useTranslation('welcome');
  const { navigate } = useNavigation();
  const settings = useSettings();
  const update = useUpdateSettings();
  const status = useAppStatus();

  const close = () => {
    update.mutate({ welcomeDismissed: true });
    navigate({ name: (status.data?.contactCount ?? 0) > 0 ? 'today' : 'contacts' });
  };

  return (
    <>
      <PageHeader
        title={t('title')}
        description={<span className={styles.intro}>{t('intro')}</span>}
        actions={
          <Button icon={<DismissRegular />} onClick={close}>
            {t('close')}
          </Button>
        }
      />
      {settings.isPending ? (
        <Spinner size="small" />
      ) : (
        <div className={styles.steps}>
          <Step id="welcome-import" icon={<ArrowImportRegular />} title={t('import.title')} text={t('import.text')}>
            <div>
              <Button appearance="primary" icon={<ArrowImportRegular />} onClick={() => navigate({ name: 'data' })}>
                {t('import.action')}
              </Button>
            </div>
          </Step>
          <Step id="welcome-sample" icon={<BeakerRegular />} title={t('sample.title')} text={t('sample.text')}>
            <div>
              <SampleDataActions onAdded={() => navigate({ name: 'today' })} />
            </div>
          </Step>
          <Step id="welcome-domains" icon={<MailRegular />} title={t('domains.title')} text={t('domains.text')}>
            {settings.data ? <OwnDomainsField settings={settings.data} /> : null}
          </Step>
          <ShortcutStep />
          <Step id="welcome-rhythm" icon={<CalendarClockRegular />} title={t('rhythm.title')} text={t('rhythm.text')}>
            {settings.data ? <DefaultCadenceField settings={settings.data} /> : null}
          </Step>
        </div>
      )}
      <div className={styles.close}>
        <Button appearance="primary" onClick={close}>
          {t('close')}
        </Button>
        <Text className={styles.text}>{t('closeHint')}</Text>
      </div>
    </>
  );
}

/** The configured shortcut in the words of the user's keyboard; in the browser, where there is none, the way there. */
function ShortcutStep() {
  const styles = useStyles();
  const { t } = useTranslation('welcome');
  const { t: tCommon } = useTranslation();
  const inBrowser = useShellKind() === 'browser';
  const shortcut = useQuery({
    queryKey: ['desktop', 'shortcut'],
    queryFn: () => api().desktop.shortcutStatus(),
    enabled: !inBrowser,
  });
  const keys = shortcut.data ? <kbd className={styles.keys}>{acceleratorLabel(shortcut.data.accelerator, tCommon)}</kbd> : '…';
  return (
    <Step
      id="welcome-shortcut"
      icon={<KeyboardRegular />}
      title={t('shortcut.title')}
      text={inBrowser ? t('shortcut.browser') : <ShortcutSentence keys={keys} />}
    >
      {inBrowser ? (
        <Link href={routeToHash({ name: 'quickLog' })}>{tCommon('settings.desktopOnly.openQuickLog')}</Link>
      ) : (
        <Link href={routeToHash({ name: 'settings' })}>{t('shortcut.change')}</Link>
      )}
    </Step>
  );
}

/** The sentence with the keys set in as an element, so they read as keys without splitting the translation. */
function ShortcutSentence({ keys }: { keys: ReactNode }) {
  const { t } = useTranslation('welcome');
  const [before = '', after = ''] = t('shortcut.text', { keys: '\u0000' }).split('\u0000');
  return (
    <>
      {before}
      {keys}
      {after}
    </>
  );
}
