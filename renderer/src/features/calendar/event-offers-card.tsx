// "Aus dem Kalender: Veranstaltungen": calendar entries that look like a conference, a training, a Christmas party or
// a Stammtisch, offered as Plausch events with the expected people filled in. Creating one opens its page, where
// the checklist starts.
import { Button, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { AddRegular, DismissRegular, TicketDiagonalRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { CalendarEventOffer } from '../../../../shared/calendar';
import { useFeedback } from '../../app/feedback';
import { useNavigation } from '../../app/navigation';
import { TodayCard, useTodayStyles } from '../today/today-card';
import { useCreateCalendarEvent, useDismissFromCalendar } from './calendar-queries';
import { eventDays } from './calendar-texts';
import { rowFocusAttribute, useFocusAfterAction } from './focus-after-action';
import { useCalendarRowStyles } from './met-card';
import { pickLanguage } from '../../i18n';

/**
 * Offers shown before "Weitere anzeigen": a calendar full of trainings and all-hands meetings would otherwise push the
 * rest of Today out of sight. The soonest come first.
 */
const OFFERS_SHOWN = 3;

export function EventOffersCard({ offers }: { offers: CalendarEventOffer[] }) {
  const { t } = useTranslation('calendar');
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? offers : offers.slice(0, OFFERS_SHOWN);
  const { containerRef, actedOn, forget } = useFocusAfterAction(shown.map((offer) => offer.key));
  const hidden = offers.length - shown.length;
  const more =
    hidden > 0 ? (
      <Button appearance="subtle" size="small" onClick={() => setShowAll(true)}>
        {t('events.showMore', { count: hidden })}
      </Button>
    ) : undefined;
  return (
    <div ref={containerRef}>
      <TodayCard title={t('events.title')} icon={<TicketDiagonalRegular />} listLabel={t('events.label')} more={more}>
        {shown.map((offer) => (
          <OfferRow key={offer.key} offer={offer} onDismissing={() => actedOn(offer.key)} onFailed={forget} />
        ))}
      </TodayCard>
    </div>
  );
}

function OfferRow({ offer, onDismissing, onFailed }: { offer: CalendarEventOffer; onDismissing(): void; onFailed(): void }) {
  const { t, i18n } = useTranslation('calendar');
  const todayStyles = useTodayStyles();
  const styles = useCalendarRowStyles();
  const feedback = useFeedback('calendar');
  const { navigate } = useNavigation();
  const create = useCreateCalendarEvent();
  const dismiss = useDismissFromCalendar();
  const busy = create.isPending || dismiss.isPending;
  const expected = offer.expected.length;
  return (
    <li className={`${todayStyles.item} ${styles.row}`} data-calendar-key={offer.key}>
      <span className={todayStyles.eventIcon} aria-hidden="true">
        <TicketDiagonalRegular />
      </span>
      <div className={todayStyles.what}>
        <Text weight="semibold" className={todayStyles.text}>
          {offer.title}
        </Text>
        <Text size={200} className={todayStyles.meta}>
          {[eventDays(offer, t, i18n.language), offer.place].filter(Boolean).join(' · ')}
        </Text>
        <Text size={200} className={todayStyles.meta}>
          {expected > 0 ? t('events.expected', { count: expected }) : t('events.noneExpected')}
        </Text>
      </div>
      <div className={styles.actions}>
        <Button
          size="small"
          appearance="primary"
          icon={<AddRegular />}
          aria-label={t('events.createFor', { title: offer.title })}
          disabled={busy}
          onClick={() =>
            create.mutate(
              { key: offer.key, language: pickLanguage(i18n.language) },
              { onSuccess: (event) => navigate({ name: 'event', id: event.id }), onError: (error) => feedback.showError(error) },
            )
          }
          {...{ [rowFocusAttribute]: '' }}
        >
          {t('events.create')}
        </Button>
        <Button
          size="small"
          appearance="subtle"
          icon={<DismissRegular />}
          aria-label={t('events.dismissFor', { title: offer.title })}
          disabled={busy}
          onClick={() => {
            onDismissing();
            dismiss.mutate(offer.key, {
              onSuccess: (receipt) => feedback.showUndo((tl) => tl('events.dismissed'), receipt.undoToken),
              onError: (error) => {
                onFailed();
                feedback.showError(error);
              },
            });
          }}
        >
          {t('events.dismiss')}
        </Button>
      </div>
    </li>
  );
}
