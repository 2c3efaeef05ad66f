// "Kalender": what Plausch reads and keeps, a calendar file read for this session, files or folders it watches, and
// the user's own addresses (hers and those of the people whose calendars she keeps), which are never suggested.
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { CalendarAddRegular, DeleteRegular, DocumentRegular, EyeOffRegular, EyeRegular, FolderRegular } from '@fluentui/react-icons';
import { useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { CalendarSourceStatus, CalendarStatus } from '../../../../shared/calendar';
import { MAX_CALENDAR_BYTES } from '../../../../shared/calendar';
import { parseEmail } from '../../../../shared/email';
import { PlauschError, errorCodes, type ErrorCode } from '../../../../shared/errors';
import type { CalendarSource, Settings } from '../../../../shared/model';
import { api } from '../../api';
import { useShellKind } from '../../app/desktop';
import { describeError, useFeedback } from '../../app/feedback';
import { useUpdateSettings } from '../../app/settings';
import { EntryListEditor } from '../../components/entry-list-editor';
import { formatInstant } from '../today/reminders-card';
import { useCalendarStatus, useClearImport, useImportCalendar, useUnwatchCalendar, useWatchCalendar } from '../calendar/calendar-queries';
import { SettingsSection } from './settings-section';

const useStyles = makeStyles({
  part: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  help: { color: tokens.colorNeutralForeground2 },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  // The button lines up with the input below the field's label.
  fieldRow: { display: 'flex', flexWrap: 'wrap', alignItems: 'end', gap: tokens.spacingHorizontalS },
  pathField: { flex: '1 1 20rem', minWidth: 0, maxWidth: '36rem' },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  entry: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  entryIcon: { fontSize: '20px', display: 'flex', color: tokens.colorBrandForeground1 },
  entryText: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, flex: '1 1 16rem', minWidth: 0 },
  name: { overflowWrap: 'anywhere' },
  path: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: 'anywhere', userSelect: 'text' },
  failed: { color: tokens.colorPaletteRedForeground1 },
  fileInput: { display: 'none' },
});

export function CalendarSection({ settings }: { settings: Settings }) {
  const { t } = useTranslation('calendar');
  const status = useCalendarStatus();
  return (
    <SettingsSection id="settings-calendar" title={t('settings.title')} help={t('settings.help')}>
      <ImportPart status={status.data} />
      <WatchPart status={status.data} />
      <OwnAddressesPart settings={settings} />
    </SettingsSection>
  );
}

function ErrorBar({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody role="alert">{describeError(error, t)}</MessageBarBody>
    </MessageBar>
  );
}

function ImportPart({ status }: { status: CalendarStatus | undefined }) {
  const { t, i18n } = useTranslation('calendar');
  const styles = useStyles();
  const feedback = useFeedback('calendar');
  const input = useRef<HTMLInputElement>(null);
  const importCalendar = useImportCalendar();
  const clear = useClearImport();
  const [tooLarge, setTooLarge] = useState(false);
  const imported = status?.imported;

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared, so that choosing the same file again (after changing it) reads it again.
    event.target.value = '';
    if (!file) return;
    // Refused before reading: a file that large is no calendar Plausch could use, and would only fill the memory.
    setTooLarge(file.size > MAX_CALENDAR_BYTES);
    if (file.size > MAX_CALENDAR_BYTES) return;
    const name = file.name;
    importCalendar.mutate({ name, text: await file.text() }, { onSuccess: () => feedback.showSuccess((tl) => tl('settings.import.done', { name })) });
  };

  const error = tooLarge ? new PlauschError('calendarTooLarge') : (importCalendar.error ?? clear.error);
  return (
    <div className={styles.part}>
      <Text as="h3" size={400} weight="semibold">
        {t('settings.import.title')}
      </Text>
      <Text as="p" className={styles.help}>
        {t('settings.import.help')}
      </Text>
      <input ref={input} className={styles.fileInput} type="file" accept=".ics,text/calendar" tabIndex={-1} aria-hidden="true" onChange={(event) => void onFile(event)} />
      <div className={styles.row}>
        <Button icon={<CalendarAddRegular />} disabled={importCalendar.isPending} onClick={() => input.current?.click()}>
          {t('settings.import.choose')}
        </Button>
        {importCalendar.isPending ? <Spinner size="tiny" label={t('settings.import.reading')} /> : null}
      </div>
      {error ? <ErrorBar error={error} /> : null}
      {imported ? (
        <div className={styles.entry} data-calendar-import="">
          <span className={styles.entryIcon} aria-hidden="true">
            <DocumentRegular />
          </span>
          <div className={styles.entryText}>
            <Text weight="semibold" className={styles.name}>
              {t('settings.import.current', { name: imported.name })}
            </Text>
            <Text size={200} className={styles.help}>
              {t('settings.import.summary', { count: imported.occurrences, time: formatInstant(imported.readAt, i18n.language) })}
            </Text>
            {imported.skipped > 0 ? (
              <Text size={200} className={styles.help}>
                {t('settings.import.skipped', { count: imported.skipped })}
              </Text>
            ) : null}
          </div>
          <Button
            icon={<DeleteRegular />}
            aria-label={t('settings.import.removeFor', { name: imported.name })}
            disabled={clear.isPending}
            onClick={() => clear.mutate(undefined)}
          >
            {t('settings.import.remove')}
          </Button>
        </div>
      ) : null}
    </div>
  );
}

