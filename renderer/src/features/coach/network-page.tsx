// The assistants' network: one group of people from the journal that meets regularly (a monthly lunch by default).
// The next date and whose turn it is to organise, attendance (an encounter for everyone present), agenda ideas and
// the checklist for setting the group up in Teams or as a closed group.
import {
  Button,
  Checkbox,
  Field,
  Input,
  Select,
  Spinner,
  Text,
  Textarea,
} from '@fluentui/react-components';
import {
  CalendarLtrRegular,
  CheckboxCheckedRegular,
  DeleteRegular,
  LightbulbRegular,
  PeopleCommunityRegular,
  PeopleRegular,
} from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkGroupView } from '../../../../shared/coach-views';
import { isoDateAt } from '../../../../shared/dates';
import type { MeetingRule } from '../../../../shared/model';
import { api } from '../../api';
import { useFeedback } from '../../app/feedback';
import { EmptyState, PageHeader, PersonAvatar, formatDate } from '../../components';
import { useContactList } from '../contacts/contact-queries';
import { PeoplePicker } from '../journal/people-picker';
import { CoachCard } from './coach-card';
import { useCoachLanguage, useNetwork, useRefreshCoach } from './coach-queries';
import { useCoachStyles } from './coach-styles';
import { BackToCoach } from './progress-page';
import { DateField } from '../../components/date-time-fields';

export function NetworkPage() {
  const styles = useCoachStyles();
  const { t } = useTranslation('coach');
  const { t: tCommon } = useTranslation();
  const groups = useNetwork();
  const group = groups.data?.[0];
  return (
    <div className={styles.page}>
      <BackToCoach />
      <PageHeader title={group ? group.group.name : t('network.title')} description={t('network.description')} />
      {groups.isPending ? <Spinner label={tCommon('app.loading')} /> : null}
      {groups.isError ? <Text role="alert">{tCommon('app.loadFailed')}</Text> : null}
      {groups.data && !group ? <CreateGroup /> : null}
      {group ? <GroupView view={group} /> : null}
    </div>
  );
}

/** Saves the group: its name and members; the rule and place stay as they are (or the default for a new group). */
function useSaveGroup() {
  const language = useCoachLanguage();
  const feedback = useFeedback();
  const refresh = useRefreshCoach();
  return async (input: { id?: string; name: string; memberIds: string[] }) => {
    try {
      await api().network.save({ ...input, language });
      await refresh();
      return true;
    } catch (error) {
      feedback.showError(error);
      return false;
    }
  };
}

function CreateGroup() {
  const styles = useCoachStyles();
  const { t } = useTranslation('coach');
  const contacts = useContactList();
  const save = useSaveGroup();
  const [name, setName] = useState(() => t('network.defaultName'));
  const [memberIds, setMemberIds] = useState<string[]>([]);
  return (
    <>
      <EmptyState icon={<PeopleCommunityRegular />} title={t('network.emptyTitle')} text={t('network.emptyText')} />
      <CoachCard title={t('network.createTitle')} icon={<PeopleCommunityRegular />}>
        <form
          className={styles.form}
          // The people picker marks its text box required, which would block the form while people are picked.
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (name.trim()) void save({ name: name.trim(), memberIds });
          }}
        >
          <Field label={t('network.name')} required>
            <Input value={name} onChange={(_event, data) => setName(data.value)} required />
          </Field>
          <PeoplePicker contacts={contacts.data ?? []} selectedIds={memberIds} onChange={setMemberIds} />
          <Text size={200} className={styles.muted}>
            {t('network.defaultRule')}
          </Text>
          <div>
            <Button appearance="primary" type="submit">
              {t('network.create')}
            </Button>
          </div>
        </form>
      </CoachCard>
    </>
  );
}

function weekdayName(weekday: number, language: string): string {
  // 2024-01-01 was a Monday, so day `weekday` of that week has the ISO weekday number `weekday`.
  return new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2024, 0, weekday, 12)),
  );
}

function useRuleText(rule: MeetingRule, meetingType: 'lunch' | 'event'): string {
  const { t, i18n } = useTranslation('coach');
  const week = rule.week === -1 ? 'last' : String(rule.week);
  return t('network.rule', {
    week: t(`network.weeks.${week as '1' | '2' | '3' | '4' | 'last'}`),
    weekday: weekdayName(rule.weekday, i18n.language),
    type: t(`network.meetingTypes.${meetingType}`),
  });
}

function GroupView({ view }: { view: NetworkGroupView }) {
  const styles = useCoachStyles();
  return (
    <div className={styles.grid}>
      <NextMeeting view={view} />
      <Members view={view} />
      <RecordMeeting key={view.group.memberIds.join()} view={view} />
      <AgendaIdeas view={view} />
      <Checklist view={view} />
      <PastMeetings view={view} />
    </div>
  );
}

