// The map: intern and extern side by side, in each the organisations (largest first) with their departments and a chip
// per person coloured by warmth. Ten thousand people would be ten thousand chips, so the picture is capped: a few
// organisations at first and more on request, and a department of many people shown as its counts until opened.
import { Badge, Button, Spinner, Text, makeStyles, mergeClasses, shorthands, tokens, useArrowNavigationGroup } from '@fluentui/react-components';
import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactRelation } from '../../../../shared/model';
import type { Warmth } from '../../../../shared/help-contract';
import type { NetworkMap, NetworkMapGroup, NetworkMapOrganisation, NetworkMapPerson } from '../../../../shared/network-map-contract';
import { useNetworkMapPeople } from './my-network-queries';
import { routeToHash } from '../../app/navigation';
import { PersonAvatar } from '../../components';
import { WarmthIcon, useWarmthLabel, useWarmthBorderStyles, warmthOrder } from './warmth';

/** A department with more people than this starts as its counts. */
export const PEOPLE_SHOWN = 12;
/** An opened department shows this many people at a time. */
const PEOPLE_PAGE = 120;
/** How many more organisations each click shows; the first ones (and their people) come with the map. */
const ORGANISATIONS_PAGE = 10;
/**
 * People drawn at first per column and per further page of organisations: small departments open in order until this
 * many are drawn, the rest start as their counts. Each chip is a face (photo or initials), not cheap by the hundred.
 */
const CHIPS_PER_PAGE = 60;

