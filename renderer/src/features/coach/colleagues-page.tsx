// New colleagues: mark someone from the journal with a start date and Plausch lays out the integration plan (welcome,
// tour, introductions, coffee, lunch, check-in). Each step done is logged as an encounter by the service.
import { Badge, Button, Link, Spinner, Text } from '@fluentui/react-components';
import { CheckmarkRegular, DeleteRegular, PersonAddRegular, PeopleTeamRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IntegrationPlanView } from '../../../../shared/coach-views';
import { isoDateAt } from '../../../../shared/dates';
import { api } from '../../api';
import { useFeedback } from '../../app/feedback';
import { routeToHash } from '../../app/navigation';
import { ConfirmDialog, EmptyState, PageHeader, PersonAvatar, formatDate } from '../../components';
import { ContactPicker } from '../contacts/contact-picker';
import { useContactList } from '../contacts/contact-queries';
import { CoachCard } from './coach-card';
import { useColleagues, useRefreshCoach } from './coach-queries';
import { useCoachStyles } from './coach-styles';
import { BackToCoach } from './progress-page';
import { DateField } from '../../components/date-time-fields';

export function ColleaguesPage({ contactId }: { contactId?: string }) {
  const styles = useCoachStyles();
  const { t } = useTranslation('coach');
  const { t: tCommon } = useTranslation();
  const plans = useColleagues();
  return (
    <div className={styles.page}>
      <BackToCoach />
      <PageHeader title={t('colleagues.title')} description={t('colleagues.description')} />
      <MarkForm initialContactId={contactId ?? ''} />
      {plans.isPending ? <Spinner label={tCommon('app.loading')} /> : null}
      {plans.data?.length === 0 ? (
        <EmptyState icon={<PeopleTeamRegular />} title={t('colleagues.emptyTitle')} text={t('colleagues.emptyText')} />
      ) : null}
      {plans.data && plans.data.length > 0 ? (
        // One plan under the other, each the full width: its steps read on one line each.
        <div className={styles.stack}>
          {plans.data.map((plan) => (
            <PlanCard key={plan.contactId} plan={plan} />
          ))}
        </div>
      ) : null}
    </div>
  );
}

function MarkForm({ initialContactId }: { initialContactId: string }) {
  const styles = useCoachStyles();
  const { t } = useTranslation('coach');
  const feedback = useFeedback('coach');
  const refresh = useRefreshCoach();
  const contacts = useContactList();
  const [contactId, setContactId] = useState(initialContactId);
  const [startDate, setStartDate] = useState(() => isoDateAt(new Date()));
  const [missing, setMissing] = useState(false);

  const mark = async () => {
    if (!contactId) {
      setMissing(true);
      return;
    }
    try {
      const plan = await api().colleagues.mark({ contactId, startDate });
      await refresh();
      feedback.showSuccess((t) => t('colleagues.marked', { name: plan.name }));
      setContactId('');
      setMissing(false);
    } catch (error) {
      feedback.showError(error);
    }
  };

  return (
    <CoachCard title={t('colleagues.markTitle')} icon={<PersonAddRegular />}>
      <form
        className={styles.formRow}
        onSubmit={(event) => {
          event.preventDefault();
          void mark();
        }}
      >
        <ContactPicker
          label={t('colleagues.person')}
          contacts={contacts.data ?? []}
          value={contactId}
          onChange={(id) => {
            setContactId(id);
            setMissing(false);
          }}
          error={missing ? t('colleagues.personMissing') : undefined}
        />
        <DateField label={t('colleagues.startDate')} required value={startDate} onChange={setStartDate} />
        <Button appearance="primary" type="submit">
          {t('colleagues.mark')}
        </Button>
      </form>
    </CoachCard>
  );
}

const statusColors = { done: 'success', due: 'warning', upcoming: 'informative' } as const;

function PlanCard({ plan }: { plan: IntegrationPlanView }) {
  const styles = useCoachStyles();
  const { t, i18n } = useTranslation('coach');
  const feedback = useFeedback('coach');
  const refresh = useRefreshCoach();
  const [confirming, setConfirming] = useState(false);

  const completeStep = async (step: IntegrationPlanView['steps'][number]['step']) => {
    try {
      await api().colleagues.completeStep({ contactId: plan.contactId, step });
      await refresh();
      feedback.showSuccess((t) => t('colleagues.stepDone', { step: t(`steps.${step}`), name: plan.name }));
    } catch (error) {
      feedback.showError(error);
    }
  };

  const remove = async () => {
    setConfirming(false);
    try {
      await api().colleagues.remove({ contactId: plan.contactId });
      await refresh();
      feedback.showSuccess((t) => t('colleagues.removed', { name: plan.name }));
    } catch (error) {
      feedback.showError(error);
    }
  };

  const title = t('colleagues.planTitle', { name: plan.name });
  return (
    <CoachCard
      title={title}
      icon={<PersonAvatar name={plan.name} contactId={plan.contactId} size={28} />}
      aside={plan.complete ? <Badge color="success">{t('colleagues.complete')}</Badge> : null}
    >
      <div className={styles.row}>
        <Text className={styles.muted}>{t('colleagues.since', { date: formatDate(plan.startDate, i18n.language) })}</Text>
        <Link href={routeToHash({ name: 'contact', id: plan.contactId })}>{t('colleagues.openContact', { name: plan.name })}</Link>
        <Link href={routeToHash({ name: 'briefing', contactId: plan.contactId })}>{t('briefing.open')}</Link>
      </div>
      <ol className={styles.list} aria-label={title}>
        {plan.steps.map((step) => (
          <li key={step.step} className={styles.item}>
            <span className={styles.grow}>
              <Text weight="semibold">{t(`steps.${step.step}`)}</Text>
              <Text size={200} className={styles.muted}>
                {step.doneOn
                  ? t('colleagues.doneOn', { date: formatDate(step.doneOn, i18n.language) })
                  : t('colleagues.dueOn', { date: formatDate(step.dueOn, i18n.language) })}
              </Text>
            </span>
            <Badge appearance="tint" color={statusColors[step.status]}>
              {t(`colleagues.status.${step.status}`)}
            </Badge>
            {step.status === 'done' ? null : (
              <Button
                size="small"
                icon={<CheckmarkRegular />}
                aria-label={t('colleagues.markStepLabel', { step: t(`steps.${step.step}`), name: plan.name })}
                onClick={() => void completeStep(step.step)}
              >
                {t('colleagues.markStep')}
              </Button>
            )}
          </li>
        ))}
      </ol>
      <div>
        <Button icon={<DeleteRegular />} appearance="subtle" onClick={() => setConfirming(true)}>
          {t('colleagues.remove')}
        </Button>
      </div>
      {confirming ? (
        <ConfirmDialog
          open
          title={t('colleagues.removeTitle', { name: plan.name })}
          text={t('colleagues.removeText')}
          confirmLabel={t('colleagues.remove')}
          destructive
          onConfirm={() => void remove()}
          onCancel={() => setConfirming(false)}
        />
      ) : null}
    </CoachCard>
  );
}
