// The ways into "Gruß schreiben": an item of the contact page's menu and an icon button on Today's birthday and
// anniversary rows. The dialog comes with them, without the coach's other screens, which load when first opened.
import { Button, Tooltip } from '@fluentui/react-components';
import { MailEditRegular } from '@fluentui/react-icons';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { GreetingOccasion } from '../../../../shared/content/greetings';
import { greetingOccasionOf } from '../../../../shared/greeting-occasion';
import type { AgendaItem, TodaySuggestion } from '../../../../shared/views';
import { useNavigation } from '../../app/navigation';
import { GreetingsDialog } from './greetings-dialog';

interface GreetingTarget {
  contactId: string;
  name: string;
  occasion?: GreetingOccasion | undefined;
  /** The favour to thank for. */
  favourId?: string | undefined;
}

/**
 * "Gruß schreiben" on the contact page, where it is an item of the "Weitere Aktionen" menu (the page keeps two
 * actions in sight): the dialog lives beside the menu, which closes on the click. The page's route may ask for the
 * dialog at an occasion (`#/contacts/<id>/greeting/birthday`, where a reminder's notification leads); closing it
 * then goes back to the plain page, so a reload does not open it again.
 */
export function useContactGreetings(contactId: string, name: string, fromRoute: GreetingOccasion | undefined): { open(): void; dialog: ReactNode } {
  const { navigate } = useNavigation();
  const [open, setOpen] = useState(false);
  const close = () => {
    setOpen(false);
    if (fromRoute) navigate({ name: 'contact', id: contactId });
  };
  return {
    open: () => setOpen(true),
    dialog: open || fromRoute ? <GreetingsDialog contactId={contactId} name={name} {...(fromRoute ? { occasion: fromRoute } : {})} onClose={close} /> : null,
  };
}

/** An icon button with the person's name in its label, for a row among others (Today's agenda). */
export function GreetingIconButton({ contactId, name, occasion, favourId }: GreetingTarget) {
  const { t } = useTranslation('coach');
  const [open, setOpen] = useState(false);
  const label = t('greetings.openFor', { name });
  return (
    <>
      <Tooltip content={label} relationship="label">
        <Button size="small" appearance="subtle" icon={<MailEditRegular />} onClick={() => setOpen(true)} />
      </Tooltip>
      {open ? (
        <GreetingsDialog contactId={contactId} name={name} {...(occasion ? { occasion } : {})} {...(favourId ? { favourId } : {})} onClose={() => setOpen(false)} />
      ) : null}
    </>
  );
}

/** The greeting a row of Today's agenda calls for: a birthday, a round one, a work anniversary or a school start. */
export function greetingForAgendaItem(item: AgendaItem): { contactId: string; occasion: GreetingOccasion } | undefined {
  const source = item.kind === 'occasion' ? item.occasion : item.kind === 'reminder' ? item.reminder : undefined;
  const occasion = source && greetingOccasionOf(source);
  return source && occasion ? { contactId: source.contactId, occasion } : undefined;
}

/** The greeting a suggestion on Today calls for: thanks for a favour not yet returned, or an occasion ahead. */
export function greetingForSuggestion(suggestion: TodaySuggestion): { occasion: GreetingOccasion; favourId?: string } | undefined {
  const { reason } = suggestion;
  if (reason.kind === 'youOwe') return { occasion: 'thanks', favourId: reason.favour.id };
  const occasion = reason.kind === 'occasion' ? greetingOccasionOf(reason.occasion) : undefined;
  return occasion ? { occasion } : undefined;
}