const useStyles = makeStyles({
  columns: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(22rem, 1fr))', gap: tokens.spacingHorizontalXXL, alignItems: 'start' },
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  columnHeading: { margin: 0, display: 'flex', alignItems: 'baseline', gap: tokens.spacingHorizontalS, paddingBottom: tokens.spacingVerticalXS, borderBottom: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}` },
  count: { color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightRegular },
  organisation: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  organisationHeading: { margin: 0, display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  department: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  departmentHeading: { margin: 0, color: tokens.colorNeutralForeground2 },
  people: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, margin: 0, padding: 0, listStyle: 'none' },
  chip: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    maxWidth: '100%',
    paddingBlock: '2px',
    paddingInlineStart: '2px',
    paddingInlineEnd: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusCircular,
    ...shorthands.borderWidth(tokens.strokeWidthThick),
    ...shorthands.borderStyle('solid'),
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    textDecorationLine: 'none',
    ':hover': { backgroundColor: tokens.colorNeutralBackground2Hover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  chipName: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  summary: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  summaryItem: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXXS },
});

interface Organisation {
  key: string;
  name: string;
  groups: NetworkMapGroup[];
  size: number;
}

/** The departments that start open: the small ones, in order, while the page of organisations has chips to spare. */
function groupsOpenAtFirst(organisations: readonly Organisation[]): Set<NetworkMapGroup> {
  const open = new Set<NetworkMapGroup>();
  let budget = CHIPS_PER_PAGE;
  for (const organisation of organisations) {
    for (const group of organisation.groups) {
      if (group.size > PEOPLE_SHOWN || group.size > budget) continue;
      open.add(group);
      budget -= group.size;
    }
  }
  return open;
}

/** Pages of ORGANISATIONS_PAGE further organisations, as many as the user asked for. */
function laterPages(more: readonly NetworkMapOrganisation[], pages: number): NetworkMapOrganisation[][] {
  return Array.from({ length: pages }, (_, page) => more.slice(page * ORGANISATIONS_PAGE, (page + 1) * ORGANISATIONS_PAGE)).filter((page) => page.length > 0);
}

/** The groups (already in the service's order) gathered under their organisation. */
function organisationsOf(groups: readonly NetworkMapGroup[]): Organisation[] {
  const organisations: Organisation[] = [];
  for (const group of groups) {
    const last = organisations[organisations.length - 1];
    if (last && last.name === group.organisation) {
      last.groups.push(group);
      last.size += group.size;
    } else {
      organisations.push({ key: `${group.relation}:${group.organisation}`, name: group.organisation, groups: [group], size: group.size });
    }
  }
  return organisations;
}

export function NetworkMapView({ map }: { map: Pick<NetworkMap, 'groups' | 'moreOrganisations' | 'ownOrganisation' | 'totals'> }) {
  const styles = useStyles();
  const byRelation = useMemo(() => {
    const side = (relation: ContactRelation) => ({
      first: organisationsOf(map.groups.filter((group) => group.relation === relation)),
      more: map.moreOrganisations.filter((organisation) => organisation.relation === relation),
    });
    return { internal: side('internal'), external: side('external') };
  }, [map.groups, map.moreOrganisations]);
  return (
    <div className={styles.columns}>
      {(['internal', 'external'] as const).map((relation) => (
        <RelationColumn
          key={relation}
          relation={relation}
          {...byRelation[relation]}
          total={map.totals[relation]}
          ownOrganisation={relation === 'internal' ? map.ownOrganisation : undefined}
        />
      ))}
    </div>
  );
}

function RelationColumn({
  relation,
  first,
  more,
  total,
  ownOrganisation,
}: {
  relation: ContactRelation;
  first: Organisation[];
  more: NetworkMapOrganisation[];
  total: number;
  ownOrganisation: string | undefined;
}) {
  const styles = useStyles();
  const { t } = useTranslation('myNetwork');
  const [pages, setPages] = useState(0);
  const headingId = `network-${relation}`;
  const left = more.length - pages * ORGANISATIONS_PAGE;
  return (
    <section className={styles.column} aria-labelledby={headingId} data-relation={relation}>
      <Text as="h3" size={500} weight="semibold" id={headingId} className={styles.columnHeading}>
        {t(`map.${relation}`)}
        <span className={styles.count}>{t('map.people', { count: total })}</span>
      </Text>
      {first.length === 0 ? <Text>{t('map.nobody')}</Text> : null}
      <OrganisationCards organisations={first} ownOrganisation={ownOrganisation} />
      {laterPages(more, pages).map((page) => (
        <LaterOrganisations key={page[0]?.organisation} relation={relation} organisations={page} />
      ))}
      {left > 0 ? (
        <Button appearance="secondary" onClick={() => setPages((count) => count + 1)}>
          {t('map.moreOrganisations', { count: left })}
        </Button>
      ) : null}
    </section>
  );
}

function OrganisationCards({ organisations, ownOrganisation }: { organisations: readonly Organisation[]; ownOrganisation?: string }) {
  const openAtFirst = useMemo(() => groupsOpenAtFirst(organisations), [organisations]);
  return organisations.map((organisation) => (
    <OrganisationCard
      key={organisation.key}
      organisation={organisation}
      own={organisation.name !== '' && organisation.name === ownOrganisation}
      openAtFirst={openAtFirst}
    />
  ));
}

/** A further page of organisations: their people are asked for when the page is opened. */
function LaterOrganisations({ relation, organisations }: { relation: ContactRelation; organisations: readonly NetworkMapOrganisation[] }) {
  const { t } = useTranslation();
  const people = useNetworkMapPeople(relation, organisations.map((organisation) => organisation.organisation));
  const withPeople = useMemo(() => (people.data ? organisationsOf(people.data) : []), [people.data]);
  if (people.isPending) return <Spinner size="small" label={t('app.loading')} />;
  if (people.isError) return <Text role="alert">{t('app.loadFailed')}</Text>;
  return <OrganisationCards organisations={withPeople} />;
}

const OrganisationCard = memo(function OrganisationCard({ organisation, own, openAtFirst }: { organisation: Organisation; own: boolean; openAtFirst: ReadonlySet<NetworkMapGroup> }) {
  const styles = useStyles();
  const { t } = useTranslation('myNetwork');
  return (
    <section className={styles.organisation} aria-label={organisation.name || t('map.withoutOrganisation')} data-organisation={organisation.name}>
      <Text as="h4" size={400} weight="semibold" className={styles.organisationHeading}>
        {organisation.name || t('map.withoutOrganisation')}
        <span className={styles.count}>{t('map.people', { count: organisation.size })}</span>
        {own ? (
          <Badge appearance="tint" color="brand">
            {t('map.ownOrganisation')}
          </Badge>
        ) : null}
      </Text>
      {organisation.groups.map((group) => (
        <DepartmentGroup key={group.department} group={group} startOpen={openAtFirst.has(group)} />
      ))}
    </section>
  );
});

function DepartmentGroup({ group, startOpen }: { group: NetworkMapGroup; startOpen: boolean }) {
  const styles = useStyles();
  const { t } = useTranslation('myNetwork');
  const [limit, setLimit] = useState(startOpen ? PEOPLE_SHOWN : 0);
  const name = group.department || t('map.withoutDepartment');
  const people = t('map.people', { count: group.size });
  const expanded = limit > 0;
  const more = group.people.length - limit;
  return (
    <div className={styles.department} data-department={group.department}>
      <Text as="h5" size={200} weight="semibold" className={styles.departmentHeading}>
        {name} · {people}
      </Text>
      {expanded ? (
        <PeopleChips people={group.people.slice(0, limit)} label={t('map.groupLabel', { department: name, people })} />
      ) : (
        <WarmthSummary counts={group.byWarmth} />
      )}
      {!startOpen || group.size > PEOPLE_SHOWN ? (
        <div className={styles.summary}>
          {expanded && more > 0 ? (
            <Button size="small" appearance="secondary" onClick={() => setLimit((shown) => shown + PEOPLE_PAGE)}>
              {t('map.showMorePeople', { count: Math.min(more, PEOPLE_PAGE) })}
            </Button>
          ) : null}
          <Button size="small" appearance="subtle" aria-expanded={expanded} onClick={() => setLimit(expanded ? 0 : PEOPLE_PAGE)}>
            {expanded ? t('map.showLess') : t('map.showAll', { count: group.size })}
          </Button>
        </div>
      ) : null}
    </div>
  );
}

/** A department of many people as its counts per warmth, the same shapes and colours as the chips. */
function WarmthSummary({ counts }: { counts: Record<Warmth, number> }) {
  const styles = useStyles();
  const label = useWarmthLabel();
  const { t } = useTranslation('myNetwork');
  return (
    <div className={styles.summary}>
      {warmthOrder
        .filter((warmth) => counts[warmth] > 0)
        .map((warmth) => (
          <span key={warmth} className={styles.summaryItem}>
            <WarmthIcon warmth={warmth} />
            {t('warmth.count', { label: label(warmth), count: counts[warmth] })}
          </span>
        ))}
    </div>
  );
}

/** The people of a department; Tab reaches the group, the arrow keys move from person to person. */
function PeopleChips({ people, label }: { people: readonly NetworkMapPerson[]; label: string }) {
  const styles = useStyles();
  const arrows = useArrowNavigationGroup({ axis: 'grid-linear', memorizeCurrent: true });
  return (
    <ul className={styles.people} aria-label={label} {...arrows}>
      {people.map((person) => (
        <li key={person.contactId}>
          <PersonChip person={person} />
        </li>
      ))}
    </ul>
  );
}

const PersonChip = memo(function PersonChip({ person }: { person: NetworkMapPerson }) {
  const styles = useStyles();
  const warmthStyles = useWarmthBorderStyles();
  const label = useWarmthLabel();
  const { t } = useTranslation('myNetwork');
  return (
    <a
      href={routeToHash({ name: 'contact', id: person.contactId })}
      className={mergeClasses(styles.chip, warmthStyles[person.warmth])}
      aria-label={t('map.person', { name: person.name, warmth: label(person.warmth) })}
      data-warmth={person.warmth}
    >
      <PersonAvatar name={person.name} contactId={person.contactId} size={20} />
      <span className={styles.chipName}>{person.name}</span>
      <WarmthIcon warmth={person.warmth} />
    </a>
  );
});
