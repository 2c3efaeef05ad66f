// One person at a glance: who they are, how you met, what to remember about them, whether it is time to get in
// touch, how giving and taking stand, and every encounter so far.
import {
  Badge,
  Button,
  Link,
  Menu,
  MenuDivider,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import {
  AddRegular,
  ArchiveArrowBackRegular,
  ArchiveRegular,
  ArrowLeftRegular,
  DeleteRegular,
  DocumentPersonRegular,
  PersonDeleteRegular,
  EditRegular,
  ImageAddRegular,
  ImageOffRegular,
  MoreHorizontalRegular,
} from '@fluentui/react-icons';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isoDateAt } from '../../../../shared/dates';
import { mailtoLink } from '../../../../shared/email';
import type { GreetingOccasion } from '../../../../shared/content/greetings';
import { displayName, type Contact } from '../../../../shared/model';
import type { ContactDetail, KeepInTouch, Reciprocity } from '../../../../shared/views';
import { describeError, useFeedback } from '../../app/feedback';
import { routeToHash, useNavigation } from '../../app/navigation';
import { ConfirmDialog, PageHeader, PersonAvatar, formatDate, formatPartialDate } from '../../components';
import { ContactCoachMenuItems } from '../coach/contact-coach-actions';
import { useContactGreetings } from '../coach/greetings-button';
import { useInteractionDialog } from '../journal';
import { InteractionList } from '../journal/interaction-list';
import { useContactInView } from '../journal/contact-in-focus';
import { api } from '../../api';
import { useContactPhotoActions } from './contact-photo-actions';
import { useContactDetail, useRefreshJournal } from './contact-queries';
import { fullYearsSince } from './personal-dates';
import { usePersonReport } from './person-report-dialog';
import { useForgetDialog } from '../privacy/forget-dialog';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  back: { alignSelf: 'flex-start' },
  /** The face beside the name; the header beside it takes the rest of the line and wraps its actions under it. */
  identity: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalL, '& > header': { flexGrow: 1, minWidth: 0 } },
  subtitle: { display: 'inline-flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  archivedNote: { color: tokens.colorNeutralForeground2, fontStyle: 'italic' },
  // Columns rather than grid rows: a row would be as tall as its tallest section and leave holes under the others.
  grid: {
    columnWidth: '20rem',
    columnGap: tokens.spacingHorizontalL,
    '& > *': { breakInside: 'avoid', marginBlockEnd: tokens.spacingVerticalL },
  },
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
  },
  // A column's last card loses its bottom margin at the column's end, so the section across all columns keeps the gap.
  wide: { columnSpan: 'all', marginBlockStart: tokens.spacingVerticalL },
  heading: { margin: 0 },
  dl: {
    display: 'grid',
    // The value column may shrink below its longest word, which then wraps at its own line rather than mid-word.
    gridTemplateColumns: 'minmax(8rem, auto) minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  dt: { color: tokens.colorNeutralForeground2 },
  dd: { margin: 0, overflowWrap: 'break-word' },
  /** One address a line, breaking after the @ before anywhere else. */
  email: { display: 'block' },
  muted: { color: tokens.colorNeutralForeground3, margin: 0 },
  plainList: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, listStyle: 'none', margin: 0, padding: 0 },
  notes: { whiteSpace: 'pre-wrap', margin: 0, overflowWrap: 'anywhere' },
});

/** `greeting`: open "Gruß schreiben" at this occasion (a reminder's notification asks for it). */
export function ContactPage({ id, greeting }: { id: string; greeting?: GreetingOccasion }) {
  const styles = useStyles();
  const { t } = useTranslation('contacts');
  const { t: tCommon } = useTranslation();
  const detail = useContactDetail(id);
  const { navigate } = useNavigation();
  // Held here, not in the view: once the person is forgotten the view has nobody to show, and the report stays.
  const forget = useForgetDialog(() => navigate({ name: 'contacts' }));

  if (forget.forgotten) return <>{forget.dialog}</>;
  if (detail.isPending) return <Spinner label={t('detail.loading')} />;
  if (detail.isError) {
    return (
      <div className={styles.page}>
        <BackLink />
        <Text as="p" role="alert">
          {describeError(detail.error, tCommon)}
        </Text>
      </div>
    );
  }
  return (
    <>
      {forget.dialog}
      <ContactView detail={detail.data} onForget={forget.open} {...(greeting ? { greeting } : {})} />
    </>
  );
}

