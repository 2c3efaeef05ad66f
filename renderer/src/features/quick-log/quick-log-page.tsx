// The tray's quick-log window: one line such as "Kaffee mit Anna aus Finance: Urlaub in Lissabon" becomes an entry
// in the journal. As the user types, the main process reads the line and the window shows whom it recognised (new
// names marked), the type and the note. Enter saves; a new name needs a second Enter, so nobody is created by a typo.
// Besides the text, a whole entry takes at most three keys: Tab to change the type, Enter, Enter for a new name.
import {
  Badge,
  Button,
  Input,
  Menu,
  MenuItemRadio,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
  useId,
} from '@fluentui/react-components';
import { ArrowUndoRegular, CheckmarkCircleRegular, PersonAddRegular, PersonRegular } from '@fluentui/react-icons';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { displayName, interactionTypes, type InteractionType } from '../../../../shared/model';
import type { QuickLogDraft } from '../../../../shared/views';
import { api } from '../../api';
import { useDesktopActions } from '../../app/desktop';
import { describeError } from '../../app/feedback';
import { interactionTypeIcons } from '../journal/interaction-types';
import { visuallyHidden } from '../../components/visually-hidden';

/** How long the confirmation (and its Undo) stays before the window hides itself. */
export const RECEIPT_MS = 4000;

