// The dialog that logs or edits an encounter, reachable from every screen through `useInteractionDialog().open()`.
// Made for logging in seconds, and it fits a 1280×720 window without scrolling: people first, the kind of encounter
// and the date as chips, the follow-up as presets. Keyboard first: with a person preset the cursor starts in the note,
// Alt+1 … Alt+0 pick the kind from anywhere, Ctrl/Cmd+Enter saves (plain Enter stays a new line in the note).
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
  Select,
  Spinner,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useQueryClient } from '@tanstack/react-query';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import { isoDateAt } from '../../../../shared/dates';
import { PlauschError, errorDataOf } from '../../../../shared/errors';
import {
  isoDateSchema,
  timesOfDay,
  type InteractionInput,
  type InteractionType,
  type TimeOfDay,
} from '../../../../shared/model';
import { api, queryKeys } from '../../api';
import { useFeedback } from '../../app/feedback';
import { useContactList } from '../contacts/contact-queries';
import { ListInput, listDraftAttribute, mergeDraft } from '../contacts/list-input';
import { ContactInViewContext, focusedContactId } from './contact-in-focus';
import { EncounterDateField, FollowUpField } from './encounter-date-fields';
import { dateChoiceOf, followUpChoiceOf, type DateChoice, type FollowUpChoice } from './encounter-dates';
import { InteractionTypeChips, typeOfShortcut } from './interaction-types';
import { loadInteraction } from './interaction-queries';
import { PeoplePicker } from './people-picker';
import { useRememberedType } from './remembered-type';

export interface InteractionDialogOptions {
  /** People to preselect when logging a new encounter. */
  contactIds?: string[];
  /** Edit this encounter instead of logging a new one. */
  interactionId?: string;
}

interface InteractionDialog {
  /**
   * Opens the dialog. Without options it is about the contact in focus (a focused list row, an open contact page),
   * if there is one.
   */
  open(options?: InteractionDialogOptions): void;
}

const InteractionDialogContext = createContext<InteractionDialog | null>(null);

interface DraftState {
  contactIds: string[];
  /** Unset until the user picks one: the remembered kind applies meanwhile, even if it loads after the dialog. */
  type?: InteractionType;
  date: string;
  dateChoice: DateChoice;
  timeOfDay: TimeOfDay | '';
  place: string;
  topics: string[];
  note: string;
  followUpOn: string;
  followUpChoice: FollowUpChoice;
  followUpDone: boolean;
}

type DraftErrors = Partial<Record<'contactIds' | 'date' | 'followUpOn', string>>;

function newDraft(contactIds: string[], today: string): DraftState {
  return {
    contactIds,
    date: today,
    dateChoice: 'today',
    timeOfDay: '',
    place: '',
    topics: [],
    note: '',
    followUpOn: '',
    followUpChoice: 'none',
    followUpDone: false,
  };
}

const useStyles = makeStyles({
  // Wide enough for the ten kinds to wrap into two rows, in German as in English.
  surface: { width: '100%', maxWidth: '52rem' },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-start',
    columnGap: tokens.spacingHorizontalXL,
    rowGap: tokens.spacingVerticalS,
  },
  columns: { display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', columnGap: tokens.spacingHorizontalL, alignItems: 'start' },
  hint: { color: tokens.colorNeutralForeground3, marginRight: 'auto', alignSelf: 'center' },
});

/** The people a dialog opened without any is about: the focused row's contact, else the open contact page's. */
function withContactInFocus(options: InteractionDialogOptions, contactInView: string | undefined): InteractionDialogOptions {
  if (options.interactionId || options.contactIds) return options;
  const contactId = focusedContactId() ?? contactInView;
  return contactId ? { ...options, contactIds: [contactId] } : options;
}

export function InteractionDialogProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<{ key: number; options: InteractionDialogOptions } | null>(null);
  const contactInView = useRef<string | undefined>(undefined);
  const open = useCallback(
    (options: InteractionDialogOptions = {}) =>
      setSession((previous) => ({
        key: (previous?.key ?? 0) + 1,
        options: withContactInFocus(options, contactInView.current),
      })),
    [],
  );
  const close = useCallback(() => setSession(null), []);
  const value = useMemo(() => ({ open }), [open]);
  return (
    <InteractionDialogContext.Provider value={value}>
      <ContactInViewContext.Provider value={contactInView}>
        {children}
        {session ? (
          <InteractionDialogView key={session.key} options={session.options} onClose={close} />
        ) : null}
      </ContactInViewContext.Provider>
    </InteractionDialogContext.Provider>
  );
}

