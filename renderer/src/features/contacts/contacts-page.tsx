// The list of everyone in the journal: who it was long since you spoke to, whose rhythm is due and whose birthday is
// coming, sorted and narrowed down as the user chooses. A click or Enter opens a contact.
import { Button, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { DismissRegular, PeopleTeamRegular, PersonAddRegular, SearchRegular } from '@fluentui/react-icons';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactOverview } from '../../../../shared/views';
import { EmptyState, PageHeader } from '../../components';
import { useNavigation } from '../../app/navigation';
import { useContactList } from './contact-queries';
import { filterContacts, hasFilters, noFilters, sortContacts, tagsOf } from './contact-list-order';
import { useRememberedFilters, useRememberedIncludeArchived, useRememberedSort } from './contact-list-memory';
import { useContactOverview } from './contact-list-queries';
import { ContactListTools } from './contact-list-tools';
import { ContactListView } from './contact-list-view';
import { EmptyContactsActions } from '../welcome/empty-contacts-actions';

const noOverviews: ReadonlyMap<string, ContactOverview> = new Map();

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', minHeight: 0, gap: tokens.spacingVerticalM },
});

export function ContactsPage() {
  const styles = useStyles();
  const { t, i18n } = useTranslation('contacts');
  const { navigate } = useNavigation();
  const [includeArchived, setIncludeArchived] = useRememberedIncludeArchived();
  const [filters, setFilters] = useRememberedFilters();
  const [sort, setSort] = useRememberedSort();
  const contacts = useContactList(includeArchived);
  // Without it the rows still show names; the last contact, status and occasion fill in when it arrives.
  const overviews = useContactOverview(includeArchived).data ?? noOverviews;

  const tags = useMemo(() => tagsOf(contacts.data ?? [], i18n.language), [contacts.data, i18n.language]);
  const visible = useMemo(
    () => sortContacts(filterContacts(contacts.data ?? [], filters), overviews, sort, i18n.language),
    [contacts.data, filters, overviews, sort, i18n.language],
  );

  const newContactButton = (
    <Button appearance="primary" icon={<PersonAddRegular />} onClick={() => navigate({ name: 'newContact' })}>
      {t('list.newContact')}
    </Button>
  );

  if (contacts.isPending) {
    return <Spinner label={t('list.loading')} />;
  }

  const brandNew = !includeArchived && !hasFilters(filters) && (contacts.data ?? []).length === 0;
  if (brandNew) {
    return (
      <div className={styles.page}>
        <PageHeader title={t('list.title')} />
        <EmptyState
          icon={<PeopleTeamRegular />}
          title={t('list.emptyTitle')}
          text={t('list.emptyText')}
          action={<EmptyContactsActions newContactButton={newContactButton} />}
        />
      </div>
    );
  }

  return (
    <div className={styles.page}>
      <PageHeader title={t('list.title')} description={t('list.description')} actions={newContactButton} />
      <ContactListTools
        filters={filters}
        onFiltersChange={setFilters}
        sort={sort}
        onSortChange={setSort}
        includeArchived={includeArchived}
        onIncludeArchivedChange={setIncludeArchived}
        tags={tags}
        count={visible.length}
      />
      {visible.length === 0 ? (
        <EmptyState
          icon={<SearchRegular />}
          title={t('list.filtersTitle')}
          text={t('list.filtersText')}
          action={
            hasFilters(filters) ? (
              <Button icon={<DismissRegular />} onClick={() => setFilters(noFilters)}>
                {t('list.clearFilters')}
              </Button>
            ) : null
          }
        />
      ) : (
        <ContactListView contacts={visible} overviews={overviews} onOpen={(id) => navigate({ name: 'contact', id })} />
      )}
    </div>
  );
}
