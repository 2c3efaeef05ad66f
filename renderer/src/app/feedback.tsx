// One place for the small messages a user gets after acting: a confirmation with "Undo", or an error in words.
// A toast stays open for seconds, long enough for the language to be switched under it: so it keeps what to say (a
// function that translates, or the error itself) and puts it into words each time it renders, never a finished string.
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
import type { Namespace, TFunction } from 'i18next';
import { errorDataOf } from '../../../shared/errors';
import { api } from '../api';
import { storageProblemParts } from './storage-problem-text';

const DEFAULT_NAMESPACE = 'common';

/**
 * A message put into words when it is shown, e.g. `(t) => t('reminders.snoozed')`. It gets a `t` in the language of
 * the moment and the namespace given to `useFeedback`, so the toast follows a switch of language while it is open.
 * (The `t` of the caller's own `useTranslation` would not: it is fixed to the language it was made in.)
 */
export type FeedbackText<N extends Namespace = typeof DEFAULT_NAMESPACE> = (t: TFunction<N>) => string;


interface Feedback<N extends Namespace> {
  /** A confirmation whose "Undo" reverts the change behind `undoToken`. */
  showUndo(message: FeedbackText<N>, undoToken: string): void;
  /** A confirmation whose "Undo" runs `revert`: for a change the main process reverts by a call of its own. */
  showRevertible(message: FeedbackText<N>, revert: () => Promise<unknown>): void;
  showSuccess(message: FeedbackText<N>): void;
  showError(error: unknown): void;
}

/** What the toaster is handed: the words to make, and the namespace to make them in. */
interface Message {
  text: FeedbackText<Namespace>;
  namespace: Namespace;
}

interface Toasts {
  showUndo(message: Message, undoToken: string): void;
  showRevertible(message: Message, revert: () => Promise<unknown>): void;
  showSuccess(message: Message): void;
  showError(error: unknown): void;
}

const FeedbackContext = createContext<Toasts | null>(null);

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

/** Subscribes to the language, so the words are put together again after a switch. */
function Words({ message }: { message: Message }) {
  const { t } = useTranslation(message.namespace);
  return <>{message.text(t)}</>;
}

function ErrorToast({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return (
    <Toast>
      <ToastTitle>{describeError(error, t)}</ToastTitle>
    </Toast>
  );
}

function SuccessToast({ message }: { message: Message }) {
  return (
    <Toast>
      <ToastTitle>
        <Words message={message} />
      </ToastTitle>
    </Toast>
  );
}

function UndoToast({ message, onUndo }: { message: Message; onUndo(): void }) {
  const { t } = useTranslation();
  return (
    <Toast>
      <ToastTitle
        action={
          <ToastTrigger>
            <Link onClick={onUndo}>{t('actions.undo')}</Link>
          </ToastTrigger>
        }
      >
        <Words message={message} />
      </ToastTitle>
      <ToastBody>{t('feedback.undoHint')}</ToastBody>
    </Toast>
  );
}

export function FeedbackProvider({ children }: { children: ReactNode }) {
  const toasterId = useId('feedback');
  const { dispatchToast } = useToastController(toasterId);
  const queryClient = useQueryClient();

  const toasts = useMemo<Toasts>(() => {
    const showError = (error: unknown) => dispatchToast(<ErrorToast error={error} />, { intent: 'error', timeout: 8000 });
    const showRevertible = (message: Message, revert: () => Promise<unknown>) => {
      const undo = () =>
        void revert()
          .then(() => queryClient.invalidateQueries())
          .catch(showError);
      dispatchToast(<UndoToast message={message} onUndo={undo} />, { intent: 'success', timeout: 10_000 });
    };
    return {
      showError,
      showSuccess: (message) => dispatchToast(<SuccessToast message={message} />, { intent: 'success' }),
      showRevertible,
      showUndo: (message, undoToken) => showRevertible(message, () => api().undo.apply({ undoToken })),
    };
  }, [dispatchToast, queryClient]);

  return (
    <FeedbackContext.Provider value={toasts}>
      {children}
      <Toaster toasterId={toasterId} position="bottom-end" pauseOnHover pauseOnWindowBlur />
    </FeedbackContext.Provider>
  );
}

/** The toasts, with messages worded in `namespace` (common unless given); keys of another are written `ns:key`. */
export function useFeedback<N extends Namespace = typeof DEFAULT_NAMESPACE>(namespace?: N): Feedback<N> {
  const toasts = useContext(FeedbackContext);
  if (!toasts) throw new Error('useFeedback outside FeedbackProvider');
  const ns: Namespace = namespace ?? DEFAULT_NAMESPACE;
  return useMemo<Feedback<N>>(() => {
    const message = (text: FeedbackText<N>): Message => ({ text: text as FeedbackText<Namespace>, namespace: ns });
    return {
      showError: toasts.showError,
      showSuccess: (text) => toasts.showSuccess(message(text)),
      showUndo: (text, undoToken) => toasts.showUndo(message(text), undoToken),
      showRevertible: (text, revert) => toasts.showRevertible(message(text), revert),
    };
  }, [toasts, ns]);
}