function BackLink() {
  const styles = useStyles();
  const { t } = useTranslation('contacts');
  return (
    <Link className={styles.back} href={routeToHash({ name: 'contacts' })}>
      <ArrowLeftRegular aria-hidden="true" /> {t('detail.back')}
    </Link>
  );
}

function ContactView({
  detail,
  greeting,
  onForget,
}: {
  detail: ContactDetail;
  greeting?: GreetingOccasion;
  onForget(contactId: string, name: string): void;
}) {
  const styles = useStyles();
  const { t } = useTranslation('contacts');
  const { t: tPrivacy } = useTranslation('privacy');
  const { navigate } = useNavigation();
  const feedback = useFeedback('contacts');
  const dialog = useInteractionDialog();
  const refresh = useRefreshJournal();
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const { contact } = detail;
  // The log shortcut (Ctrl+Shift+L) on this page is about this contact.
  useContactInView(contact.id);
  const name = displayName(contact);
  const subtitle = [contact.role, contact.organisation, contact.department].filter(Boolean).join(' · ');
  const photo = useContactPhotoActions(contact.id, name);
  const greetings = useContactGreetings(contact.id, name, greeting);
  const report = usePersonReport(contact.id, contact.firstName || name);

  const setArchived = async (archived: boolean) => {
    try {
      await api().contacts.setArchived({ id: contact.id, archived });
      await refresh();
      feedback.showSuccess((t) => t(archived ? 'detail.archivedToast' : 'detail.unarchivedToast', { name }));
    } catch (error) {
      feedback.showError(error);
    }
  };

  const remove = async () => {
    setConfirmingDelete(false);
    try {
      const { undoToken } = await api().contacts.delete({ id: contact.id });
      feedback.showUndo((t) => t('detail.deletedToast', { name }), undoToken);
      navigate({ name: 'contacts' });
      await refresh();
    } catch (error) {
      feedback.showError(error);
    }
  };

  return (
    <div className={styles.page}>
      <BackLink />
      {photo.input}
      {greetings.dialog}
      {report.dialog}
      <div className={styles.identity} data-testid="contact-identity">
        <PersonAvatar name={name} contactId={contact.id} size={64} />
        <PageHeader
          title={name}
          description={
            <span className={styles.subtitle}>
              {subtitle ? <span>{subtitle}</span> : null}
              <Badge appearance="tint" color={contact.relation === 'internal' ? 'brand' : 'informative'}>
                {t(`relation.${contact.relation}`)}
              </Badge>
            </span>
          }
          actions={
            <>
              <Button appearance="primary" icon={<AddRegular />} onClick={() => dialog.open({ contactIds: [contact.id] })}>
                {t('detail.actions.log', { name: contact.firstName || name })}
              </Button>
              <Button icon={<EditRegular />} onClick={() => navigate({ name: 'editContact', id: contact.id })}>
                {t('detail.actions.edit')}
              </Button>
              {/* Two actions in sight; the rest one click away, so the actions stay one line, beside or under the name. */}
              <Menu positioning="below-end">
                <MenuTrigger disableButtonEnhancement>
                  <Button icon={<MoreHorizontalRegular />} aria-label={t('detail.actions.more')} title={t('detail.actions.more')} />
                </MenuTrigger>
                <MenuPopover>
                  <MenuList>
                    <ContactCoachMenuItems contactId={contact.id} onWriteGreeting={greetings.open} />
                    <MenuDivider />
                    <MenuItem icon={<ImageAddRegular />} onClick={photo.choose}>
                      {photo.hasPhoto ? t('photo.change') : t('photo.choose')}
                    </MenuItem>
                    {photo.hasPhoto ? (
                      <MenuItem icon={<ImageOffRegular />} onClick={() => void photo.remove()}>
                        {t('photo.remove')}
                      </MenuItem>
                    ) : null}
                    <MenuDivider />
                    <MenuItem icon={<DocumentPersonRegular />} onClick={report.open}>
                      {t('detail.actions.report')}
                    </MenuItem>
                    {contact.archived ? (
                      <MenuItem icon={<ArchiveArrowBackRegular />} onClick={() => void setArchived(false)}>
                        {t('detail.actions.unarchive')}
                      </MenuItem>
                    ) : (
                      <MenuItem icon={<ArchiveRegular />} onClick={() => void setArchived(true)}>
                        {t('detail.actions.archive')}
                      </MenuItem>
                    )}
                    <MenuItem icon={<DeleteRegular />} onClick={() => setConfirmingDelete(true)}>
                      {t('detail.actions.delete')}
                    </MenuItem>
                    <MenuItem icon={<PersonDeleteRegular />} onClick={() => onForget(contact.id, name)}>
                      {tPrivacy('forget.menuItem')}
                    </MenuItem>
                  </MenuList>
                </MenuPopover>
              </Menu>
            </>
          }
        />
      </div>
      {contact.archived ? <Text className={styles.archivedNote}>{t('detail.archivedNote')}</Text> : null}
      <div className={styles.grid}>
        <KeepInTouchSection keepInTouch={detail.keepInTouch} />
        <ReciprocitySection reciprocity={detail.reciprocity} />
        <CanHelpSection contact={contact} />
        <MetSection contact={contact} names={detail.names} />
        <PersonalSection contact={contact} />
        <InterestsSection contact={contact} />
        <ContactInfoSection contact={contact} />
        {contact.notes ? (
          <Section title={t('detail.notes.title')} wide>
            <Text as="p" className={styles.notes}>
              {contact.notes}
            </Text>
          </Section>
        ) : null}
        <Section title={t('detail.timeline.title')} wide>
          {detail.timeline.length === 0 ? (
            <Text as="p" className={styles.muted}>
              {t('detail.timeline.empty')}
            </Text>
          ) : (
            <InteractionList
              label={t('detail.timeline.title')}
              items={detail.timeline}
              names={detail.names}
              currentContactId={contact.id}
              headingLevel="h3"
            />
          )}
        </Section>
      </div>
      {confirmingDelete ? (
        <ConfirmDialog
          open
          title={t('detail.deleteTitle', { name })}
          text={t('detail.deleteText')}
          confirmLabel={t('detail.deleteConfirm')}
          destructive
          onConfirm={() => void remove()}
          onCancel={() => setConfirmingDelete(false)}
        />
      ) : null}
    </div>
  );
}

