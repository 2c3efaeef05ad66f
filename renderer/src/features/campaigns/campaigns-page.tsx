// Gifts and occasions: the Easter and Advent campaigns with the people the user works with most proposed, and the
// flowers for round birthdays and anniversaries. The user ticks who gets something and moves each gift from idea to
// bought to sent; marking it sent logs a gift in the journal (the service does that).
import {
  Button,
  Card,
  Checkbox,
  Input,
  Link,
  Radio,
  RadioGroup,
  Spinner,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
  useId,
} from '@fluentui/react-components';
import { DismissRegular, GiftRegular } from '@fluentui/react-icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { giftStatuses, type GiftStatus } from '../../../../shared/model';
import type { CampaignCandidate, CampaignView } from '../../../../shared/views';
import { api } from '../../api';
import { useFeedback } from '../../app/feedback';
import { routeToHash } from '../../app/navigation';
import { derivedQueryKeys } from '../../app/query';
import { EmptyState, PageHeader, PersonAvatar, formatDate } from '../../components';

const useStyles = makeStyles({
  campaigns: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL, maxWidth: '60rem' },
  card: { gap: tokens.spacingVerticalM, '& h2, & h3, & p': { margin: 0 } },
  meta: { color: tokens.colorNeutralForeground2 },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  recipient: {
    display: 'grid',
    gridTemplateColumns: 'minmax(10rem, 1fr) minmax(10rem, 1fr) auto auto',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    paddingBlock: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  person: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: 0 },
  candidateLabel: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  who: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  heading: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  proposals: { gap: tokens.spacingVerticalXXS },
});

export function useCampaigns() {
  return useQuery({ queryKey: derivedQueryKeys.campaigns, queryFn: () => api().campaigns.list() });
}

export function CampaignsPage() {
  const { t } = useTranslation('campaigns');
  const { t: tCommon } = useTranslation();
  const styles = useStyles();
  const campaigns = useCampaigns();
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      {campaigns.isPending ? (
        <Spinner label={tCommon('app.loading')} />
      ) : campaigns.isError ? (
        <Text role="alert">{tCommon('app.loadFailed')}</Text>
      ) : campaigns.data.length === 0 ? (
        <EmptyState icon={<GiftRegular />} title={t('empty.title')} text={t('empty.text')} />
      ) : (
        <div className={styles.campaigns}>
          {campaigns.data.map((campaign) => (
            <CampaignCard key={campaign.id} campaign={campaign} />
          ))}
        </div>
      )}
    </>
  );
}

export function campaignTitle(campaign: CampaignView, t: TFunction<'campaigns'>): string {
  const { occasion } = campaign;
  if (campaign.kind !== 'flowers') return t(`kinds.${campaign.kind}`, { year: campaign.occursOn.slice(0, 4) });
  if (!occasion || occasion.years === undefined) return t('kinds.flowers');
  const key = occasion.kind === 'anniversary' ? `occasion.${occasion.anniversaryKind ?? 'other'}` : 'occasion.birthday';
  return `${t('kinds.flowers')}: ${t(key as 'occasion.birthday', { name: occasion.name, count: occasion.years })}`;
}

interface UpdateInput {
  contactId: string;
  status: GiftStatus | null;
  gift?: string;
}

function useUpdateCampaign(campaignId: string) {
  const queryClient = useQueryClient();
  const feedback = useFeedback('campaigns');
  return useMutation({
    mutationFn: (input: UpdateInput) => api().campaigns.update({ campaignId, ...input }),
    onSuccess: (updated, input) => {
      // Shown at once; `data:changed` brings the rest (the gift in the journal) a moment later.
      queryClient.setQueryData<CampaignView[]>(derivedQueryKeys.campaigns, (list) =>
        list?.map((campaign) => (campaign.id === updated.id ? updated : campaign)),
      );
      if (input.status === 'sent') feedback.showSuccess((t) => t('sent'));
    },
    onError: (error) => feedback.showError(error),
  });
}

