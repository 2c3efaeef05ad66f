// "Gruß schreiben": a ready greeting for a person, by e-mail or Teams, to copy with one click. The occasion that is
// due comes preselected (a birthday this week, a favour just received); the text can be adjusted before copying.
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  Radio,
  RadioGroup,
  Select,
  Spinner,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { CheckmarkRegular, CopyRegular } from '@fluentui/react-icons';
import { useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { GreetingsView } from '../../../../shared/coach-views';
import type { GreetingChannel, GreetingOccasion } from '../../../../shared/content/greetings';
import { describeError } from '../../app/feedback';
import { visuallyHidden } from '../../components/visually-hidden';
import { copyText } from '../../components/clipboard';
import { useGreetings } from './greetings-queries';
import { useGreetingSelection, type GreetingSelection } from './greetings-selection';

const useStyles = makeStyles({
  surface: { maxWidth: '40rem', width: '100%' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM },
  grow: { flexGrow: 1, minWidth: '12rem' },
  subject: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  text: { '& textarea': { minHeight: '12rem' } },
  muted: { color: tokens.colorNeutralForeground2 },
  // "Kopiert" is on the button for the eye; the status line says it to a screen reader, and shows only a failure.
  copiedStatus: visuallyHidden,
  failedStatus: { color: tokens.colorNeutralForeground1 },
});

export interface GreetingsDialogProps {
  contactId: string;
  /** The person's name, shown in the title while the greetings load. */
  name: string;
  /** The occasion to open at; else the one that is due, else the first. */
  occasion?: GreetingOccasion;
  /** The favour to thank for, when opened from it. */
  favourId?: string;
  onClose(): void;
}

export function GreetingsDialog({ contactId, name, occasion, favourId, onClose }: GreetingsDialogProps) {
  const { t } = useTranslation('coach');
  const { t: tCommon } = useTranslation();
  const styles = useStyles();
  const greetings = useGreetings(contactId, occasion, favourId);
  const selection = useGreetingSelection(greetings.data);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const subjectRef = useRef<HTMLInputElement>(null);

  const copy = async (what: 'text' | 'subject') => {
    const ok = await copyText(
      what === 'text' ? selection.text : (selection.subject ?? ''),
      what === 'text' ? textRef.current : subjectRef.current,
    );
    selection.setCopied(ok ? what : 'failed');
  };

  // The Close button stays in place from the first moment: the dialog focuses it on opening, and a button that
  // the loaded form replaced would drop the focus to the page behind, where Escape no longer reaches the dialog.
  return (
    <Dialog open modalType="modal" onOpenChange={(_, data) => (data.open ? undefined : onClose())}>
      <DialogSurface className={styles.surface} aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>{t('greetings.title', { name: greetings.data?.name ?? name })}</DialogTitle>
          <DialogContent className={styles.content}>
            {greetings.data ? (
              <GreetingFields view={greetings.data} selection={selection} textRef={textRef} subjectRef={subjectRef} onCopySubject={() => void copy('subject')} />
            ) : greetings.error ? (
              <Text role="alert">{describeError(greetings.error, tCommon)}</Text>
            ) : (
              <Spinner size="small" label={t('greetings.loading')} />
            )}
            <Text role="status" className={selection.copied === 'failed' ? styles.failedStatus : styles.copiedStatus}>
              {selection.copied === 'failed' ? t('greetings.copyFailed') : selection.copied ? t('greetings.copied') : ''}
            </Text>
          </DialogContent>
          <DialogActions>
            <Button onClick={onClose}>{t('greetings.close')}</Button>
            {greetings.data ? (
              <Button
                appearance="primary"
                icon={selection.copied === 'text' ? <CheckmarkRegular /> : <CopyRegular />}
                disabled={!selection.greeting}
                onClick={() => void copy('text')}
              >
                {selection.copied === 'text' ? t('greetings.copied') : t('greetings.copy')}
              </Button>
            ) : null}
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

interface GreetingFieldsProps {
  view: GreetingsView;
  selection: GreetingSelection;
  textRef: RefObject<HTMLTextAreaElement | null>;
  subjectRef: RefObject<HTMLInputElement | null>;
  onCopySubject(): void;
}

function GreetingFields({ view, selection, textRef, subjectRef, onCopySubject }: GreetingFieldsProps) {
  const { t, i18n } = useTranslation('coach');
  const styles = useStyles();
  const { choice, channel, subject, text, copied, variants, shownVariant } = selection;
  return (
    <>
      <div className={styles.row}>
        <Field label={t('greetings.occasion')} className={styles.grow}>
          <Select value={choice?.occasion ?? ''} onChange={(_, data) => selection.chooseOccasion(data.value as GreetingOccasion)}>
            {view.occasions.map((o) => (
              <option key={o.occasion} value={o.occasion}>
                {o.fitsNow ? t('greetings.fitsNow', { occasion: t(`greetings.occasions.${o.occasion}`) }) : t(`greetings.occasions.${o.occasion}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('greetings.channel')}>
          <RadioGroup layout="horizontal" value={channel} onChange={(_, data) => selection.chooseChannel(data.value as GreetingChannel)}>
            <Radio value="email" label={t('greetings.channels.email')} />
            <Radio value="teams" label={t('greetings.channels.teams')} />
          </RadioGroup>
        </Field>
      </div>
      {i18n.language === 'de' ? <Text className={styles.muted}>{t(`greetings.form.${view.addressForm}`)}</Text> : null}
      {subject !== undefined ? (
        <div className={styles.subject}>
          <Field label={t('greetings.subject')} className={styles.grow}>
            <Input ref={subjectRef} value={subject} onChange={(_, data) => selection.change('subject', data.value)} />
          </Field>
          <Button icon={copied === 'subject' ? <CheckmarkRegular /> : <CopyRegular />} onClick={onCopySubject}>
            {copied === 'subject' ? t('greetings.copied') : t('greetings.copySubject')}
          </Button>
        </div>
      ) : null}
      <Field label={t('greetings.text')} className={styles.text}>
        <Textarea ref={textRef} value={text} resize="vertical" rows={9} onChange={(_, data) => selection.change('text', data.value)} />
      </Field>
      {variants > 1 ? (
        <div className={styles.row}>
          <Text className={styles.muted}>{t('greetings.variant', { number: shownVariant + 1, count: variants })}</Text>
          <Button size="small" onClick={selection.nextVariant}>
            {t('greetings.nextVariant')}
          </Button>
        </div>
      ) : null}
    </>
  );
}
