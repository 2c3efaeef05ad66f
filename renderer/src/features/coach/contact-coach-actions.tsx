// The coach's two ways in from a person's page: prepare a conversation with them, or welcome them as a new colleague.
// They sit in the page's "more actions" menu, beside editing, archiving and deleting.
import { MenuItem } from '@fluentui/react-components';
import { PersonChatRegular, PersonStarRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { useNavigation } from '../../app/navigation';

export function ContactCoachMenuItems({ contactId }: { contactId: string }) {
  const { t } = useTranslation('coach');
  const { navigate } = useNavigation();
  return (
    <>
      <MenuItem icon={<PersonChatRegular />} onClick={() => navigate({ name: 'briefing', contactId })}>
        {t('briefing.open')}
      </MenuItem>
      <MenuItem icon={<PersonStarRegular />} onClick={() => navigate({ name: 'colleagues', contactId })}>
        {t('colleagues.markFromContact')}
      </MenuItem>
    </>
  );
}
