// One contact in the list: face and name, when you were last in touch and how the rhythm stands (a dot in green,
// yellow or red, always with its words; nothing at all without a rhythm), the next occasion, intern/extern and tags.
// The whole row is one button that opens the contact.
import { Badge, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { displayName, type Contact } from '../../../../shared/model';
import type { ContactOverview } from '../../../../shared/views';
import { PersonAvatar } from '../../components';
import { contactIdAttribute } from '../journal/contact-in-focus';
import { rowHeight, useColumnStyles } from './contact-list-columns';
import { lastContactText, occasionText, statusText } from './contact-list-text';

const shownTags = 1;

const useStyles = makeStyles({
  row: {
    height: `${rowHeight}px`,
    border: 'none',
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    background: 'none',
    color: tokens.colorNeutralForeground1,
    textAlign: 'start',
    cursor: 'pointer',
    fontFamily: 'inherit',
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: '-2px',
    },
  },
  name: { fontWeight: tokens.fontWeightSemibold },
  secondary: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  status: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, minWidth: 0 },
  dot: {
    flex: '0 0 auto',
    width: '10px',
    height: '10px',
    borderRadius: tokens.borderRadiusCircular,
    // A thin ring keeps the dot visible on either background; its meaning is in the words beside it.
    boxShadow: `0 0 0 1px ${tokens.colorNeutralStroke1}`,
  },
  // The green "foreground" shade stays light enough to see on the dark theme's background, and dark enough on the light one.
  ok: { backgroundColor: tokens.colorPaletteGreenForeground3 },
  due: { backgroundColor: tokens.colorPaletteYellowBackground3 },
  overdue: { backgroundColor: tokens.colorPaletteRedBackground3 },
  tagText: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', maxWidth: '7.5rem' },
});

export interface ContactListRowProps {
  contact: Contact;
  overview: ContactOverview | undefined;
  onOpen(id: string): void;
}

export function ContactListRow({ contact, overview, onOpen }: ContactListRowProps) {
  const styles = useStyles();
  const columns = useColumnStyles();
  const { t, i18n } = useTranslation('contacts');
  const language = i18n.language;
  const name = displayName(contact);
  const subtitle = [contact.archived ? t('list.archived') : '', contact.role, contact.organisation].filter(Boolean).join(' · ');
  const last = lastContactText(overview, t, language);
  const status = statusText(overview, t, language);
  const occasion = occasionText(overview, t, language);
  const state = overview?.keepInTouch.status;

  return (
    <button
      type="button"
      className={mergeClasses(columns.columns, styles.row)}
      // The encounter shortcut presets the person whose row has the focus.
      {...{ [contactIdAttribute]: contact.id }}
      onClick={() => onOpen(contact.id)}
    >
      <span className={columns.avatar}>
        <PersonAvatar name={name} contactId={contact.id} />
      </span>
      {/* Long names and job titles end in "…" in a narrow window; hovering shows them whole. */}
      <span className={columns.name} title={[name, subtitle].filter(Boolean).join('\n')}>
        <span className={mergeClasses(columns.line, styles.name)}>{name}</span>
        {subtitle ? <span className={mergeClasses(columns.line, styles.secondary)}>{subtitle}</span> : null}
      </span>
      <span className={columns.lastContact} title={[last.title, status?.title].filter(Boolean).join('\n') || undefined}>
        <span className={columns.line}>
          <span className={columns.visuallyHidden}>{`${t('list.lastContact.label')} `}</span>
          {last.text}
        </span>
        {status && state && state !== 'none' ? (
          <span className={mergeClasses(styles.status, styles.secondary)}>
            <span aria-hidden="true" data-status={state} className={mergeClasses(styles.dot, styles[state])} />
            <span className={columns.line}>{status.text}</span>
          </span>
        ) : null}
      </span>
      <span className={columns.occasion} title={occasion?.title}>
        {occasion ? (
          <>
            <span className={columns.line}>
              <span className={columns.visuallyHidden}>{`${t('list.occasion.label')} `}</span>
              {occasion.what}
            </span>
            <span className={mergeClasses(columns.line, styles.secondary)}>{occasion.when}</span>
          </>
        ) : null}
      </span>
      <span className={columns.badges}>
        <Badge appearance="tint" color={contact.relation === 'internal' ? 'brand' : 'informative'}>
          {t(`relation.${contact.relation}`)}
        </Badge>
        {contact.tags.slice(0, shownTags).map((tag) => (
          <Badge key={tag} appearance="outline" color="informative" className={columns.tag} title={tag}>
            <span className={styles.tagText}>{tag}</span>
          </Badge>
        ))}
        {contact.tags.length > shownTags ? (
          <Badge appearance="outline" color="informative" className={columns.tag} title={contact.tags.slice(shownTags).join(', ')}>
            {`+${contact.tags.length - shownTags}`}
          </Badge>
        ) : null}
      </span>
    </button>
  );
}
