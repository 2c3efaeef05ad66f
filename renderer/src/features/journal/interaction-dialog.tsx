// The dialog that logs or edits an encounter, reachable from every screen through `useInteractionDialog().open()`.
// Keyboard first: focus starts in the people picker, Ctrl/Cmd+Enter saves from anywhere in the dialog.
import {
  Button,
  Checkbox,
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
  interactionTypes,
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
import { interactionTypeIcons } from './interaction-types';
import { loadInteraction } from './interaction-queries';
import { PeoplePicker } from './people-picker';
import { DateField } from '../../components/date-time-fields';

export interface InteractionDialogOptions {
  /** People to preselect when logging a new encounter. */
  contactIds?: string[];
  /** Edit this encounter instead of logging a new one. */
  interactionId?: string;
}

interface InteractionDialog {
  open(options?: InteractionDialogOptions): void;
}

const InteractionDialogContext = createContext<InteractionDialog | null>(null);

interface DraftState {
  contactIds: string[];
  type: InteractionType;
  date: string;
  timeOfDay: TimeOfDay | '';
  place: string;
  topics: string[];
  note: string;
  followUpOn: string;
  followUpDone: boolean;
}

type DraftErrors = Partial<Record<'contactIds' | 'date' | 'followUpOn', string>>;

function newDraft(contactIds: string[]): DraftState {
  return {
    contactIds,
    type: 'smallTalk',
    date: isoDateAt(new Date()),
    timeOfDay: '',
    place: '',
    topics: [],
    note: '',
    followUpOn: '',
    followUpDone: false,
  };
}

const useStyles = makeStyles({
  surface: { maxWidth: '44rem', width: '100%' },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  types: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(11rem, 1fr))',
  },
  typeLabel: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, alignItems: 'flex-end' },
  hint: { color: tokens.colorNeutralForeground3, marginRight: 'auto', alignSelf: 'center' },
});

export function InteractionDialogProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<{ key: number; options: InteractionDialogOptions } | null>(null);
  const open = useCallback(
    (options: InteractionDialogOptions = {}) => setSession((previous) => ({ key: (previous?.key ?? 0) + 1, options })),
    [],
  );
  const close = useCallback(() => setSession(null), []);
  const value = useMemo(() => ({ open }), [open]);
  return (
    <InteractionDialogContext.Provider value={value}>
      {children}
      {session ? (
        <InteractionDialogView key={session.key} options={session.options} onClose={close} />
      ) : null}
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
  const feedback = useFeedback();
  const queryClient = useQueryClient();
  const contacts = useContactList(true);
  const editing = options.interactionId;
  const [draft, setDraft] = useState<DraftState | null>(() => (editing ? null : newDraft(options.contactIds ?? [])));
  const [errors, setErrors] = useState<DraftErrors>({});
  const [saving, setSaving] = useState(false);
  const peopleInputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!editing) return;
    let current = true;
    loadInteraction(queryClient, editing)
      .then((interaction) => {
        if (!current) return;
        if (!interaction) throw new PlauschError('notFound', { id: editing });
        setDraft({
          contactIds: [...interaction.contactIds],
          type: interaction.type,
          date: interaction.date,
          timeOfDay: interaction.timeOfDay ?? '',
          place: interaction.place,
          topics: [...interaction.topics],
          note: interaction.note,
          followUpOn: interaction.followUpOn ?? '',
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
  }, [editing, queryClient, feedback, onClose]);

  const loaded = draft !== null;
  useEffect(() => {
    if (loaded) peopleInputRef.current?.focus();
  }, [loaded]);

  const update = (patch: Partial<DraftState>) => setDraft((previous) => (previous ? { ...previous, ...patch } : previous));

  const save = async (state: DraftState) => {
    const found: DraftErrors = {};
    if (state.contactIds.length === 0) found.contactIds = t('dialog.peopleRequired');
    if (!isoDateSchema.safeParse(state.date).success) found.date = t('dialog.dateRequired');
    if (state.followUpOn && !isoDateSchema.safeParse(state.followUpOn).success) {
      found.followUpOn = t('dialog.followUpInvalid');
    }
    setErrors(found);
    if (Object.keys(found).length > 0) return;

    const input: InteractionInput = {
      contactIds: state.contactIds,
      type: state.type,
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
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.interactions }),
        queryClient.invalidateQueries({ queryKey: queryKeys.contacts }),
      ]);
      feedback.showSuccess(t(editing ? 'dialog.updatedToast' : 'dialog.savedToast'));
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
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || !draft) return;
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
                  <RadioGroup
                    className={styles.types}
                    value={draft.type}
                    onChange={(_event, data) => update({ type: data.value as InteractionType })}
                  >
                    {interactionTypes.map((type) => {
                      const Icon = interactionTypeIcons[type];
                      return (
                        <Radio
                          key={type}
                          value={type}
                          label={
                            <span className={styles.typeLabel}>
                              <Icon aria-hidden="true" />
                              {t(`types.${type}`)}
                            </span>
                          }
                        />
                      );
                    })}
                  </RadioGroup>
                </Field>
                <div className={styles.row}>
                  <DateField
                    label={t('dialog.date')}
                    required
                    validationMessage={errors.date}
                    value={draft.date}
                    onChange={(date) => update({ date })}
                  />
                  <Field label={t('dialog.timeOfDay')}>
                    <RadioGroup
                      layout="horizontal"
                      value={draft.timeOfDay}
                      onChange={(_event, data) => update({ timeOfDay: data.value as TimeOfDay | '' })}
                    >
                      <Radio value="" label={t('dialog.timeOfDayUnknown')} />
                      {timesOfDay.map((time) => (
                        <Radio key={time} value={time} label={t(`timesOfDay.${time}`)} />
                      ))}
                    </RadioGroup>
                  </Field>
                </div>
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
                <Field label={t('dialog.note')}>
                  <Textarea
                    value={draft.note}
                    resize="vertical"
                    placeholder={t('dialog.notePlaceholder')}
                    onChange={(_event, data) => update({ note: data.value })}
                  />
                </Field>
                <div className={styles.row}>
                  <DateField
                    label={t('dialog.followUpOn')}
                    validationMessage={errors.followUpOn}
                    value={draft.followUpOn}
                    onChange={(followUpOn) => update({ followUpOn })}
                  />
                  {draft.followUpOn ? (
                    <Checkbox
                      label={t('dialog.followUpDone')}
                      checked={draft.followUpDone}
                      onChange={(_event, data) => update({ followUpDone: data.checked === true })}
                    />
                  ) : null}
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
