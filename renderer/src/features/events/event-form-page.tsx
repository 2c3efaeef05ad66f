// Creating and editing an event: what, when, where, the goals and the people from the journal. A new event gets
// the checklist of its kind, the user's own template for that kind where one is saved, else the standard one.
import { Button, Checkbox, Field, Input, Select, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { eventKinds, type EventKind, type EventRecord } from '../../../../shared/model';
import { api } from '../../api';
import { PageHeader } from '../../components';
import { describeError, useFeedback } from '../../app/feedback';
import { useNavigation } from '../../app/navigation';
import { useContactList } from '../contacts/contact-queries';
import { ListInput } from '../contacts/list-input';
import { useCoachLanguage } from '../coach/coach-queries';
import { PeoplePicker } from '../journal/people-picker';
import { useEvent, useEventTemplates, useRefreshEvents } from './events-queries';
import { DateField, TimeField } from '../../components/date-time-fields';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '44rem' },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, '& > *': { flexGrow: 1, minWidth: '10rem' } },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalM },
});

interface FormState {
  title: string;
  eventKind: EventKind;
  date: string;
  endDate: string;
  startTime: string;
  endTime: string;
  place: string;
  goals: string[];
  expectedIds: string[];
  toMeetIds: string[];
  useOwnTemplate: boolean;
}

function stateOf(event: EventRecord | undefined, today: string): FormState {
  return {
    title: event?.title ?? '',
    eventKind: event?.eventKind ?? 'conference',
    date: event?.date ?? today,
    endDate: event?.endDate ?? '',
    startTime: event?.startTime ?? '',
    endTime: event?.endTime ?? '',
    place: event?.place ?? '',
    goals: event?.goals ?? [],
    expectedIds: event?.expectedIds ?? [],
    toMeetIds: event?.toMeetIds ?? [],
    useOwnTemplate: true,
  };
}

/** The renderer's own date for a new event's default; the service decides everything that depends on the clock. */
function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

export function EventFormPage({ id }: { id?: string }) {
  const { t } = useTranslation();
  const existing = useEvent(id ?? '');
  if (id && existing.isPending) return <Spinner label={t('app.loading')} />;
  if (id && existing.isError) return <Text role="alert">{describeError(existing.error, t)}</Text>;
  return <EventForm event={id ? existing.data?.event : undefined} />;
}

function EventForm({ event }: { event: EventRecord | undefined }) {
  const styles = useStyles();
  const { t } = useTranslation('events');
  const { navigate } = useNavigation();
  const feedback = useFeedback('events');
  const refresh = useRefreshEvents();
  const language = useCoachLanguage();
  const contacts = useContactList();
  const templates = useEventTemplates();
  const [form, setForm] = useState<FormState>(() => stateOf(event, localToday()));
  const [titleError, setTitleError] = useState<string>();
  const [saving, setSaving] = useState(false);
  const set = <K extends keyof FormState>(key: K, value: FormState[K]) => setForm((current) => ({ ...current, [key]: value }));
  const hasOwnTemplate = templates.data?.includes(form.eventKind) ?? false;

  const submit = async (submitEvent: FormEvent) => {
    submitEvent.preventDefault();
    if (form.title.trim() === '') {
      setTitleError(t('form.titleRequired'));
      return;
    }
    const fields = {
      title: form.title.trim(),
      eventKind: form.eventKind,
      date: form.date,
      ...(form.endDate ? { endDate: form.endDate } : {}),
      ...(form.startTime ? { startTime: form.startTime } : {}),
      ...(form.endTime ? { endTime: form.endTime } : {}),
      place: form.place.trim(),
      goals: form.goals,
      expectedIds: form.expectedIds,
      toMeetIds: form.toMeetIds,
    };
    setSaving(true);
    try {
      const saved = event
        ? await api().events.update({ id: event.id, event: fields })
        : await api().events.create({ event: fields, language, useOwnTemplate: form.useOwnTemplate });
      await refresh();
      feedback.showSuccess((t) => (event ? t('form.updated') : t('form.created')));
      navigate({ name: 'event', id: saved.id });
    } catch (error) {
      feedback.showError(error);
    } finally {
      setSaving(false);
    }
  };

  const people = contacts.data ?? [];
  return (
    <>
      <PageHeader title={event ? t('form.editTitle') : t('form.newTitle')} description={event ? undefined : t('form.description')} />
      <form className={styles.form} onSubmit={submit} noValidate>
        <Field label={t('form.title')} required validationMessage={titleError} validationState={titleError ? 'error' : 'none'}>
          <Input value={form.title} placeholder={t('form.titlePlaceholder')} onChange={(_e, data) => set('title', data.value)} />
        </Field>
        <Field label={t('form.kind')}>
          <Select value={form.eventKind} onChange={(_e, data) => set('eventKind', data.value as EventKind)}>
            {eventKinds.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kinds.${kind}`)}
              </option>
            ))}
          </Select>
        </Field>
        {!event && hasOwnTemplate ? (
          <Checkbox
            checked={form.useOwnTemplate}
            label={t('form.useOwnTemplate')}
            onChange={(_e, data) => set('useOwnTemplate', data.checked === true)}
          />
        ) : null}
        <div className={styles.row}>
          <DateField label={t('form.date')} required value={form.date} onChange={(value) => set('date', value)} />
          <DateField
            label={t('form.endDate')}
            hint={t('form.endDateHint')}
            value={form.endDate}
            min={form.date}
            onChange={(value) => set('endDate', value)}
          />
        </div>
        <div className={styles.row}>
          <TimeField label={t('form.startTime')} value={form.startTime} onChange={(value) => set('startTime', value)} />
          <TimeField label={t('form.endTime')} value={form.endTime} onChange={(value) => set('endTime', value)} />
        </div>
        <Field label={t('form.place')}>
          <Input value={form.place} onChange={(_e, data) => set('place', data.value)} />
        </Field>
        <ListInput
          name="goals"
          label={t('form.goals')}
          hint={t('form.goalsHint')}
          placeholder={t('form.goalsPlaceholder')}
          values={form.goals}
          onChange={(goals) => set('goals', goals)}
        />
        <PeoplePicker
          label={t('form.expected')}
          required={false}
          contacts={people}
          selectedIds={form.expectedIds}
          onChange={(ids) => set('expectedIds', ids)}
        />
        <PeoplePicker
          label={t('form.toMeet')}
          required={false}
          contacts={people}
          selectedIds={form.toMeetIds}
          onChange={(ids) => set('toMeetIds', ids)}
        />
        <div className={styles.actions}>
          <Button appearance="primary" type="submit" disabled={saving}>
            {event ? t('form.save') : t('form.create')}
          </Button>
          <Button onClick={() => navigate(event ? { name: 'event', id: event.id } : { name: 'events' })}>{t('form.cancel')}</Button>
        </div>
      </form>
    </>
  );
}