function WatchPart({ status }: { status: CalendarStatus | undefined }) {
  const { t } = useTranslation('calendar');
  const styles = useStyles();
  const feedback = useFeedback('calendar');
  const inBrowser = useShellKind() === 'browser';
  const watch = useWatchCalendar();
  const [path, setPath] = useState('');
  const [kind, setKind] = useState<CalendarSource['kind']>('file');
  const [chooseError, setChooseError] = useState<unknown>();

  const start = (source: CalendarSource) =>
    watch.mutate(source, {
      onSuccess: () => {
        setPath('');
        feedback.showSuccess((tl) => tl('settings.watch.added', { path: source.path }));
      },
    });
  const choose = async (chosenKind: CalendarSource['kind']) => {
    setChooseError(undefined);
    try {
      const chosen = await api().calendar.choose({ kind: chosenKind });
      if (chosen) start({ path: chosen, kind: chosenKind });
    } catch (error) {
      setChooseError(error);
    }
  };
  const typed = path.trim();
  const error = watch.error ?? chooseError;
  const sources = status?.sources ?? [];
  return (
    <div className={styles.part}>
      <Text as="h3" id="settings-calendar-watch" size={400} weight="semibold">
        {t('settings.watch.title')}
      </Text>
      <Text as="p" className={styles.help}>
        {t('settings.watch.help')}
      </Text>
      {inBrowser ? null : (
        <div className={styles.row}>
          <Button icon={<DocumentRegular />} disabled={watch.isPending} onClick={() => void choose('file')}>
            {t('settings.watch.chooseFile')}
          </Button>
          <Button icon={<FolderRegular />} disabled={watch.isPending} onClick={() => void choose('folder')}>
            {t('settings.watch.chooseFolder')}
          </Button>
        </div>
      )}
      <div className={styles.fieldRow}>
        <Field className={styles.pathField} label={t('settings.watch.path')} hint={inBrowser ? t('settings.watch.browserOnlyPath') : t('settings.watch.pathHint')}>
          <Input
            value={path}
            onChange={(_event, data) => setPath(data.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && typed) start({ path: typed, kind });
            }}
          />
        </Field>
      </div>
      <div className={styles.fieldRow}>
        <Field label={t('settings.watch.kind')}>
          <RadioGroup layout="horizontal" value={kind} onChange={(_event, data) => setKind(data.value as CalendarSource['kind'])}>
            <Radio value="file" label={t('settings.watch.kindFile')} />
            <Radio value="folder" label={t('settings.watch.kindFolder')} />
          </RadioGroup>
        </Field>
        <Button appearance="primary" icon={<EyeRegular />} disabled={!typed || watch.isPending} onClick={() => start({ path: typed, kind })}>
          {t('settings.watch.add')}
        </Button>
      </div>
      {error ? <ErrorBar error={error} /> : null}
      {sources.length === 0 ? (
        <Text className={styles.help}>{t('settings.watch.empty')}</Text>
      ) : (
        <ul className={styles.list} aria-labelledby="settings-calendar-watch">
          {sources.map((source) => (
            <WatchedSource key={source.path} source={source} />
          ))}
        </ul>
      )}
    </div>
  );
}

