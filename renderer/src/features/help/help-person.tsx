// One person on the "Wer kann helfen?" list: who they are, how warm the contact is, and why they are on the list,
// the first reason in front. Owing them two favours or more is said plainly before the user asks again.
import {
  Badge,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
  useId,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { HelpCandidate, HelpReason, Warmth } from '../../../../shared/help-contract';
import { helpReasonText } from '../../../../shared/help-reasons';
import type { Language } from '../../../../shared/model';
import { routeToHash } from '../../app/navigation';
import { PersonAvatar } from '../../components';
import { HelpActions } from './help-actions';

const useStyles = makeStyles({
  person: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalL,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    // Invisible in the themes; the system's high contrast draws it, where shadows are dropped.
    border: `${tokens.strokeWidthThin} solid transparent`,
  },
  who: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, flex: '1 1 20rem', minWidth: 0 },
  nameLine: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  name: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  meta: { color: tokens.colorNeutralForeground2 },
  firstReason: { fontWeight: tokens.fontWeightSemibold, margin: 0 },
  reasons: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground2 },
  actions: { flex: '0 1 auto' },
});

const warmthColors: Record<Warmth, 'success' | 'warning' | 'danger' | 'informative'> = {
  ok: 'success',
  due: 'warning',
  overdue: 'danger',
  none: 'informative',
};

/** Owing someone two favours or more is worth a warning before asking them again. */
export function owesTooMuch(reason: HelpReason): boolean {
  return reason.kind === 'youOwe' && reason.count >= 2;
}

export interface HelpPersonProps {
  person: HelpCandidate;
  need: string;
  asked: boolean;
  onAsked(asked: boolean): void;
  language: Language;
  today: string;
}

export function HelpPerson({ person, need, asked, onAsked, language, today }: HelpPersonProps) {
  const styles = useStyles();
  const { t } = useTranslation('help');
  const nameId = useId('help-person');
  const words = (reason: HelpReason) => helpReasonText(reason, language, person, today);
  const owes = person.reasons.find(owesTooMuch);
  const [first, ...more] = person.reasons.filter((reason) => !owesTooMuch(reason));
  const subtitle = [person.role, person.organisation, person.department].filter(Boolean).join(' · ');
  return (
    <article className={styles.person} aria-labelledby={nameId}>
      <PersonAvatar name={person.name} contactId={person.contactId} size={48} />
      <div className={styles.who}>
        <div className={styles.nameLine}>
          <Link id={nameId} className={styles.name} href={routeToHash({ name: 'contact', id: person.contactId })} data-help-person="">
            {person.name}
          </Link>
          <Badge appearance="tint" color={warmthColors[person.warmth]}>
            {t(`warmth.${person.warmth}`)}
          </Badge>
        </div>
        {subtitle ? <Text className={styles.meta}>{subtitle}</Text> : null}
        {first ? (
          <Text as="p" className={styles.firstReason}>
            {words(first)}
          </Text>
        ) : null}
        {more.length > 0 ? (
          <ul className={styles.reasons} aria-label={t('results.why')}>
            {more.map((reason, index) => (
              <li key={index}>
                <Text size={200}>{words(reason)}</Text>
              </li>
            ))}
          </ul>
        ) : null}
        {owes ? (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{words(owes)}</MessageBarTitle> {t('owes.advice')}
            </MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
      <div className={styles.actions}>
        <HelpActions person={person} need={need} asked={asked} onAsked={onAsked} nameId={nameId} />
      </div>
    </article>
  );
}
