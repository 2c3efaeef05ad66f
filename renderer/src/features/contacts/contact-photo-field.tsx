// The photo on the contact form: choose a picture (cropped and scaled here, see photo-scaling.ts), or remove the
// photo. Like every other field, the choice is kept when the form is saved and forgotten when it is cancelled.
import { Avatar, Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { DeleteRegular, ImageAddRegular } from '@fluentui/react-icons';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { usePhotoUrl } from '../../components/contact-photo-queries';
import { photoFromFile } from './photo-scaling';

export type PhotoChoice = { kind: 'keep' } | { kind: 'set'; base64: string } | { kind: 'remove' };

const useStyles = makeStyles({
  group: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalL, flexWrap: 'wrap' },
  text: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0, flex: '1 1 240px' },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  hint: { color: tokens.colorNeutralForeground2 },
  error: { color: tokens.colorPaletteRedForeground1 },
});

/** Applies the form's photo choice to the saved contact; nothing happens when the photo was left as it was. */
export async function applyPhotoChoice(contactId: string, choice: PhotoChoice): Promise<void> {
  if (choice.kind === 'set') await api().photos.set({ id: contactId, base64: choice.base64 });
  else if (choice.kind === 'remove') await api().photos.remove({ id: contactId });
}

export function ContactPhotoField({
  name,
  contactId,
  choice,
  onChoice,
}: {
  name: string;
  contactId?: string | undefined;
  choice: PhotoChoice;
  onChoice(choice: PhotoChoice): void;
}) {
  const styles = useStyles();
  const { t } = useTranslation('contacts');
  const inputRef = useRef<HTMLInputElement>(null);
  const labelId = useId();
  const [unreadable, setUnreadable] = useState(false);
  const stored = usePhotoUrl(contactId);
  const shown = choice.kind === 'set' ? `data:image/jpeg;base64,${choice.base64}` : choice.kind === 'keep' ? stored : undefined;

  const pick = async (file: File | undefined) => {
    if (!file) return;
    try {
      onChoice({ kind: 'set', base64: await photoFromFile(file) });
      setUnreadable(false);
    } catch {
      setUnreadable(true);
    }
  };

  return (
    <div role="group" aria-labelledby={labelId} className={styles.group} data-testid="contact-photo-field">
      <Avatar
        aria-hidden="true"
        name={name}
        color="colorful"
        size={72}
        {...(shown ? { image: { src: shown, alt: '' } } : {})}
        data-photo={shown ? 'shown' : undefined}
      />
      <div className={styles.text}>
        <Text id={labelId} weight="semibold">
          {t('photo.label')}
        </Text>
        <div className={styles.buttons}>
          <Button icon={<ImageAddRegular />} onClick={() => inputRef.current?.click()}>
            {shown ? t('photo.change') : t('photo.choose')}
          </Button>
          {shown ? (
            <Button icon={<DeleteRegular />} appearance="subtle" onClick={() => onChoice({ kind: 'remove' })}>
              {t('photo.remove')}
            </Button>
          ) : null}
        </div>
        <Text size={200} className={unreadable ? styles.error : styles.hint} role={unreadable ? 'alert' : undefined}>
          {unreadable
            ? t('photo.unreadable')
            : choice.kind === 'set'
              ? t('photo.pendingSet')
              : choice.kind === 'remove' && stored
                ? t('photo.pendingRemove')
                : t('photo.hint')}
        </Text>
        <input
          ref={inputRef}
          type="file"
          accept="image/*"
          hidden
          aria-label={t('photo.choose')}
          onChange={(event) => {
            void pick(event.currentTarget.files?.[0]);
            event.currentTarget.value = '';
          }}
        />
      </div>
    </div>
  );
}