function NextMeeting({ view }: { view: NetworkGroupView }) {
  const styles = useCoachStyles();
  const { t, i18n } = useTranslation('coach');
  const rule = useRuleText(view.group.rule, view.group.meetingType);
  const { nextMeeting } = view;
  return (
    <CoachCard title={t('network.next')} icon={<CalendarLtrRegular />}>
      <Text as="p" size={500} weight="semibold" className={styles.text}>
        {formatDate(nextMeeting.date, i18n.language)}
      </Text>
      <Text as="p" className={styles.text}>
        {nextMeeting.organiserName ? t('network.organiser', { name: nextMeeting.organiserName }) : t('network.noOrganiser')}
      </Text>
      <Text as="p" className={styles.muted}>
        {view.group.place ? `${rule} · ${view.group.place}` : rule}
      </Text>
    </CoachCard>
  );
}

function Members({ view }: { view: NetworkGroupView }) {
  const styles = useCoachStyles();
  const { t } = useTranslation('coach');
  const { t: tCommon } = useTranslation();
  const contacts = useContactList();
  const save = useSaveGroup();
  const [editing, setEditing] = useState<string[] | null>(null);
  return (
    <CoachCard title={t('network.members', { count: view.members.length })} icon={<PeopleRegular />}>
      {editing ? (
        <form
          className={styles.form}
          // The people picker marks its text box required, which would block the form while people are picked.
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void save({ id: view.group.id, name: view.group.name, memberIds: editing }).then((saved) => {
              if (saved) setEditing(null);
            });
          }}
        >
          <PeoplePicker contacts={contacts.data ?? []} selectedIds={editing} onChange={setEditing} />
          <div className={styles.row}>
            <Button appearance="primary" type="submit">
              {t('network.saveMembers')}
            </Button>
            <Button onClick={() => setEditing(null)}>{tCommon('actions.cancel')}</Button>
          </div>
        </form>
      ) : (
        <>
          {view.members.length === 0 ? (
            <Text as="p" className={styles.muted}>
              {t('network.noMembers')}
            </Text>
          ) : (
            <ol className={styles.list} aria-label={t('network.rotation')}>
              {view.members.map((member) => (
                <li key={member.contactId} className={styles.item}>
                  <PersonAvatar name={member.name} contactId={member.contactId} size={24} />
                  {member.name}
                </li>
              ))}
            </ol>
          )}
          <div>
            <Button onClick={() => setEditing(view.group.memberIds)}>{t('network.editMembers')}</Button>
          </div>
        </>
      )}
    </CoachCard>
  );
}

