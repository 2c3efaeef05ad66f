// One place for the small messages a user gets after acting: a confirmation with "Undo", or an error in words.
import {
  Link,
  Toast,
  ToastBody,
  ToastTitle,
  ToastTrigger,
  Toaster,
  useId,
  useToastController,
} from '@fluentui/react-components';
import { useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { errorDataOf } from '../../../shared/errors';
import { api } from '../api';
import { storageProblemParts } from './storage-problem-text';

interface Feedback {
  /** A confirmation whose "Undo" reverts the change behind `undoToken`. */
  showUndo(message: string, undoToken: string): void;
  showSuccess(message: string): void;
  showError(error: unknown): void;
}

const FeedbackContext = createContext<Feedback | null>(null);

/** Turns anything thrown into a sentence in the user's language. */
export function describeError(error: unknown, t: TFunction): string {
  const data = errorDataOf(error);
  if (data) {
    if (data.code === 'storageFailed' && data.details?.problem) {
      return t('storageProblems.notSaved', storageProblemParts(t, data.details.problem));
    }
    const fields = data.details?.issues?.map((issue) => issue.path).filter(Boolean) ?? [];
    const sentence = t(`errors.${data.code}`);
    return fields.length > 0 ? `${sentence} (${fields.join(', ')})` : sentence;
  }
  return t('errors.internal');
}

export function FeedbackProvider({ children }: { children: ReactNode }) {
  const toasterId = useId('feedback');
  const { dispatchToast } = useToastController(toasterId);
  const { t } = useTranslation();
  const queryClient = useQueryClient();

  const feedback = useMemo<Feedback>(() => {
    const showError = (error: unknown) =>
      dispatchToast(
        <Toast>
          <ToastTitle>{describeError(error, t)}</ToastTitle>
        </Toast>,
        { intent: 'error', timeout: 8000 },
      );
    return {
      showError,
      showSuccess: (message) =>
        dispatchToast(
          <Toast>
            <ToastTitle>{message}</ToastTitle>
          </Toast>,
          { intent: 'success' },
        ),
      showUndo: (message, undoToken) =>
        dispatchToast(
          <Toast>
            <ToastTitle
              action={
                <ToastTrigger>
                  <Link
                    onClick={() =>
                      api()
                        .undo.apply({ undoToken })
                        .then(() => queryClient.invalidateQueries())
                        .catch(showError)
                    }
                  >
                    {t('actions.undo')}
                  </Link>
                </ToastTrigger>
              }
            >
              {message}
            </ToastTitle>
            <ToastBody>{t('feedback.undoHint')}</ToastBody>
          </Toast>,
          { intent: 'success', timeout: 10_000 },
        ),
    };
  }, [dispatchToast, t, queryClient]);

  return (
    <FeedbackContext.Provider value={feedback}>
      {children}
      <Toaster toasterId={toasterId} position="bottom-end" pauseOnHover pauseOnWindowBlur />
    </FeedbackContext.Provider>
  );
}

export function useFeedback(): Feedback {
  const feedback = useContext(FeedbackContext);
  if (!feedback) throw new Error('useFeedback outside FeedbackProvider');
  return feedback;
}
