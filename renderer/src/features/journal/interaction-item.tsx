// One encounter as the timeline and the journal show it: what, when, with whom, where, about what, what next.
import { Badge, Button, Link, Text, Tooltip, makeStyles, tokens } from '@fluentui/react-components';
import { CalendarLtrRegular, DeleteRegular, EditRegular, LocationRegular } from '@fluentui/react-icons';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Interaction } from '../../../../shared/model';
import { api, queryKeys } from '../../api';
import { useFeedback } from '../../app/feedback';
import { routeToHash } from '../../app/navigation';
import { PersonAvatar, formatDate } from '../../components';
import { useInteractionDialog } from './interaction-dialog';
import { interactionTypeIcons } from './interaction-types';

const useStyles = makeStyles({
  root: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr auto',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalM,
  },
  icon: {
    gridRow: '1 / span 4',
    fontSize: '24px',
    color: tokens.colorBrandForeground1,
    paddingTop: tokens.spacingVerticalXXS,
  },
  heading: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', columnGap: tokens.spacingHorizontalS },
  meta: { color: tokens.colorNeutralForeground2 },
  person: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  line: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    gridColumn: '2',
    color: tokens.colorNeutralForeground2,
  },
  note: { gridColumn: '2', margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  actions: { gridColumn: '3', gridRow: '1', display: 'flex', gap: tokens.spacingHorizontalXXS },
});

export interface InteractionItemProps {
  interaction: Interaction;
  /** Display names by contact id. */
  names: Record<string, string>;
  /** On a contact's own timeline that contact is left out of "with". */
  currentContactId?: string;
  /** Heading level of the item's title, so headings stay in order on every screen. */
  headingLevel?: 'h2' | 'h3';
}

export function InteractionItem({ interaction, names, currentContactId, headingLevel = 'h3' }: InteractionItemProps) {
  const styles = useStyles();
  const { t, i18n } = useTranslation('journal');
  const dialog = useInteractionDialog();
  const feedback = useFeedback('journal');
  const queryClient = useQueryClient();
  const Icon = interactionTypeIcons[interaction.type];
  // A favour asked for through "Wer kann helfen?" and not yet done says so, so it is not taken for one received.
  const typeLabel = interaction.pending ? t('entry.favourAskedFor') : t(`types.${interaction.type}`);
  const date = formatDate(interaction.date, i18n.language);
  const others = interaction.contactIds.filter((id) => id !== currentContactId);

  const remove = async () => {
    try {
      const { undoToken } = await api().interactions.delete({ id: interaction.id });
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.interactions }),
        queryClient.invalidateQueries({ queryKey: queryKeys.contacts }),
      ]);
      feedback.showUndo((t) => t('entry.deletedToast'), undoToken);
    } catch (error) {
      feedback.showError(error);
    }
  };

  return (
    <article className={styles.root} aria-label={`${typeLabel}, ${date}`}>
      <Icon className={styles.icon} aria-hidden="true" />
      <div className={styles.heading}>
        <Text as={headingLevel} weight="semibold" size={400}>
          {typeLabel}
        </Text>
        <Text className={styles.meta}>
          {interaction.timeOfDay ? `${date}, ${t(`timesOfDay.${interaction.timeOfDay}`)}` : date}
        </Text>
      </div>
      <div className={styles.actions}>
        <Tooltip content={t('entry.editLabel', { type: typeLabel, date })} relationship="label">
          <Button
            appearance="subtle"
            size="small"
            icon={<EditRegular />}
            onClick={() => dialog.open({ interactionId: interaction.id })}
          />
        </Tooltip>
        <Tooltip content={t('entry.deleteLabel', { type: typeLabel, date })} relationship="label">
          <Button appearance="subtle" size="small" icon={<DeleteRegular />} onClick={() => void remove()} />
        </Tooltip>
      </div>
      {others.length > 0 ? (
        <div className={styles.line}>
          <span>{t('entry.with')}:</span>
          {others.map((id, index) => (
            <span key={id} className={styles.person}>
              {names[id] ? <PersonAvatar name={names[id]} contactId={id} size={20} /> : null}
              {/* The comma sits right after the name, not a gap away as a flex item of its own. */}
              <span>
                {names[id] ? <Link href={routeToHash({ name: 'contact', id })}>{names[id]}</Link> : t('entry.unknownPerson')}
                {index < others.length - 1 ? ',' : null}
              </span>
            </span>
          ))}
        </div>
      ) : null}
      {interaction.place ? (
        <div className={styles.line}>
          <LocationRegular aria-label={t('entry.place')} />
          <span>{interaction.place}</span>
        </div>
      ) : null}
      {interaction.topics.length > 0 ? (
        <div className={styles.line}>
          <span>{t('entry.topics')}:</span>
          {interaction.topics.map((topic) => (
            <Badge key={topic} appearance="tint" color="informative">
              {topic}
            </Badge>
          ))}
        </div>
      ) : null}
      {interaction.note ? (
        <Text as="p" className={styles.note}>
          {interaction.note}
        </Text>
      ) : null}
      {interaction.followUpOn ? (
        <div className={styles.line}>
          <CalendarLtrRegular aria-hidden="true" />
          <span>
            {t(interaction.followUpDone ? 'entry.followUpDone' : 'entry.followUp', {
              date: formatDate(interaction.followUpOn, i18n.language),
            })}
          </span>
        </div>
      ) : null}
    </article>
  );
}