function CampaignCard({ campaign }: { campaign: CampaignView }) {
  const { t, i18n } = useTranslation('campaigns');
  const styles = useStyles();
  const headingId = useId('campaign');
  const title = campaignTitle(campaign, t);
  const update = useUpdateCampaign(campaign.id);
  return (
    <Card className={styles.card}>
      <section aria-labelledby={headingId} className={styles.heading}>
        <Text as="h2" id={headingId} size={500} weight="semibold">
          {title}
        </Text>
        <Text as="p" className={styles.meta}>
          {`${t(`gifts.${campaign.kind}`)} · ${t('occursOn', { date: formatDate(campaign.occursOn, i18n.language) })}`}
        </Text>
      </section>
      <Text as="h3" size={400} weight="semibold">
        {t('recipients')}
      </Text>
      {campaign.recipients.length === 0 ? (
        <Text as="p" className={styles.meta}>
          {t('noRecipients')}
        </Text>
      ) : (
        <ul className={styles.list} aria-label={t('recipientsLabel', { campaign: title })}>
          {campaign.recipients.map((recipient) => (
            <RecipientRow
              key={recipient.contactId}
              recipient={recipient}
              onChange={(change) => update.mutate({ contactId: recipient.contactId, status: recipient.status, gift: recipient.gift, ...change })}
            />
          ))}
        </ul>
      )}
      <Text as="h3" size={400} weight="semibold">
        {t('proposals')}
      </Text>
      {campaign.proposals.length === 0 ? (
        <Text as="p" className={styles.meta}>
          {t('noProposals')}
        </Text>
      ) : (
        <>
          {campaign.kind !== 'flowers' ? (
            <Text as="p" className={styles.meta}>
              {t('proposalsHelp')}
            </Text>
          ) : null}
          <ul className={mergeClasses(styles.list, styles.proposals)} aria-label={t('proposalsLabel', { campaign: title })}>
            {campaign.proposals.map((candidate) => (
              <ProposalItem
                key={candidate.contactId}
                candidate={candidate}
                flowers={campaign.kind === 'flowers'}
                disabled={update.isPending}
                onPick={() => update.mutate({ contactId: candidate.contactId, status: 'idea' })}
              />
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}

function ProposalItem({
  candidate,
  flowers,
  disabled,
  onPick,
}: {
  candidate: CampaignCandidate;
  flowers: boolean;
  disabled: boolean;
  onPick(): void;
}) {
  const { t } = useTranslation('campaigns');
  const styles = useStyles();
  const why = flowers ? t('roundOccasion') : t('encounters', { count: candidate.interactionCount });
  return (
    <li>
      <Checkbox
        checked={false}
        disabled={disabled}
        aria-label={t('pick', { name: candidate.name })}
        label={
          <span className={styles.candidateLabel}>
            <PersonAvatar name={candidate.name} contactId={candidate.contactId} size={20} />
            {`${candidate.name} – ${[candidate.organisation, why].filter(Boolean).join(', ')}`}
          </span>
        }
        onChange={onPick}
      />
    </li>
  );
}

function RecipientRow({
  recipient,
  onChange,
}: {
  recipient: CampaignView['recipients'][number];
  onChange(change: { status?: GiftStatus | null; gift?: string }): void;
}) {
  const { t } = useTranslation('campaigns');
  const styles = useStyles();
  const [gift, setGift] = useState(recipient.gift);
  const saveGift = () => {
    if (gift.trim() !== recipient.gift) onChange({ gift: gift.trim() });
  };
  return (
    <li className={styles.recipient} data-status={recipient.status}>
      <div className={styles.person}>
        <PersonAvatar name={recipient.name} contactId={recipient.contactId} />
        <div className={styles.who}>
          <Link href={routeToHash({ name: 'contact', id: recipient.contactId })}>{recipient.name}</Link>
          <Text size={200} className={styles.meta}>
            {recipient.giftIdeas.length > 0 ? t('giftIdeas', { ideas: recipient.giftIdeas.join(', ') }) : t('noGiftIdeas')}
          </Text>
        </div>
      </div>
      <Input
        value={gift}
        placeholder={t('giftPlaceholder')}
        aria-label={t('gift', { name: recipient.name })}
        onChange={(_event, data) => setGift(data.value)}
        onBlur={saveGift}
        onKeyDown={(event) => {
          if (event.key === 'Enter') saveGift();
        }}
      />
      <RadioGroup
        layout="horizontal"
        value={recipient.status}
        aria-label={t('status.label', { name: recipient.name })}
        onChange={(_event, data) => onChange({ status: data.value as GiftStatus, gift: gift.trim() })}
      >
        {giftStatuses.map((status) => (
          <Radio key={status} value={status} label={t(`status.${status}`)} />
        ))}
      </RadioGroup>
      <Button
        appearance="subtle"
        icon={<DismissRegular />}
        aria-label={t('remove', { name: recipient.name })}
        title={t('remove', { name: recipient.name })}
        onClick={() => onChange({ status: null })}
      />
    </li>
  );
}
