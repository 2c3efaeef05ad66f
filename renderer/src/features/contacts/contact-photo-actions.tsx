// Changing a contact's photo straight from the contact page ("Weitere Aktionen"), without opening the form. The file
// input lives outside the menu, which is gone by the time the user has picked a file.
import { useQueryClient } from '@tanstack/react-query';
import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PlauschError } from '../../../../shared/errors';
import { api } from '../../api';
import { useFeedback } from '../../app/feedback';
import { photoKeys, usePhotoIndex } from '../../components/contact-photo-queries';
import { PhotoNotReadable, photoFromFile } from './photo-scaling';

export interface ContactPhotoActions {
  hasPhoto: boolean;
  /** The hidden file input; render it once, outside the menu. */
  input: ReactNode;
  choose(): void;
  remove(): Promise<void>;
}

export function useContactPhotoActions(contactId: string, name: string): ContactPhotoActions {
  const { t } = useTranslation('contacts');
  const feedback = useFeedback('contacts');
  const queryClient = useQueryClient();
  const inputRef = useRef<HTMLInputElement>(null);
  const hasPhoto = Boolean(usePhotoIndex().data?.[contactId]);
  const refresh = () => queryClient.invalidateQueries({ queryKey: photoKeys.index });

  const save = async (file: File | undefined) => {
    if (!file) return;
    try {
      const base64 = await photoFromFile(file).catch((error: unknown) => {
        throw error instanceof PhotoNotReadable ? new PlauschError('photoUnreadable') : error;
      });
      await api().photos.set({ id: contactId, base64 });
      await refresh();
      feedback.showSuccess((t) => t('photo.savedToast', { name }));
    } catch (error) {
      feedback.showError(error);
    }
  };

  return {
    hasPhoto,
    input: (
      <input
        ref={inputRef}
        type="file"
        accept="image/*"
        hidden
        aria-label={t('photo.choose')}
        data-testid="contact-page-photo-input"
        onChange={(event) => {
          void save(event.currentTarget.files?.[0]);
          event.currentTarget.value = '';
        }}
      />
    ),
    choose: () => inputRef.current?.click(),
    async remove() {
      try {
        await api().photos.remove({ id: contactId });
        await refresh();
        feedback.showSuccess((t) => t('photo.removedToast', { name }));
      } catch (error) {
        feedback.showError(error);
      }
    },
  };
}
