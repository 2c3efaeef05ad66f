// The coach's two ways in from a person's page: prepare a conversation with them, or welcome them as a new colleague.
import { Button } from '@fluentui/react-components';
import { PersonChatRegular, PersonStarRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { useNavigation } from '../../app/navigation';

export function ContactCoachActions({ contactId }: { contactId: string }) {
  const { t } = useTranslation('coach');
  const { navigate } = useNavigation();
  return (
    <>
      <Button icon={<PersonChatRegular />} onClick={() => navigate({ name: 'briefing', contactId })}>
        {t('briefing.open')}
      </Button>
      <Button icon={<PersonStarRegular />} onClick={() => navigate({ name: 'colleagues', contactId })}>
        {t('colleagues.markFromContact')}
      </Button>
    </>
  );
}
