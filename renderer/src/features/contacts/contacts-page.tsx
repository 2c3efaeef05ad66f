// The list of everyone in the journal: filter as you type, open a contact with a click or Enter, move with the
// arrow keys. Virtualized, because an assistant's network easily runs into the thousands.
import {
  Avatar,
  Badge,
  Button,
  Field,
  SearchBox,
  Spinner,
  Switch,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { PeopleTeamRegular, PersonAddRegular } from '@fluentui/react-icons';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { displayName, type Contact } from '../../../../shared/model';
import { EmptyState, PageHeader } from '../../components';
import { useNavigation } from '../../app/navigation';
import { useContactList } from './contact-queries';
import { matchesQuery } from './search-text';

const rowHeight = 64;

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', minHeight: 0, gap: tokens.spacingVerticalM },
  tools: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalL },
  filter: { flex: '1 1 18rem', maxWidth: '32rem' },
  count: { color: tokens.colorNeutralForeground2 },
  scroller: {
    overflowY: 'auto',
    // The list scrolls inside itself, so only the visible rows exist whatever the page around it does.
    maxHeight: 'calc(100vh - 240px)',
    minHeight: '200px',
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  list: { position: 'relative', listStyle: 'none', margin: 0, padding: 0, width: '100%' },
  item: { position: 'absolute', top: 0, left: 0, width: '100%' },
  row: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    width: '100%',
    height: `${rowHeight}px`,
    boxSizing: 'border-box',
    paddingInline: tokens.spacingHorizontalM,
    border: 'none',
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    background: 'none',
    color: tokens.colorNeutralForeground1,
    textAlign: 'start',
    cursor: 'pointer',
    fontFamily: 'inherit',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: '-2px',
    },
  },
  archived: { opacity: 0.7 },
  text: { display: 'flex', flexDirection: 'column', minWidth: 0, flex: 1 },
  name: { fontWeight: tokens.fontWeightSemibold, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  subtitle: {
    color: tokens.colorNeutralForeground2,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
  badges: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'nowrap', overflow: 'hidden' },
});

function sortKey(contact: Contact): string {
  return `${contact.lastName || contact.firstName} ${contact.firstName}`;
}

export function ContactsPage() {
  const styles = useStyles();
  const { t, i18n } = useTranslation('contacts');
  const { navigate } = useNavigation();
  const [includeArchived, setIncludeArchived] = useState(false);
  const [filter, setFilter] = useState('');
  const contacts = useContactList(includeArchived);

  const visible = useMemo(() => {
    const collator = new Intl.Collator(i18n.language, { sensitivity: 'base' });
    return (contacts.data ?? [])
      .filter((contact) =>
        matchesQuery(
          [displayName(contact), contact.role, contact.organisation, contact.department, ...contact.tags].join(' '),
          filter,
        ),
      )
      .sort((a, b) => collator.compare(sortKey(a), sortKey(b)));
  }, [contacts.data, filter, i18n.language]);

  const newContactButton = (
    <Button appearance="primary" icon={<PersonAddRegular />} onClick={() => navigate({ name: 'newContact' })}>
      {t('list.newContact')}
    </Button>
  );

  if (contacts.isPending) {
    return <Spinner label={t('list.loading')} />;
  }

  const brandNew = !includeArchived && filter === '' && (contacts.data ?? []).length === 0;
  if (brandNew) {
    return (
      <div className={styles.page}>
        <PageHeader title={t('list.title')} />
        <EmptyState
          icon={<PeopleTeamRegular />}
          title={t('list.emptyTitle')}
          text={t('list.emptyText')}
          action={newContactButton}
        />
      </div>
    );
  }

  return (
    <div className={styles.page}>
      <PageHeader title={t('list.title')} description={t('list.description')} actions={newContactButton} />
      <div className={styles.tools}>
        <Field label={t('list.filterLabel')} className={styles.filter}>
          <SearchBox
            value={filter}
            placeholder={t('list.filterPlaceholder')}
            onChange={(_event, data) => setFilter(data.value)}
          />
        </Field>
        <Switch
          label={t('list.showArchived')}
          checked={includeArchived}
          onChange={(_event, data) => setIncludeArchived(data.checked)}
        />
        <Text className={styles.count} role="status">
          {t('list.count', { count: visible.length })}
        </Text>
      </div>
      {visible.length === 0 ? (
        <Text as="p">{t('list.noMatch', { filter })}</Text>
      ) : (
        <ContactList contacts={visible} onOpen={(id) => navigate({ name: 'contact', id })} />
      )}
    </div>
  );
}

function ContactList({ contacts, onOpen }: { contacts: Contact[]; onOpen(id: string): void }) {
  const styles = useStyles();
  const { t } = useTranslation('contacts');
  const scrollerRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: contacts.length,
    getScrollElement: () => scrollerRef.current,
    estimateSize: () => rowHeight,
    overscan: 8,
    getItemKey: (index) => contacts[index]?.id ?? index,
  });

  const focusRow = (index: number) => {
    const target = Math.max(0, Math.min(contacts.length - 1, index));
    virtualizer.scrollToIndex(target);
    // The row may only exist after the virtualizer has rendered it.
    requestAnimationFrame(() => {
      scrollerRef.current?.querySelector<HTMLButtonElement>(`[data-index="${target}"] button`)?.focus();
    });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const current = Number((event.target as HTMLElement).closest('li')?.dataset.index ?? -1);
    const moves: Record<string, number> = {
      ArrowDown: current + 1,
      ArrowUp: current - 1,
      Home: 0,
      End: contacts.length - 1,
      PageDown: current + 8,
      PageUp: current - 8,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    focusRow(next);
  };

  return (
    <div ref={scrollerRef} className={styles.scroller}>
      <ul
        aria-label={t('list.listLabel')}
        className={styles.list}
        style={{ height: `${virtualizer.getTotalSize()}px` }}
        onKeyDown={onKeyDown}
      >
        {virtualizer.getVirtualItems().map((item) => {
          const contact = contacts[item.index];
          if (!contact) return null;
          const name = displayName(contact);
          const subtitle = [contact.role, contact.organisation].filter(Boolean).join(' · ');
          return (
            <li
              key={item.key}
              data-index={item.index}
              aria-setsize={contacts.length}
              aria-posinset={item.index + 1}
              className={styles.item}
              style={{ transform: `translateY(${item.start}px)` }}
            >
              <button
                type="button"
                className={mergeClasses(styles.row, contact.archived && styles.archived)}
                onClick={() => onOpen(contact.id)}
              >
                <Avatar name={name} color="colorful" aria-hidden="true" />
                <span className={styles.text}>
                  <span className={styles.name}>{name}</span>
                  {subtitle ? <span className={styles.subtitle}>{subtitle}</span> : null}
                </span>
                <span className={styles.badges}>
                  {contact.archived ? (
                    <Badge appearance="outline" color="subtle">
                      {t('list.archived')}
                    </Badge>
                  ) : null}
                  <Badge appearance="tint" color={contact.relation === 'internal' ? 'brand' : 'informative'}>
                    {t(`relation.${contact.relation}`)}
                  </Badge>
                  {contact.tags.slice(0, 3).map((tag) => (
                    <Badge key={tag} appearance="outline" color="informative">
                      {tag}
                    </Badge>
                  ))}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