function RecordMeeting({ view }: { view: NetworkGroupView }) {
  const styles = useCoachStyles();
  const { t } = useTranslation('coach');
  const language = useCoachLanguage();
  const feedback = useFeedback('coach');
  const refresh = useRefreshCoach();
  const today = isoDateAt(new Date());
  const [date, setDate] = useState(view.nextMeeting.date <= today ? view.nextMeeting.date : today);
  const [present, setPresent] = useState<string[]>(view.group.memberIds);
  const [organiserId, setOrganiserId] = useState(view.nextMeeting.organiserId ?? '');
  const [note, setNote] = useState('');

  const record = async () => {
    try {
      await api().network.recordMeeting({
        groupId: view.group.id,
        date,
        attendeeIds: present,
        ...(organiserId ? { organiserId } : {}),
        ...(note.trim() ? { note: note.trim() } : {}),
        language,
      });
      await refresh();
      feedback.showSuccess((t) => t('network.recorded', { count: present.length }));
      setNote('');
    } catch (error) {
      feedback.showError(error);
    }
  };

  return (
    <CoachCard title={t('network.recordTitle')} icon={<CheckboxCheckedRegular />}>
      <form
        className={styles.form}
        onSubmit={(event) => {
          event.preventDefault();
          void record();
        }}
      >
        <DateField label={t('network.date')} required value={date} onChange={setDate} />
        <fieldset className={styles.form} style={{ border: 'none', margin: 0, padding: 0 }}>
          <legend>{t('network.present')}</legend>
          {view.members.map((member) => (
            <Checkbox
              key={member.contactId}
              label={member.name}
              checked={present.includes(member.contactId)}
              onChange={(_event, data) =>
                setPresent((ids) => (data.checked ? [...ids, member.contactId] : ids.filter((id) => id !== member.contactId)))
              }
            />
          ))}
        </fieldset>
        <Field label={t('network.organisedBy')}>
          <Select value={organiserId} onChange={(_event, data) => setOrganiserId(data.value)}>
            <option value="">{t('network.nobody')}</option>
            {view.members.map((member) => (
              <option key={member.contactId} value={member.contactId}>
                {member.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('network.note')}>
          <Textarea value={note} onChange={(_event, data) => setNote(data.value)} resize="vertical" />
        </Field>
        <div>
          <Button appearance="primary" type="submit" disabled={present.length === 0}>
            {t('network.record')}
          </Button>
        </div>
      </form>
    </CoachCard>
  );
}

function AgendaIdeas({ view }: { view: NetworkGroupView }) {
  const styles = useCoachStyles();
  const { t } = useTranslation('coach');
  const language = useCoachLanguage();
  const feedback = useFeedback();
  const refresh = useRefreshCoach();
  const [text, setText] = useState('');
  const groupId = view.group.id;
  const run = async (call: () => Promise<unknown>) => {
    try {
      await call();
      await refresh();
    } catch (error) {
      feedback.showError(error);
    }
  };
  return (
    <CoachCard title={t('network.ideas')} icon={<LightbulbRegular />}>
      <form
        className={styles.formRow}
        onSubmit={(event) => {
          event.preventDefault();
          if (!text.trim()) return;
          void run(() => api().network.addIdea({ groupId, text: text.trim(), language })).then(() => setText(''));
        }}
      >
        <Field label={t('network.newIdea')} className={styles.grow}>
          <Input value={text} onChange={(_event, data) => setText(data.value)} />
        </Field>
        <Button type="submit">{t('network.addIdea')}</Button>
      </form>
      {view.group.agendaIdeas.length === 0 ? (
        <Text as="p" className={styles.muted}>
          {t('network.noIdeas')}
        </Text>
      ) : (
        <ul className={styles.list} aria-label={t('network.ideas')}>
          {view.group.agendaIdeas.map((idea) => (
            <li key={idea.id} className={styles.item}>
              <Checkbox
                className={styles.growingCheckbox}
                label={idea.text}
                checked={idea.done}
                onChange={(_event, data) =>
                  void run(() => api().network.setIdeaDone({ groupId, ideaId: idea.id, done: data.checked === true, language }))
                }
              />
              <Button
                size="small"
                appearance="subtle"
                icon={<DeleteRegular />}
                aria-label={t('network.removeIdea', { text: idea.text })}
                onClick={() => void run(() => api().network.removeIdea({ groupId, ideaId: idea.id, language }))}
              />
            </li>
          ))}
        </ul>
      )}
    </CoachCard>
  );
}

function Checklist({ view }: { view: NetworkGroupView }) {
  const styles = useCoachStyles();
  const { t } = useTranslation('coach');
  const language = useCoachLanguage();
  const feedback = useFeedback();
  const refresh = useRefreshCoach();
  const done = view.checklist.filter((item) => item.done).length;
  const toggle = async (itemId: string, checked: boolean) => {
    try {
      await api().network.setChecklistItem({ groupId: view.group.id, itemId, done: checked, language });
      await refresh();
    } catch (error) {
      feedback.showError(error);
    }
  };
  return (
    <CoachCard title={t('network.checklist')} icon={<CheckboxCheckedRegular />}>
      <Text className={styles.muted}>{t('network.checklistCount', { done, total: view.checklist.length })}</Text>
      <ul className={styles.list} aria-label={t('network.checklist')}>
        {view.checklist.map((item) => (
          <li key={item.id}>
            <Checkbox label={item.text} checked={item.done} onChange={(_event, data) => void toggle(item.id, data.checked === true)} />
          </li>
        ))}
      </ul>
    </CoachCard>
  );
}

function PastMeetings({ view }: { view: NetworkGroupView }) {
  const styles = useCoachStyles();
  const { t, i18n } = useTranslation('coach');
  const names = new Map(view.members.map((member) => [member.contactId, member.name]));
  const meetings = [...view.group.meetings].sort((a, b) => (a.date < b.date ? 1 : -1));
  return (
    <CoachCard title={t('network.past')} icon={<CalendarLtrRegular />}>
      {meetings.length === 0 ? (
        <Text as="p" className={styles.muted}>
          {t('network.noMeetings')}
        </Text>
      ) : (
        <ul className={styles.list} aria-label={t('network.past')}>
          {meetings.map((meeting) => (
            <li key={meeting.id} className={styles.item}>
              <span className={styles.grow}>
                <Text weight="semibold">{formatDate(meeting.date, i18n.language)}</Text>
                <Text size={200} className={styles.muted}>
                  {[
                    t('network.attendance', { count: meeting.attendeeIds.length }),
                    meeting.organiserId && names.get(meeting.organiserId)
                      ? t('network.organisedByName', { name: names.get(meeting.organiserId) })
                      : '',
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
                {meeting.note ? <Text size={200}>{meeting.note}</Text> : null}
              </span>
            </li>
          ))}
        </ul>
      )}
    </CoachCard>
  );
}
