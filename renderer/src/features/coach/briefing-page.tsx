// "Before you talk to …": what to have in mind before meeting someone. Reached from the person's page and from the
// prompts: three openers, the last encounters, favours still to return, and what is coming up in their life.
import { Badge, Button, Link, Spinner, Text } from '@fluentui/react-components';
import {
  ArrowLeftRegular,
  CalendarStarRegular,
  ChatBubblesQuestionRegular,
  HandshakeRegular,
  HeartRegular,
  HistoryRegular,
} from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { Briefing } from '../../../../shared/coach-views';
import type { Occasion } from '../../../../shared/occasions';
import { describeError } from '../../app/feedback';
import { routeToHash, useNavigation } from '../../app/navigation';
import { PageHeader, formatDate } from '../../components';
import { InteractionItem } from '../journal/interaction-item';
import { CoachCard } from './coach-card';
import { useBriefing } from './coach-queries';
import { useCoachStyles } from './coach-styles';

export function BriefingPage({ contactId }: { contactId: string }) {
  const styles = useCoachStyles();
  const { t: tCommon } = useTranslation();
  const briefing = useBriefing(contactId);
  if (briefing.isPending) return <Spinner label={tCommon('app.loading')} />;
  if (briefing.isError) {
    return (
      <Text as="p" role="alert" className={styles.text}>
        {describeError(briefing.error, tCommon)}
      </Text>
    );
  }
  return <BriefingView briefing={briefing.data} />;
}

function BriefingView({ briefing }: { briefing: Briefing }) {
  const styles = useCoachStyles();
  const { t, i18n } = useTranslation('coach');
  const { t: tJournal } = useTranslation('journal');
  const { navigate } = useNavigation();
  const { contact } = briefing;
  const details = [...contact.interests, ...contact.commonGround];
  return (
    <div className={styles.page}>
      <Link className={styles.back} href={routeToHash({ name: 'contact', id: contact.id })}>
        <ArrowLeftRegular aria-hidden="true" /> {t('briefing.backTo', { name: briefing.name })}
      </Link>
      <PageHeader
        title={t('briefing.title', { name: briefing.name })}
        description={[contact.role, contact.organisation].filter(Boolean).join(' · ') || undefined}
        actions={
          <Button
            icon={<ChatBubblesQuestionRegular />}
            onClick={() => navigate({ name: 'prompts', setting: 'coffeeKitchen', contactId: contact.id })}
          >
            {t('briefing.morePrompts')}
          </Button>
        }
      />
      <div className={styles.grid}>
        <CoachCard title={t('briefing.openers')} icon={<ChatBubblesQuestionRegular />}>
          <ol className={styles.list} aria-label={t('briefing.openers')}>
            {briefing.openers.map((opener) => (
              <li key={opener.id} className={styles.item}>
                <Text className={styles.grow}>{opener.text}</Text>
                {opener.source === 'content' ? null : (
                  <Badge appearance="filled" color="brand">
                    {t('prompts.personal', { source: t(`sources.${opener.source}`) })}
                  </Badge>
                )}
              </li>
            ))}
          </ol>
        </CoachCard>
        <CoachCard title={t('briefing.personal')} icon={<HeartRegular />}>
          {briefing.upcoming.length === 0 && details.length === 0 && contact.family.length === 0 ? (
            <Text as="p" className={styles.muted}>
              {t('briefing.personalEmpty')}
            </Text>
          ) : null}
          {briefing.upcoming.length > 0 ? (
            <ul className={styles.list} aria-label={t('briefing.upcoming')}>
              {briefing.upcoming.map((occasion) => (
                <li key={`${occasion.recordId}:${occasion.date}`} className={styles.item}>
                  <CalendarStarRegular aria-hidden="true" />
                  <Text>
                    {occasionText(occasion, t)} – {formatDate(occasion.date, i18n.language)}
                  </Text>
                </li>
              ))}
            </ul>
          ) : null}
          {contact.family.length > 0 ? (
            <Text as="p" className={styles.text}>
              {t('briefing.family', { names: contact.family.map((member) => member.name).join(', ') })}
            </Text>
          ) : null}
          {details.length > 0 ? (
            <div className={styles.row} role="list" aria-label={t('briefing.interests')}>
              {details.map((detail) => (
                <Badge key={detail} appearance="tint" color="informative" role="listitem">
                  {detail}
                </Badge>
              ))}
            </div>
          ) : null}
        </CoachCard>
        <CoachCard title={t('briefing.favours')} icon={<HandshakeRegular />}>
          {briefing.openFavours.length === 0 ? (
            <Text as="p" className={styles.muted}>
              {t('briefing.favoursEmpty')}
            </Text>
          ) : (
            <ul className={styles.list} aria-label={t('briefing.favours')}>
              {briefing.openFavours.map((favour) => (
                <li key={favour.id} className={styles.item}>
                  {formatDate(favour.date, i18n.language)}: {favour.note || favour.topics.join(', ') || tJournal('types.favourReceived')}
                </li>
              ))}
            </ul>
          )}
        </CoachCard>
        <CoachCard title={t('briefing.encounters')} icon={<HistoryRegular />} wide>
          {briefing.lastEncounters.length === 0 ? (
            <Text as="p" className={styles.muted}>
              {t('briefing.encountersEmpty')}
            </Text>
          ) : (
            <ol className={styles.list} aria-label={t('briefing.encounters')}>
              {briefing.lastEncounters.map((interaction) => (
                <li key={interaction.id}>
                  <InteractionItem interaction={interaction} names={briefing.names} currentContactId={contact.id} />
                </li>
              ))}
            </ol>
          )}
        </CoachCard>
      </div>
    </div>
  );
}

function occasionText(occasion: Occasion, t: ReturnType<typeof useTranslation<'coach'>>['t']): string {
  switch (occasion.kind) {
    case 'birthday':
      return occasion.years ? t('briefing.occasions.birthdayYears', { years: occasion.years }) : t('briefing.occasions.birthday');
    case 'familyBirthday':
      return t('briefing.occasions.familyBirthday', { name: occasion.detail ?? '' });
    case 'schoolStart':
      return t('briefing.occasions.schoolStart', { name: occasion.detail ?? '' });
    default:
      return occasion.detail || t('briefing.occasions.anniversary');
  }
}
