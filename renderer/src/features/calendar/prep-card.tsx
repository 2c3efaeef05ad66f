// "Gespräch vorbereiten": today's meetings still ahead with people from the journal, each leading to the briefing of
// the first person, and the others' briefings one link each.
import { Button, Link, Text } from '@fluentui/react-components';
import { ChatBubblesQuestionRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { CalendarPrep } from '../../../../shared/calendar';
import { routeToHash } from '../../app/navigation';
import { PersonAvatar } from '../../components';
import { TodayCard, useTodayStyles } from '../today/today-card';
import { meetingWhen } from './calendar-texts';
import { useCalendarRowStyles } from './met-card';

export function PrepCard({ prep, today }: { prep: CalendarPrep[]; today: string }) {
  const { t } = useTranslation('calendar');
  return (
    <TodayCard title={t('prep.title')} icon={<ChatBubblesQuestionRegular />} listLabel={t('prep.label')}>
      {prep.map((meeting) => (
        <PrepRow key={meeting.key} meeting={meeting} today={today} />
      ))}
    </TodayCard>
  );
}

function PrepRow({ meeting, today }: { meeting: CalendarPrep; today: string }) {
  const { t, i18n } = useTranslation('calendar');
  const todayStyles = useTodayStyles();
  const rowStyles = useCalendarRowStyles();
  const [first] = meeting.contacts;
  const when = meetingWhen(meeting, today, t, i18n.language);
  return (
    <li className={`${todayStyles.item} ${rowStyles.row}`}>
      <div className={todayStyles.what}>
        <Text size={200} className={rowStyles.when}>
          {when}
        </Text>
        <Text weight="semibold" className={todayStyles.text}>
          {meeting.summary || t('suggestions.withoutSubject')}
        </Text>
        <ul className={rowStyles.people} aria-label={t('suggestions.people')}>
          {meeting.contacts.map((contact) => (
            <li key={contact.contactId} className={rowStyles.person}>
              <PersonAvatar name={contact.name} contactId={contact.contactId} size={24} />
              <Link
                className={todayStyles.text}
                href={routeToHash({ name: 'briefing', contactId: contact.contactId })}
                aria-label={t('prep.openFor', { name: contact.name })}
              >
                {contact.name}
              </Link>
            </li>
          ))}
        </ul>
      </div>
      {first ? (
        <div className={rowStyles.actions}>
          {/* A link that looks like a button: it goes to another page, so it is a link for screen readers. */}
          <Button
            as="a"
            size="small"
            icon={<ChatBubblesQuestionRegular />}
            href={routeToHash({ name: 'briefing', contactId: first.contactId })}
            aria-label={t('prep.openFor', { name: first.name })}
          >
            {t('prep.open')}
          </Button>
        </div>
      ) : null}
    </li>
  );
}
