// The coach's ways in from a person's page: write them a greeting, prepare a conversation with them, or welcome them
// as a new colleague. They sit in the page's "more actions" menu, beside editing, archiving and deleting.
import { MenuItem } from '@fluentui/react-components';
import { MailEditRegular, PersonChatRegular, PersonStarRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { useNavigation } from '../../app/navigation';

/** `onWriteGreeting` opens "Gruß schreiben", whose dialog the page holds, since the menu closes on the click. */
export function ContactCoachMenuItems({ contactId, onWriteGreeting }: { contactId: string; onWriteGreeting(): void }) {
  const { t } = useTranslation('coach');
  const { navigate } = useNavigation();
  return (
    <>
      <MenuItem icon={<MailEditRegular />} onClick={onWriteGreeting}>
        {t('greetings.open')}
      </MenuItem>
      <MenuItem icon={<PersonChatRegular />} onClick={() => navigate({ name: 'briefing', contactId })}>
        {t('briefing.open')}
      </MenuItem>
      <MenuItem icon={<PersonStarRegular />} onClick={() => navigate({ name: 'colleagues', contactId })}>
        {t('colleagues.markFromContact')}
      </MenuItem>
    </>
  );
}