function Section({ title, wide, children }: { title: string; wide?: boolean; children: ReactNode }) {
  const styles = useStyles();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className={wide ? `${styles.section} ${styles.wide}` : styles.section}>
      <Text as="h2" id={headingId} size={500} weight="semibold" className={styles.heading}>
        {title}
      </Text>
      {children}
    </section>
  );
}

function Facts({ rows }: { rows: [label: string, value: ReactNode][] }) {
  const styles = useStyles();
  return (
    <dl className={styles.dl}>
      {rows.map(([label, value]) => (
        <div key={label} style={{ display: 'contents' }}>
          <dt className={styles.dt}>{label}</dt>
          <dd className={styles.dd}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Muted({ children }: { children: ReactNode }) {
  const styles = useStyles();
  return (
    <Text as="p" className={styles.muted}>
      {children}
    </Text>
  );
}

function MetSection({ contact, names }: { contact: Contact; names: Record<string, string> }) {
  const { t, i18n } = useTranslation('contacts');
  const rows: [string, ReactNode][] = [];
  if (contact.metOn) rows.push([t('detail.met.on'), formatDate(contact.metOn, i18n.language)]);
  if (contact.metAt) rows.push([t('detail.met.at'), contact.metAt]);
  if (contact.introducedById) {
    const introducer = names[contact.introducedById];
    rows.push([
      t('detail.met.introducedBy'),
      introducer ? (
        <Link href={routeToHash({ name: 'contact', id: contact.introducedById })}>{introducer}</Link>
      ) : (
        '–'
      ),
    ]);
  }
  return (
    <Section title={t('detail.met.title')}>
      {rows.length > 0 ? <Facts rows={rows} /> : <Muted>{t('detail.met.empty')}</Muted>}
    </Section>
  );
}

function PersonalSection({ contact }: { contact: Contact }) {
  const styles = useStyles();
  const { t, i18n } = useTranslation('contacts');
  const today = isoDateAt(new Date());
  const withAge = (value: string) => {
    const age = fullYearsSince(value, today);
    const date = formatPartialDate(value, i18n.language);
    return age === undefined ? date : `${date} (${t('detail.personal.age', { count: age })})`;
  };
  const empty = !contact.birthday && contact.family.length === 0 && contact.anniversaries.length === 0;
  return (
    <Section title={t('detail.personal.title')}>
      {empty ? <Muted>{t('detail.personal.empty')}</Muted> : null}
      {contact.birthday ? <Facts rows={[[t('detail.personal.birthday'), withAge(contact.birthday)]]} /> : null}
      {contact.family.length > 0 ? (
        <>
          <Text as="h3" weight="semibold" className={styles.heading}>
            {t('detail.personal.family')}
          </Text>
          <ul className={styles.plainList}>
            {contact.family.map((member) => (
              <li key={member.id}>
                <Text weight="semibold">{member.name}</Text> · {t(`familyRelations.${member.relation}`)}
                {member.birthday ? <> · {withAge(member.birthday)}</> : null}
                {member.schoolStart ? (
                  <>
                    {' '}
                    · {t('detail.personal.schoolStart')}: {formatDate(member.schoolStart, i18n.language)}
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {contact.anniversaries.length > 0 ? (
        <>
          <Text as="h3" weight="semibold" className={styles.heading}>
            {t('detail.personal.anniversaries')}
          </Text>
          <ul className={styles.plainList}>
            {contact.anniversaries.map((anniversary) => {
              const years = fullYearsSince(anniversary.date, today);
              return (
                <li key={anniversary.id}>
                  {anniversary.label || t(`anniversaryKinds.${anniversary.kind}`)}:{' '}
                  {formatPartialDate(anniversary.date, i18n.language)}
                  {years ? ` (${t('detail.personal.since', { count: years })})` : null}
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
    </Section>
  );
}

function BadgeList({ label, items }: { label: string; items: string[] }) {
  const styles = useStyles();
  return (
    <ul className={styles.badges} aria-label={label}>
      {items.map((item) => (
        <li key={item}>
          <Badge appearance="tint" color="informative">
            {item}
          </Badge>
        </li>
      ))}
    </ul>
  );
}

function InterestsSection({ contact }: { contact: Contact }) {
  const { t } = useTranslation('contacts');
  const rows: [string, ReactNode][] = [];
  if (contact.interests.length > 0) {
    rows.push([t('detail.interests.interests'), <BadgeList label={t('detail.interests.interests')} items={contact.interests} />]);
  }
  if (contact.commonGround.length > 0) {
    rows.push([
      t('detail.interests.commonGround'),
      <BadgeList label={t('detail.interests.commonGround')} items={contact.commonGround} />,
    ]);
  }
  if (contact.giftIdeas.length > 0) {
    rows.push([t('detail.interests.giftIdeas'), <BadgeList label={t('detail.interests.giftIdeas')} items={contact.giftIdeas} />]);
  }
  return (
    <Section title={t('detail.interests.title')}>
      {rows.length > 0 ? <Facts rows={rows} /> : <Muted>{t('detail.interests.empty')}</Muted>}
    </Section>
  );
}

/** "Kann helfen bei": what "Wer kann helfen?" finds this person for. */
function CanHelpSection({ contact }: { contact: Contact }) {
  const { t } = useTranslation('contacts');
  return (
    <Section title={t('detail.canHelp.title')}>
      {contact.canHelpWith.length > 0 ? (
        <BadgeList label={t('detail.canHelp.title')} items={contact.canHelpWith} />
      ) : (
        <Muted>{t('detail.canHelp.empty')}</Muted>
      )}
    </Section>
  );
}

/** An address with a break opportunity after its @, so a long one wraps there rather than mid-word. */
function breakableAddress(email: string): ReactNode {
  const at = email.indexOf('@');
  if (at < 0) return email;
  return (
    <>
      {email.slice(0, at + 1)}
      <wbr />
      {email.slice(at + 1)}
    </>
  );
}

function ContactInfoSection({ contact }: { contact: Contact }) {
  const styles = useStyles();
  const { t } = useTranslation('contacts');
  const rows: [string, ReactNode][] = [];
  if (contact.emails.length > 0) {
    rows.push([
      t('detail.contactInfo.emails'),
      contact.emails.map((email) => {
        // Built from the parsed address only; what is none (an earlier version took any text) is shown, not linked.
        const link = mailtoLink(email);
        const text = breakableAddress(email);
        return (
          <span key={email} className={styles.email}>
            {link ? <Link href={link}>{text}</Link> : text}
          </span>
        );
      }),
    ]);
  }
  if (contact.phones.length > 0) rows.push([t('detail.contactInfo.phones'), contact.phones.join(', ')]);
  if (contact.tags.length > 0) {
    rows.push([t('detail.contactInfo.tags'), <BadgeList label={t('detail.contactInfo.tags')} items={contact.tags} />]);
  }
  return (
    <Section title={t('detail.contactInfo.title')}>
      {rows.length > 0 ? <Facts rows={rows} /> : <Muted>{t('detail.notSet')}</Muted>}
    </Section>
  );
}

const statusColors = { ok: 'success', due: 'warning', overdue: 'danger' } as const;

function KeepInTouchSection({ keepInTouch }: { keepInTouch: KeepInTouch }) {
  const { t, i18n } = useTranslation('contacts');
  const { cadenceDays, cadenceSource } = keepInTouch;
  const source =
    cadenceSource?.kind === 'tag'
      ? t('detail.keepInTouch.fromTag', { tag: cadenceSource.tag })
      : cadenceSource?.kind === 'default'
        ? t('detail.keepInTouch.fromDefault')
        : t('detail.keepInTouch.fromContact');
  const rows: [string, ReactNode][] = [
    [t('detail.keepInTouch.lastContact'), formatDate(keepInTouch.lastContactOn, i18n.language)],
  ];
  if (keepInTouch.nextDueOn) {
    rows.push([t('detail.keepInTouch.nextDue'), formatDate(keepInTouch.nextDueOn, i18n.language)]);
  }
  return (
    <Section title={t('detail.keepInTouch.title')}>
      {/* Without a rhythm nothing can be due, so there is no status to show: "all good" would promise what is unset. */}
      {cadenceDays ? (
        <div>
          <Badge appearance="filled" color={statusColors[keepInTouch.status]}>
            {t(`detail.keepInTouch.status.${keepInTouch.status}`)}
          </Badge>
        </div>
      ) : null}
      {cadenceDays ? (
        <Text as="p" style={{ margin: 0 }}>
          {t('detail.keepInTouch.cadence', { count: cadenceDays })} ({source})
        </Text>
      ) : (
        <Muted>{t('detail.keepInTouch.noCadence')}</Muted>
      )}
      <Facts rows={rows} />
    </Section>
  );
}

function ReciprocitySection({ reciprocity }: { reciprocity: Reciprocity }) {
  const styles = useStyles();
  const { t, i18n } = useTranslation('contacts');
  const { t: tJournal } = useTranslation('journal');
  const { given, received, balance, open } = reciprocity;
  const words =
    given + received === 0
      ? t('detail.reciprocity.none')
      : balance === 0
        ? t('detail.reciprocity.balanced')
        : balance > 0
          ? t('detail.reciprocity.ahead', { count: balance })
          : t('detail.reciprocity.behind', { count: -balance });
  return (
    <Section title={t('detail.reciprocity.title')}>
      <Facts
        rows={[
          [t('detail.reciprocity.given'), String(given)],
          [t('detail.reciprocity.received'), String(received)],
        ]}
      />
      <Text as="p" style={{ margin: 0 }}>
        {words}
      </Text>
      {open.length > 0 ? (
        <>
          <Text as="h3" weight="semibold" className={styles.heading}>
            {t('detail.reciprocity.open')}
          </Text>
          <ul className={styles.plainList} aria-label={t('detail.reciprocity.open')}>
            {open.map((favour) => (
              <li key={favour.id}>
                {formatDate(favour.date, i18n.language)}: {favour.note || favour.topics.join(', ') || tJournal('types.favourReceived')}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Section>
  );
}