/** How a watched calendar stands, in words: when it was read and how many meetings, or why it cannot be read. */
function sourceState(source: CalendarSourceStatus, t: TFunction<'calendar'>, tCommon: TFunction, language: string): string {
  if (source.state === 'ok') {
    return source.readAt ? t('settings.watch.ok', { count: source.occurrences, time: formatInstant(source.readAt, language) }) : t('settings.watch.notReadYet');
  }
  const fallback: ErrorCode = source.state === 'missing' ? 'calendarNotFound' : 'calendarUnreadable';
  const code = (errorCodes as readonly string[]).includes(source.error ?? '') ? (source.error as ErrorCode) : fallback;
  return describeError(new PlauschError(code), tCommon);
}

function WatchedSource({ source }: { source: CalendarSourceStatus }) {
  const { t, i18n } = useTranslation('calendar');
  const { t: tCommon } = useTranslation();
  const styles = useStyles();
  const feedback = useFeedback('calendar');
  const unwatch = useUnwatchCalendar();
  const failed = source.state !== 'ok';
  return (
    <li className={styles.entry} data-source-state={source.state}>
      <span className={styles.entryIcon} aria-hidden="true">
        {source.kind === 'folder' ? <FolderRegular /> : <DocumentRegular />}
      </span>
      <div className={styles.entryText}>
        <Text className={styles.path}>{source.path}</Text>
        <Text size={200} className={failed ? styles.failed : styles.help}>
          {`${t(source.kind === 'folder' ? 'settings.watch.folder' : 'settings.watch.file')} · ${sourceState(source, t, tCommon, i18n.language)}`}
        </Text>
      </div>
      <Button
        icon={<EyeOffRegular />}
        aria-label={t('settings.watch.unwatchFor', { path: source.path })}
        disabled={unwatch.isPending}
        onClick={() =>
          unwatch.mutate(
            { path: source.path },
            {
              onSuccess: () => feedback.showSuccess((tl) => tl('settings.watch.removed', { path: source.path })),
              onError: (error) => feedback.showError(error),
            },
          )
        }
      >
        {t('settings.watch.unwatch')}
      </Button>
    </li>
  );
}

function OwnAddressesPart({ settings }: { settings: Settings }) {
  const { t } = useTranslation('calendar');
  const styles = useStyles();
  const update = useUpdateSettings();
  const addresses = settings.ownEmailAddresses ?? [];
  return (
    <div className={styles.part}>
      <Text as="h3" size={400} weight="semibold">
        {t('settings.addresses.title')}
      </Text>
      <Text as="p" className={styles.help}>
        {t('settings.addresses.help')}
      </Text>
      <EntryListEditor
        entries={addresses}
        maxLength={254}
        texts={{
          label: t('settings.addresses.input'),
          placeholder: t('settings.addresses.placeholder'),
          add: t('settings.addresses.add'),
          list: t('settings.addresses.list'),
          empty: t('settings.addresses.empty'),
          remove: (address) => t('settings.addresses.remove', { address }),
        }}
        accept={(text) => {
          const parsed = parseEmail(text);
          if (!parsed) return { error: t('settings.addresses.invalid', { value: text.trim() }) };
          // Calendars write addresses in any case; the service compares them in lower case, and so does the list.
          const address = `${parsed.localPart}@${parsed.domain}`.toLowerCase();
          if (addresses.includes(address)) return { error: t('settings.addresses.duplicate', { address }) };
          return { entry: address };
        }}
        onChange={(ownEmailAddresses) => update.mutate({ ownEmailAddresses })}
      />
    </div>
  );
}