const useStyles = makeStyles({
  root: {
    boxSizing: 'border-box',
    minHeight: '100vh',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  // In a browser tab the small window becomes a card of its size near the top, not a line across the screen.
  inBrowser: {
    minHeight: '12rem',
    maxWidth: '44rem',
    marginInline: 'auto',
    marginBlockStart: '12vh',
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow16,
  },
  title: visuallyHidden,
  line: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  input: { flexGrow: 1 },
  preview: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    minHeight: '28px',
  },
  label: { color: tokens.colorNeutralForeground3 },
  note: { color: tokens.colorNeutralForeground2, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', maxWidth: '100%' },
  message: { color: tokens.colorPaletteMarigoldForeground2 },
  receipt: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, color: tokens.colorPaletteGreenForeground1 },
  hint: { marginBlockStart: 'auto', color: tokens.colorNeutralForeground3, display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  key: {
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase100,
    paddingInline: tokens.spacingHorizontalXS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorNeutralBackground3,
    marginInlineEnd: tokens.spacingHorizontalXXS,
  },
});

const parseKey = (text: string) => ['quickLog', 'parse', text] as const;

function unknownKey(draft: QuickLogDraft): string {
  return draft.unknownNames.map((unknown) => unknown.text).join('|');
}

function nextType(current: InteractionType, step: 1 | -1): InteractionType {
  const index = interactionTypes.indexOf(current);
  return interactionTypes[(index + step + interactionTypes.length) % interactionTypes.length] as InteractionType;
}

type Message = { kind: 'needsPerson' } | { kind: 'undone' } | { kind: 'error'; text: string };

/** What was saved, put into words when shown, so the receipt follows a switch of language. */
interface Receipt {
  undoToken: string;
  text: string;
  type: InteractionType;
  names: string[];
}

export function QuickLogPage() {
  const styles = useStyles();
  const { t } = useTranslation('quickLog');
  const { t: tJournal } = useTranslation('journal');
  const { t: tCommon } = useTranslation();
  const queryClient = useQueryClient();
  const desktop = useDesktopActions();
  const inputRef = useRef<HTMLInputElement>(null);
  const hideTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const [text, setText] = useState('');
  const [pickedType, setPickedType] = useState<InteractionType>();
  const [confirmedNew, setConfirmedNew] = useState<string>();
  const [message, setMessage] = useState<Message>();
  const [receipt, setReceipt] = useState<Receipt>();
  const [saving, setSaving] = useState(false);
  const previewId = useId('preview');
  const hintId = useId('hint');

  const trimmed = text.trim();
  const draft = useQuery({
    queryKey: parseKey(text),
    queryFn: () => api().quickLog.parse({ text }),
    enabled: trimmed !== '',
    // Keeps the last reading on screen while the next keystroke is read, so the preview does not flicker.
    placeholderData: keepPreviousData,
  });
  const current = trimmed === '' ? undefined : draft.data;
  const type = pickedType ?? current?.type ?? 'smallTalk';
  const TypeIcon = interactionTypeIcons[type];
  const awaitingConfirmation = current !== undefined && current.unknownNames.length > 0 && confirmedNew === unknownKey(current);

  const stopHideTimer = () => clearTimeout(hideTimer.current);
  useEffect(() => stopHideTimer, []);

  // The window is created hidden and shown again and again: wherever focus was, typing goes to the field.
  useEffect(() => {
    const focusField = () => inputRef.current?.focus();
    focusField();
    window.addEventListener('focus', focusField);
    return () => window.removeEventListener('focus', focusField);
  }, []);

  const hide = () => {
    stopHideTimer();
    setText('');
    setPickedType(undefined);
    setConfirmedNew(undefined);
    setMessage(undefined);
    setReceipt(undefined);
    void desktop.hideQuickLog();
  };

  const changeText = (value: string) => {
    setText(value);
    setMessage(undefined);
    if (receipt) {
      // A new entry begun: the last one is settled, and the window stays open for this one.
      stopHideTimer();
      setReceipt(undefined);
    }
  };

  const submit = async () => {
    if (trimmed === '' || saving) return;
    const read = await queryClient.ensureQueryData({ queryKey: parseKey(text), queryFn: () => api().quickLog.parse({ text }) });
    if (read.contactIds.length === 0 && read.unknownNames.length === 0) {
      setMessage({ kind: 'needsPerson' });
      return;
    }
    if (read.unknownNames.length > 0 && confirmedNew !== unknownKey(read)) {
      setConfirmedNew(unknownKey(read));
      return;
    }
    setSaving(true);
    try {
      const saved = await api().quickLog.save({
        text,
        createUnknown: read.unknownNames.length > 0,
        ...(pickedType ? { type: pickedType } : {}),
      });
      const names = [
        ...saved.interaction.contactIds.flatMap((id) => read.names[id] ?? []),
        ...saved.createdContacts.map(displayName),
      ];
      setReceipt({
        undoToken: saved.undoToken,
        text,
        type: saved.interaction.type,
        names,
      });
      setText('');
      setPickedType(undefined);
      setConfirmedNew(undefined);
      setMessage(undefined);
      stopHideTimer();
      // The desktop window hides itself after a moment; a browser tab stays on the page until the user leaves it.
      if (!desktop.inBrowser) hideTimer.current = setTimeout(hide, RECEIPT_MS);
    } catch (error) {
      setMessage({ kind: 'error', text: describeError(error, tCommon) });
    } finally {
      setSaving(false);
    }
  };

  /**
   * The next type from the one shown for this very text: a key pressed while the line is still being read waits for
   * the reading, rather than stepping on from the type of the text before.
   */
  const changeType = async (step: 1 | -1) => {
    const readingIsCurrent = trimmed === '' || (draft.data !== undefined && !draft.isPlaceholderData);
    if (pickedType || readingIsCurrent) {
      setPickedType(nextType(type, step));
      return;
    }
    const read = await queryClient.ensureQueryData({ queryKey: parseKey(text), queryFn: () => api().quickLog.parse({ text }) });
    setPickedType((picked) => nextType(picked ?? read.type, step));
  };

  const undo = async () => {
    if (!receipt) return;
    stopHideTimer();
    try {
      await api().undo.apply({ undoToken: receipt.undoToken });
      setText(receipt.text);
      setReceipt(undefined);
      setMessage({ kind: 'undone' });
      inputRef.current?.focus();
    } catch (error) {
      setMessage({ kind: 'error', text: describeError(error, tCommon) });
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void submit();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      hide();
    } else if (event.key === 'Tab' || event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      // One key changes the type; the window has nothing else to move to, and Esc always leaves.
      event.preventDefault();
      void changeType(event.key === 'ArrowUp' || (event.key === 'Tab' && event.shiftKey) ? -1 : 1);
      // Fluent's focus manager (Tabster) moves focus on Tab by itself; the caret belongs back in the line.
      if (event.key === 'Tab') requestAnimationFrame(() => inputRef.current?.focus());
    } else if (event.key.toLowerCase() === 'z' && (event.ctrlKey || event.metaKey) && text === '' && receipt) {
      event.preventDefault();
      void undo();
    }
  };

  const notice = awaitingConfirmation
    ? t('confirmNew', {
        count: current.unknownNames.length,
        names: current.unknownNames.map((unknown) => unknown.text).join(', '),
      })
    : message?.kind === 'needsPerson'
      ? t('needsPerson')
      : message?.kind === 'undone'
        ? t('undone')
        : message?.kind === 'error'
          ? message.text
          : undefined;

  return (
    <main className={mergeClasses(styles.root, desktop.inBrowser && styles.inBrowser)} aria-labelledby="quick-log-title">
      <h1 id="quick-log-title" className={styles.title}>
        {t('title')}
      </h1>
      <div className={styles.line}>
        <Menu
          checkedValues={{ type: [type] }}
          onCheckedValueChange={(_event, data) => {
            setPickedType(data.checkedItems[0] as InteractionType);
            inputRef.current?.focus();
          }}
        >
          <MenuTrigger disableButtonEnhancement>
            <Button
              size="large"
              appearance="subtle"
              icon={<TypeIcon />}
              tabIndex={-1}
              aria-label={t('chooseType')}
              title={t('chooseType')}
            />
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              {interactionTypes.map((option) => {
                const Icon = interactionTypeIcons[option];
                return (
                  <MenuItemRadio key={option} name="type" value={option} icon={<Icon />}>
                    {tJournal(`types.${option}`)}
                  </MenuItemRadio>
                );
              })}
            </MenuList>
          </MenuPopover>
        </Menu>
        <Input
          ref={inputRef}
          className={styles.input}
          size="large"
          appearance="underline"
          value={text}
          placeholder={t('placeholder')}
          aria-label={t('label')}
          aria-describedby={`${previewId} ${hintId}`}
          onChange={(_event, data) => changeText(data.value)}
          onKeyDown={onKeyDown}
        />
      </div>

      <div id={previewId} className={styles.preview} aria-live="polite" aria-label={t('preview')} role="status">
        {receipt ? (
          <span className={styles.receipt}>
            <CheckmarkCircleRegular aria-hidden="true" />
            <Text weight="semibold">{t('saved', { type: tJournal(`types.${receipt.type}`), names: receipt.names.join(', ') })}</Text>
            <Button size="small" icon={<ArrowUndoRegular />} onClick={() => void undo()}>
              {t('undo')}
            </Button>
          </span>
        ) : (
          <>
            <Badge appearance="tint" color="brand" icon={<TypeIcon />}>
              {t(pickedType || current?.typeFound ? 'type' : 'typeGuessed', { type: tJournal(`types.${type}`) })}
            </Badge>
            {current ? <Preview draft={current} /> : null}
          </>
        )}
      </div>

      {notice ? (
        <Text role="alert" className={styles.message} weight="semibold">
          {notice}
        </Text>
      ) : null}

      <Text id={hintId} size={200} className={styles.hint}>
        <span>
          <kbd className={styles.key}>{t('keys.enter')}</kbd>
          {t('keys.save')}
        </span>
        <span>
          <kbd className={styles.key}>{t('keys.tab')}</kbd>
          {t('keys.changeType')}
        </span>
        <span>
          <kbd className={styles.key}>{t('keys.esc')}</kbd>
          {t('keys.close')}
        </span>
        {receipt ? (
          <span>
            <kbd className={styles.key}>{t('keys.undoKeys')}</kbd>
            {t('keys.undo')}
          </span>
        ) : null}
      </Text>
    </main>
  );
}

function Preview({ draft }: { draft: QuickLogDraft }) {
  const styles = useStyles();
  const { t } = useTranslation('quickLog');
  const known = draft.contactIds.map((id) => draft.names[id]).filter((name): name is string => name !== undefined);
  return (
    <>
      <Text size={200} className={styles.label}>
        {t('who')}
      </Text>
      {known.length === 0 && draft.unknownNames.length === 0 ? <Text size={200}>{t('nobody')}</Text> : null}
      {known.map((name) => (
        <Badge key={name} appearance="outline" color="informative" icon={<PersonRegular />}>
          {name}
        </Badge>
      ))}
      {draft.unknownNames.map((unknown) => (
        <Badge
          key={unknown.text}
          appearance="tint"
          color="warning"
          icon={<PersonAddRegular />}
        >
          {`${unknown.text} · ${t('new')}`}
        </Badge>
      ))}
      {draft.note ? (
        <Text size={200} className={styles.note}>
          {`${t('note')}: ${draft.note}`}
        </Text>
      ) : null}
    </>
  );
}
