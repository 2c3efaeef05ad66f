// Small-talk openers for a situation and a depth, optionally for one person: then what the journal knows about them
// comes first, marked as personal, and the deepest level waits until they have shown interest.
import { Badge, Button, Field, Radio, RadioGroup, Select, Spinner, Text } from '@fluentui/react-components';
import { ChatBubblesQuestionRegular, DoorArrowRightRegular, PersonChatRegular, PersonVoiceRegular } from '@fluentui/react-icons';
import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { CoachLine, PromptList } from '../../../../shared/coach-views';
import type { PromptDepth, PromptSetting } from '../../../../shared/content/schema';
import { useNavigation } from '../../app/navigation';
import { EmptyState, PageHeader } from '../../components';
import { ContactPicker } from '../contacts/contact-picker';
import { useContactList } from '../contacts/contact-queries';
import { CoachCard } from './coach-card';
import { usePrompts } from './coach-queries';
import { promptSettingGroupIds, promptSettingGroups } from './prompt-setting-groups';
import { useCoachStyles } from './coach-styles';
import { BackToCoach } from './progress-page';

const depthChoices = ['all', '1', '2', '3'] as const;
type DepthChoice = (typeof depthChoices)[number];

export interface PromptsPageProps {
  setting?: PromptSetting;
  contactId?: string;
}

export function PromptsPage({ setting: initialSetting, contactId: initialContact }: PromptsPageProps) {
  const styles = useCoachStyles();
  const { t } = useTranslation('coach');
  const { navigate } = useNavigation();
  const contacts = useContactList();
  const [setting, setSetting] = useState<PromptSetting>(initialSetting ?? 'lift');
  const [depth, setDepth] = useState<DepthChoice>('all');
  const [contactId, setContactId] = useState(initialContact ?? '');
  const prompts = usePrompts(setting, depth === 'all' ? undefined : (Number(depth) as PromptDepth), contactId);

  return (
    <div className={styles.page}>
      <BackToCoach />
      <PageHeader title={t('prompts.title')} description={t('prompts.description')} />
      <CoachCard title={t('prompts.choose')} icon={<ChatBubblesQuestionRegular />}>
        <div className={styles.formRow}>
          <Field label={t('prompts.setting')}>
            <Select value={setting} onChange={(_event, data) => setSetting(data.value as PromptSetting)}>
              {promptSettingGroupIds.map((group) => (
                <optgroup key={group} label={t(`settingGroups.${group}`)}>
                  {promptSettingGroups[group].map((value) => (
                    <option key={value} value={value}>
                      {t(`settings.${value}`)}
                    </option>
                  ))}
                </optgroup>
              ))}
            </Select>
          </Field>
          <ContactPicker
            label={t('prompts.person')}
            placeholder={t('prompts.personPlaceholder')}
            contacts={contacts.data ?? []}
            value={contactId}
            onChange={setContactId}
          />
          {contactId ? (
            <Button icon={<PersonChatRegular />} onClick={() => navigate({ name: 'briefing', contactId })}>
              {t('briefing.open')}
            </Button>
          ) : null}
        </div>
        <Field label={t('prompts.depth')}>
          <RadioGroup layout="horizontal" value={depth} onChange={(_event, data) => setDepth(data.value as DepthChoice)}>
            {depthChoices.map((value) => (
              <Radio key={value} value={value} label={t(`depths.${value}`)} />
            ))}
          </RadioGroup>
        </Field>
        <Text size={200} className={styles.muted}>
          {t('depths.hint')}
        </Text>
      </CoachCard>
      {prompts.isPending ? <Spinner /> : null}
      {prompts.data ? <PromptItems list={prompts.data} withPerson={Boolean(contactId)} /> : null}
      {prompts.data ? (
        <div className={styles.grid}>
          <LineList title={t('lines.closings')} hint={t('lines.closingsHint')} icon={<DoorArrowRightRegular />} lines={prompts.data.closings} />
          <LineList
            title={t('lines.disclosures')}
            hint={t('lines.disclosuresHint')}
            icon={<PersonVoiceRegular />}
            lines={prompts.data.disclosures}
          />
        </div>
      ) : null}
    </div>
  );
}

function PromptItems({ list, withPerson }: { list: PromptList; withPerson: boolean }) {
  const styles = useCoachStyles();
  const { t, i18n } = useTranslation('coach');
  const title = t('prompts.listTitle', { setting: t(`settings.${list.setting}`) });
  return (
    <CoachCard title={title} icon={<ChatBubblesQuestionRegular />}>
      {i18n.language === 'de' ? (
        <Text as="p" size={200} className={styles.muted}>
          {t(withPerson ? 'prompts.formOfPerson' : 'prompts.formDefault', { form: t(`forms.${list.form}`) })}
        </Text>
      ) : null}
      {withPerson && !list.interestShown ? (
        <Text as="p" className={styles.muted}>
          {t('prompts.noInterestYet')}
        </Text>
      ) : null}
      {list.items.length === 0 ? (
        <EmptyState icon={<ChatBubblesQuestionRegular />} title={t('prompts.emptyTitle')} text={t('prompts.emptyText')} />
      ) : (
        <ol className={styles.list} aria-label={title}>
          {list.items.map((prompt) => (
            <li key={prompt.id} className={styles.item}>
              <Text className={styles.grow}>{prompt.text}</Text>
              {prompt.source !== 'content' ? (
                <Badge appearance="filled" color="brand">
                  {t('prompts.personal', { source: t(`sources.${prompt.source}`) })}
                </Badge>
              ) : prompt.about !== undefined ? (
                <Badge appearance="filled" color="brand">
                  {t('prompts.personal', { source: prompt.about })}
                </Badge>
              ) : null}
              <Badge appearance="outline" color="informative">
                {t('prompts.depthBadge', { depth: prompt.depth })}
              </Badge>
            </li>
          ))}
        </ol>
      )}
    </CoachCard>
  );
}

/** Lines that help a conversation along besides the opener: ending it warmly, or giving something of oneself. */
function LineList({ title, hint, icon, lines }: { title: string; hint: string; icon: ReactElement; lines: CoachLine[] }) {
  const styles = useCoachStyles();
  return (
    <CoachCard title={title} icon={icon}>
      <Text as="p" size={200} className={styles.muted}>
        {hint}
      </Text>
      <ul className={styles.list} aria-label={title}>
        {lines.map((line) => (
          <li key={line.id} className={styles.item}>
            <Text className={styles.grow}>{line.text}</Text>
          </li>
        ))}
      </ul>
    </CoachCard>
  );
}