export function useInteractionDialog(): InteractionDialog {
  const dialog = useContext(InteractionDialogContext);
  if (!dialog) throw new Error('useInteractionDialog outside InteractionDialogProvider');
  return dialog;
}

function InteractionDialogView({ options, onClose }: { options: InteractionDialogOptions; onClose(): void }) {
  const styles = useStyles();
  const { t } = useTranslation('journal');
  const feedback = useFeedback('journal');
  const queryClient = useQueryClient();
  const contacts = useContactList(true);
  const { rememberedType, rememberType } = useRememberedType();
  const editing = options.interactionId;
  // Read once: a dialog left open over midnight keeps the day it was opened on.
  const [today] = useState(() => isoDateAt(new Date()));
  const [draft, setDraft] = useState<DraftState | null>(() => (editing ? null : newDraft(options.contactIds ?? [], today)));
  const [errors, setErrors] = useState<DraftErrors>({});
  const [saving, setSaving] = useState(false);
  const peopleInputRef = useRef<HTMLInputElement>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (!editing) return;
    let current = true;
    loadInteraction(queryClient, editing)
      .then((interaction) => {
        if (!current) return;
        if (!interaction) throw new PlauschError('notFound', { id: editing });
        const followUpOn = interaction.followUpOn ?? '';
        setDraft({
          contactIds: [...interaction.contactIds],
          type: interaction.type,
          date: interaction.date,
          dateChoice: dateChoiceOf(interaction.date, today),
          timeOfDay: interaction.timeOfDay ?? '',
          place: interaction.place,
          topics: [...interaction.topics],
          note: interaction.note,
          followUpOn,
          followUpChoice: followUpChoiceOf(followUpOn),
          followUpDone: interaction.followUpDone,
        });
      })
      .catch((error: unknown) => {
        if (!current) return;
        feedback.showError(error);
        onClose();
      });
    return () => {
      current = false;
    };
  }, [editing, queryClient, feedback, onClose, today]);

  // With the people known already (logged from a contact), what is left to say goes into the note.
  const startInNote = !editing && (options.contactIds?.length ?? 0) > 0;
  const loaded = draft !== null;
  useEffect(() => {
    if (loaded) (startInNote ? noteRef : peopleInputRef).current?.focus();
  }, [loaded, startInNote]);

  const update = (patch: Partial<DraftState>) => setDraft((previous) => (previous ? { ...previous, ...patch } : previous));
  const typeOf = (state: DraftState) => state.type ?? rememberedType;

  const save = async (state: DraftState) => {
    const found: DraftErrors = {};
    if (state.contactIds.length === 0) found.contactIds = t('dialog.peopleRequired');
    if (!isoDateSchema.safeParse(state.date).success) found.date = t('dialog.dateRequired');
    if (state.followUpOn && !isoDateSchema.safeParse(state.followUpOn).success) {
      found.followUpOn = t('dialog.followUpInvalid');
    }
    setErrors(found);
    if (Object.keys(found).length > 0) return;

    const type = typeOf(state);
    const input: InteractionInput = {
      contactIds: state.contactIds,
      type,
      date: state.date,
      ...(state.timeOfDay ? { timeOfDay: state.timeOfDay } : {}),
      place: state.place.trim(),
      topics: state.topics,
      note: state.note,
      ...(state.followUpOn ? { followUpOn: state.followUpOn } : {}),
      followUpDone: state.followUpOn ? state.followUpDone : false,
    };
    setSaving(true);
    try {
      if (editing) await api().interactions.update({ id: editing, interaction: input });
      else await api().interactions.create(input);
      // Only what is logged anew: correcting an old entry says nothing about the next one.
      if (!editing) rememberType(type);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.interactions }),
        queryClient.invalidateQueries({ queryKey: queryKeys.contacts }),
      ]);
      feedback.showSuccess((t) => t(editing ? 'dialog.updatedToast' : 'dialog.savedToast'));
      onClose();
    } catch (error) {
      const issues = errorDataOf(error)?.details?.issues ?? [];
      const onPeople = issues.some((issue) => issue.path.includes('contactIds'));
      if (onPeople) setErrors({ contactIds: t('dialog.peopleRequired') });
      feedback.showError(error);
    } finally {
      setSaving(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (!draft) return;
    const pickedType = typeOfShortcut(event);
    if (pickedType) {
      event.preventDefault();
      update({ type: pickedType });
      return;
    }
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
    event.preventDefault();
    const target = event.target as HTMLElement;
    const pendingTopics = target.getAttribute(listDraftAttribute) === 'topics' ? (target as HTMLInputElement).value : '';
    void save({ ...draft, topics: mergeDraft(draft.topics, pendingTopics) });
  };

  return (
    <Dialog open onOpenChange={(_event, data) => (data.open ? undefined : onClose())}>
      <DialogSurface className={styles.surface} onKeyDown={onKeyDown}>
        <DialogBody>
          <DialogTitle>{t(editing ? 'dialog.titleEdit' : 'dialog.titleNew')}</DialogTitle>
          <DialogContent>
            {draft ? (
              <form
                id="interaction-form"
                className={styles.form}
                noValidate
                onSubmit={(event) => {
                  event.preventDefault();
                  void save(draft);
                }}
              >
                <PeoplePicker
                  inputRef={peopleInputRef}
                  contacts={contacts.data ?? []}
                  selectedIds={draft.contactIds}
                  onChange={(contactIds) => update({ contactIds })}
                  error={errors.contactIds}
                />
                <Field label={t('dialog.type')}>
                  {(fieldProps) => (
                    <InteractionTypeChips {...fieldProps} value={typeOf(draft)} onChange={(type) => update({ type })} />
                  )}
                </Field>
                <div className={styles.row}>
                  <EncounterDateField
                    date={draft.date}
                    choice={draft.dateChoice}
                    today={today}
                    error={errors.date}
                    onChange={(date, dateChoice) => update({ date, dateChoice })}
                  />
                  <Field label={t('dialog.timeOfDay')}>
                    <Select
                      value={draft.timeOfDay}
                      onChange={(_event, data) => update({ timeOfDay: data.value as TimeOfDay | '' })}
                    >
                      <option value="">{t('dialog.timeOfDayUnknown')}</option>
                      {timesOfDay.map((time) => (
                        <option key={time} value={time}>
                          {t(`timesOfDay.${time}`)}
                        </option>
                      ))}
                    </Select>
                  </Field>
                </div>
                <div className={styles.columns}>
                  <Field label={t('dialog.place')}>
                    <Input
                      value={draft.place}
                      placeholder={t('dialog.placePlaceholder')}
                      onChange={(_event, data) => update({ place: data.value })}
                    />
                  </Field>
                  <ListInput
                    name="topics"
                    label={t('dialog.topics')}
                    hint={t('dialog.topicsHint')}
                    values={draft.topics}
                    onChange={(topics) => update({ topics })}
                  />
                </div>
                <Field label={t('dialog.note')}>
                  <Textarea
                    ref={noteRef}
                    value={draft.note}
                    rows={3}
                    resize="vertical"
                    placeholder={t('dialog.notePlaceholder')}
                    onChange={(_event, data) => update({ note: data.value })}
                  />
                </Field>
                <div className={styles.row}>
                  <FollowUpField
                    followUpOn={draft.followUpOn}
                    choice={draft.followUpChoice}
                    today={today}
                    error={errors.followUpOn}
                    onChange={(followUpOn, followUpChoice) => update({ followUpOn, followUpChoice })}
                    done={draft.followUpDone}
                    onDoneChange={(followUpDone) => update({ followUpDone })}
                  />
                </div>
              </form>
            ) : (
              <Spinner label={t('dialog.loading')} />
            )}
          </DialogContent>
          <DialogActions fluid>
            <Text size={200} className={styles.hint}>
              {t('dialog.shortcutHint')}
            </Text>
            <Button appearance="secondary" onClick={onClose}>
              {t('dialog.cancel')}
            </Button>
            <Button appearance="primary" type="submit" form="interaction-form" disabled={!draft || saving}>
              {t('dialog.save')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
