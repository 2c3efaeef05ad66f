// The frame around every page: a banner with search and the two quick actions, the navigation on the left,
// and the page itself. Landmarks, a skip link and shortcuts make all of it usable from the keyboard.
import {
  Button,
  CounterBadge,
  Text,
  Tooltip,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import {
  BookRegular,
  CalendarStarRegular,
  CalendarTodayRegular,
  ChatAddRegular,
  DatabaseArrowDownRegular,
  GiftRegular,
  HatGraduationRegular,
  HandshakeRegular,
  OrganizationRegular,
  PersonQuestionMarkRegular,
  PeopleRegular,
  PersonAddRegular,
  PersonClockRegular,
  SearchRegular,
  SettingsRegular,
} from '@fluentui/react-icons';
import { useEffect, useRef, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { useToday } from '../features/today';
import { useInteractionDialog } from '../features/journal';
import { SearchPalette } from '../features/search';
import { SampleDataBanner } from '../features/welcome';
import { routeToHash, useNavigation, type Route } from './navigation';
import { Notices } from './notices';
import { RoutePage } from './routes';
import { ariaKeyShortcuts, shortcutLabel, useGlobalShortcuts, type ShortcutName } from './shortcuts';
import { visuallyHidden } from '../components/visually-hidden';

const useStyles = makeStyles({
  root: {
    display: 'grid',
    gridTemplateColumns: 'minmax(13rem, 15rem) 1fr',
    gridTemplateRows: 'auto 1fr',
    gridTemplateAreas: '"banner banner" "nav main"',
    height: '100vh',
    backgroundColor: tokens.colorNeutralBackground2,
  },
  skipLink: {
    position: 'absolute',
    insetInlineStart: tokens.spacingHorizontalM,
    top: '-10rem',
    zIndex: 1000,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorBrandForegroundLink,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow16,
    ':focus': { top: tokens.spacingVerticalM },
  },
  banner: {
    gridArea: 'banner',
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  appName: { color: tokens.colorBrandForeground1, minWidth: '11rem' },
  searchTrigger: {
    flexGrow: 1,
    maxWidth: '32rem',
    justifyContent: 'flex-start',
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
  },
  searchKeys: { marginInlineStart: 'auto', color: tokens.colorNeutralForeground3 },
  bannerActions: { display: 'flex', gap: tokens.spacingHorizontalS, marginInlineStart: 'auto' },
  nav: {
    gridArea: 'nav',
    overflowY: 'auto',
    paddingBlock: tokens.spacingVerticalM,
    paddingInline: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  navList: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  navLink: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    color: tokens.colorNeutralForeground2,
    textDecorationLine: 'none',
    fontSize: tokens.fontSizeBase300,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover, color: tokens.colorNeutralForeground1 },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  navLinkActive: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    boxShadow: `inset 3px 0 0 ${tokens.colorBrandStroke1}`,
  },
  navIcon: { fontSize: '20px', display: 'flex' },
  navBadge: { marginInlineStart: 'auto' },
  main: {
    gridArea: 'main',
    overflowY: 'auto',
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalXXL}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    ':focus': { outlineStyle: 'none' },
  },
  visuallyHidden,
});

type NavTarget =
  | 'today'
  | 'contacts'
  | 'journal'
  | 'drifting'
  | 'favours'
  | 'help'
  | 'myNetwork'
  | 'campaigns'
  | 'coach'
  | 'events'
  | 'data'
  | 'settings';

const navItems: { target: NavTarget; icon: ReactElement }[] = [
  { target: 'today', icon: <CalendarTodayRegular /> },
  { target: 'contacts', icon: <PeopleRegular /> },
  { target: 'journal', icon: <BookRegular /> },
  { target: 'drifting', icon: <PersonClockRegular /> },
  { target: 'favours', icon: <HandshakeRegular /> },
  { target: 'help', icon: <PersonQuestionMarkRegular /> },
  { target: 'myNetwork', icon: <OrganizationRegular /> },
  { target: 'campaigns', icon: <GiftRegular /> },
  { target: 'coach', icon: <HatGraduationRegular /> },
  { target: 'events', icon: <CalendarStarRegular /> },
  { target: 'data', icon: <DatabaseArrowDownRegular /> },
  { target: 'settings', icon: <SettingsRegular /> },
];

/** The navigation entry a route belongs to: a single contact or its form belongs to "Contacts". */
function navTargetOf(route: Route): NavTarget {
  if (route.name === 'contact' || route.name === 'newContact' || route.name === 'editContact') return 'contacts';
  if (
    route.name === 'progress' ||
    route.name === 'prompts' ||
    route.name === 'briefing' ||
    route.name === 'colleagues' ||
    route.name === 'network'
  ) {
    return 'coach';
  }
  // The quick-log page has a window of its own and never shows inside this frame.
  if (route.name === 'event' || route.name === 'newEvent' || route.name === 'editEvent') return 'events';
  // Event mode, like the quick-log page, has a window of its own.
  if (route.name === 'eventMode') return 'events';
  // The start goes on to Today unless the journal is empty, which it says a moment later.
  if (route.name === 'quickLog' || route.name === 'start') return 'today';
  // The welcome page is opened again from Settings.
  if (route.name === 'welcome') return 'settings';
  return route.name;
}

const mainId = 'main-content';

export function AppLayout() {
  const styles = useStyles();
  const { t } = useTranslation();
  const { route, navigate } = useNavigation();
  const interactionDialog = useInteractionDialog();
  const [searchOpen, setSearchOpen] = useState(false);
  const focusBeforeSearch = useRef<Element | null>(null);
  const mainRef = useRef<HTMLElement>(null);
  const firstRoute = useRef(true);

  const openSearch = () => {
    focusBeforeSearch.current = document.activeElement;
    setSearchOpen(true);
  };
  // Opened by a shortcut as often as by its button, the dialog cannot know where focus came from; it goes back
  // there on close, unless opening a result already moved it to the new page.
  const onSearchOpenChange = (open: boolean) => {
    setSearchOpen(open);
    if (open) return;
    const previous = focusBeforeSearch.current;
    setTimeout(() => {
      if (previous instanceof HTMLElement && previous.isConnected && document.activeElement === document.body) {
        previous.focus();
      }
    });
  };

  // The tray ("Today…") and a clicked reminder open a route in this window. Only the frame listens: the quick-log
  // popup must never turn into a second main window.
  useEffect(
    () =>
      api().on('app:navigate', ({ hash }) => {
        if (hash.startsWith('#/')) window.location.hash = hash;
      }),
    [],
  );

  useGlobalShortcuts({
    search: openSearch,
    logEncounter: () => interactionDialog.open(),
    newContact: () => navigate({ name: 'newContact' }),
    askHelp: () => navigate({ name: 'help' }),
  });

  const pageTitle = t(`nav.${navTargetOf(route)}`);
  useEffect(() => {
    document.title = `${pageTitle} – ${t('app.name')}`;
  }, [pageTitle, t]);

  // After navigating, focus moves to the new page's heading so screen readers announce it; not on start-up,
  // where focus belongs to the window as a whole.
  useEffect(() => {
    if (firstRoute.current) {
      firstRoute.current = false;
      return;
    }
    const main = mainRef.current;
    const heading = main?.querySelector<HTMLElement>('[data-page-title]');
    (heading ?? main)?.focus();
  }, [route]);

  const keyNames = { ctrl: t('shortcuts.ctrl'), shift: t('shortcuts.shift') };
  const withKeys = (label: string, shortcut: ShortcutName) =>
    t('shortcuts.withKeys', { label, keys: shortcutLabel(shortcut, keyNames) });

  return (
    <div className={styles.root}>
      <a
        href={`#${mainId}`}
        className={styles.skipLink}
        onClick={(event) => {
          // A plain fragment link would replace the hash route.
          event.preventDefault();
          mainRef.current?.focus();
        }}
      >
        {t('app.skipToContent')}
      </a>
      <header className={styles.banner}>
        <Text as="span" size={500} weight="bold" className={styles.appName}>
          {t('app.name')}
        </Text>
        <Tooltip content={withKeys(t('actions.search'), 'search')} relationship="description">
          <Button
            className={styles.searchTrigger}
            icon={<SearchRegular />}
            aria-keyshortcuts={ariaKeyShortcuts('search')}
            aria-haspopup="dialog"
            onClick={openSearch}
          >
            {t('search.placeholder')}
            <span className={styles.searchKeys} aria-hidden="true">
              {shortcutLabel('search', keyNames)}
            </span>
          </Button>
        </Tooltip>
        <div className={styles.bannerActions}>
          <Tooltip content={withKeys(t('actions.newContact'), 'newContact')} relationship="description">
            <Button
              icon={<PersonAddRegular />}
              aria-keyshortcuts={ariaKeyShortcuts('newContact')}
              onClick={() => navigate({ name: 'newContact' })}
            >
              {t('actions.newContact')}
            </Button>
          </Tooltip>
          <Tooltip content={withKeys(t('actions.logEncounter'), 'logEncounter')} relationship="description">
            <Button
              appearance="primary"
              icon={<ChatAddRegular />}
              aria-keyshortcuts={ariaKeyShortcuts('logEncounter')}
              aria-haspopup="dialog"
              onClick={() => interactionDialog.open()}
            >
              {t('actions.logEncounter')}
            </Button>
          </Tooltip>
        </div>
      </header>
      <nav className={styles.nav} aria-label={t('nav.label')}>
        <ul className={styles.navList}>
          {navItems.map((item) => (
            <NavItem key={item.target} target={item.target} icon={item.icon} current={navTargetOf(route) === item.target} />
          ))}
        </ul>
      </nav>
      <main id={mainId} ref={mainRef} tabIndex={-1} className={styles.main}>
        <Notices />
        <SampleDataBanner />
        <div>
          <RoutePage route={route} />
        </div>
      </main>
      <SearchPalette open={searchOpen} onOpenChange={onSearchOpenChange} />
    </div>
  );
}

function NavItem({ target, icon, current }: { target: NavTarget; icon: ReactElement; current: boolean }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const count = useNavCount(target);
  return (
    <li>
      <a
        href={routeToHash({ name: target })}
        className={mergeClasses(styles.navLink, current && styles.navLinkActive)}
        aria-current={current ? 'page' : undefined}
      >
        <span className={styles.navIcon} aria-hidden="true">
          {icon}
        </span>
        {t(`nav.${target}`)}
        {count ? (
          <>
            <CounterBadge
              className={styles.navBadge}
              count={count.value}
              color={count.color}
              size="small"
              aria-hidden="true"
            />
            <span className={styles.visuallyHidden}>{`, ${count.label}`}</span>
          </>
        ) : null}
      </a>
    </li>
  );
}

/** The little number next to "Today", "Keep in touch" and "Favours": how many are waiting. */
function useNavCount(target: NavTarget): { value: number; label: string; color: 'danger' | 'informative' } | undefined {
  const { t } = useTranslation();
  // One small question for all three: the day's view carries the counts, not the (possibly long) lists.
  const today = useToday().data;
  if (!today) return undefined;
  if (target === 'today' && today.dueCount > 0) {
    const count = today.dueCount;
    return { value: count, label: t('nav.todayBadge', { count }), color: 'danger' };
  }
  if (target === 'drifting' && today.driftingCount > 0) {
    const count = today.driftingCount;
    return { value: count, label: t('nav.driftingBadge', { count }), color: today.driftingOverdue ? 'danger' : 'informative' };
  }
  if (target === 'favours' && today.openFavourCount > 0) {
    const count = today.openFavourCount;
    return { value: count, label: t('nav.favoursBadge', { count }), color: 'informative' };
  }
  return undefined;
}
