// The one search box: a dialog over everything, driven entirely from the keyboard. The input stays focused while
// ↑/↓ move through the results (a combobox with aria-activedescendant), so typing can always go on. The last option
// asks the network about the typed text instead ("Wer kann helfen?"), for when the need, not a name, is known.
import {
  Dialog,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Input,
  Spinner,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
  useId,
} from '@fluentui/react-components';
import { ChatRegular, PersonQuestionMarkRegular, SearchRegular } from '@fluentui/react-icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../../shared/views';
import { api } from '../../api';
import { PersonAvatar, formatDate } from '../../components';
import { useDebounced } from '../../components/use-debounced';
import { useNavigation } from '../../app/navigation';
import { derivedQueryKeys } from '../../app/query';

/** Long enough to skip the keystrokes of a fast typist, short enough to feel instant. */
export const searchDebounceMs = 80;
const resultLimit = 20;

const useStyles = makeStyles({
  surface: { maxWidth: '40rem', width: '100%', alignSelf: 'start', marginTop: '10vh' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  results: { maxHeight: '60vh', overflowY: 'auto', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  groupLabel: {
    color: tokens.colorNeutralForeground3,
    textTransform: 'uppercase',
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    paddingInline: tokens.spacingHorizontalS,
  },
  group: { listStyle: 'none', margin: 0, padding: 0 },
  option: {
    display: 'flex',
    gap: tokens.spacingHorizontalM,
    alignItems: 'flex-start',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  active: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    outlineOffset: '-2px',
  },
  icon: { fontSize: '20px', color: tokens.colorBrandForeground1, paddingTop: '2px', display: 'flex' },
  texts: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  secondary: { color: tokens.colorNeutralForeground2 },
  snippet: { color: tokens.colorNeutralForeground2, fontStyle: 'italic', overflow: 'hidden', textOverflow: 'ellipsis' },
  message: { color: tokens.colorNeutralForeground2, paddingBlock: tokens.spacingVerticalM },
  status: { minHeight: '20px' },
});

export interface SearchPaletteProps {
  open: boolean;
  onOpenChange(open: boolean): void;
}

export function SearchPalette({ open, onOpenChange }: SearchPaletteProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  return (
    <Dialog open={open} onOpenChange={(_event, data) => onOpenChange(data.open)}>
      <DialogSurface className={styles.surface} aria-label={t('search.title')}>
        {open ? <SearchPanel onDone={() => onOpenChange(false)} /> : null}
      </DialogSurface>
    </Dialog>
  );
}

/**
 * People and encounters in two groups, as one list so the arrow keys walk through both. The search ranks them
 * together, so the group holding its best hit comes first: Enter right after typing opens the best answer.
 */
function orderHits(hits: SearchHit[]): SearchHit[] {
  const first = hits[0]?.kind ?? 'contact';
  return [...hits.filter((hit) => hit.kind === first), ...hits.filter((hit) => hit.kind !== first)];
}

function hitKey(hit: SearchHit): string {
  return hit.kind === 'contact' ? `contact-${hit.contactId}` : `interaction-${hit.interactionId}`;
}

function SearchPanel({ onDone }: { onDone(): void }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const { navigate } = useNavigation();
  const baseId = useId('search');
  const listboxId = `${baseId}-listbox`;
  const [text, setText] = useState('');
  const [activeIndex, setActiveIndex] = useState(0);
  const query = useDebounced(text.trim(), searchDebounceMs);
  const search = useQuery({
    queryKey: [...derivedQueryKeys.search, query],
    queryFn: () => api().search.query({ text: query, limit: resultLimit }),
    enabled: query.length > 0,
    placeholderData: keepPreviousData,
  });
  const need = text.trim();
  const hits = need.length > 0 && search.data ? orderHits(search.data) : [];
  const waiting = need.length > 0 && (query !== need || search.isFetching);
  // The results, then "Wer kann helfen?" for the typed text: one more option for the arrow keys. It comes with the
  // answer, so that Enter pressed right after typing a name opens that person, not the question.
  const offerAsk = need.length > 0 && !waiting;
  const optionCount = hits.length + (offerAsk ? 1 : 0);
  const active = optionCount > 0 ? Math.min(activeIndex, optionCount - 1) : -1;
  const optionId = (index: number) => `${baseId}-option-${index}`;

  const openHit = (hit: SearchHit) => {
    onDone();
    navigate({ name: 'contact', id: hit.contactId });
  };
  const askHelp = () => {
    onDone();
    navigate({ name: 'help', need });
  };
  const openOption = (index: number) => {
    const hit = hits[index];
    if (hit) openHit(hit);
    else if (index === hits.length && offerAsk) askHelp();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (optionCount === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActiveIndex((active + step + optionCount) % optionCount);
    } else if (event.key === 'Home' && optionCount > 0 && event.ctrlKey) {
      event.preventDefault();
      setActiveIndex(0);
    } else if (event.key === 'End' && optionCount > 0 && event.ctrlKey) {
      event.preventDefault();
      setActiveIndex(optionCount - 1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (active >= 0) openOption(active);
    }
  };

  useEffect(() => {
    if (active >= 0) document.getElementById(optionId(active))?.scrollIntoView?.({ block: 'nearest' });
  });

  const contacts = hits.filter((hit) => hit.kind === 'contact');
  const interactions = hits.filter((hit) => hit.kind === 'interaction');
  const renderGroup = (label: string, groupHits: SearchHit[], offset: number) =>
    groupHits.length === 0 ? null : (
      <div role="group" aria-labelledby={`${baseId}-${label}`}>
        <div id={`${baseId}-${label}`} className={styles.groupLabel} role="presentation">
          {t(`search.${label === 'contacts' ? 'contacts' : 'interactions'}`)}
        </div>
        {groupHits.map((hit, index) => (
          <HitOption
            key={hitKey(hit)}
            id={optionId(offset + index)}
            hit={hit}
            active={offset + index === active}
            onSelect={() => openHit(hit)}
            onHover={() => setActiveIndex(offset + index)}
          />
        ))}
      </div>
    );

  return (
    <DialogBody>
      <DialogTitle>{t('search.title')}</DialogTitle>
      <DialogContent className={styles.content}>
        <Input
          autoFocus
          role="combobox"
          aria-label={t('search.label')}
          aria-expanded={optionCount > 0}
          aria-controls={listboxId}
          aria-autocomplete="list"
          aria-activedescendant={active >= 0 ? optionId(active) : undefined}
          aria-describedby={`${baseId}-help`}
          placeholder={t('search.placeholder')}
          contentBefore={<SearchRegular />}
          value={text}
          onChange={(_event, data) => {
            setText(data.value);
            setActiveIndex(0);
          }}
          onKeyDown={onKeyDown}
        />
        <Text id={`${baseId}-help`} size={200} className={styles.secondary}>
          {t('search.keyboardHelp')}
        </Text>
        <div className={styles.status} aria-live="polite">
          {waiting ? (
            <Spinner size="extra-tiny" label={t('search.loading')} labelPosition="after" />
          ) : text.trim().length > 0 && search.data ? (
            <Text size={200} className={styles.secondary}>
              {t('search.resultCount', { count: hits.length })}
            </Text>
          ) : null}
        </div>
        {text.trim().length === 0 ? (
          <Text as="p" className={styles.message}>
            {t('search.hint')}
          </Text>
        ) : !waiting && search.data && hits.length === 0 ? (
          <Text as="p" className={styles.message}>
            {t('search.noResults', { query: text.trim() })}
          </Text>
        ) : null}
        <div id={listboxId} role="listbox" aria-label={t('search.results')} className={styles.results}>
          {hits[0]?.kind === 'interaction' ? (
            <>
              {renderGroup('interactions', interactions, 0)}
              {renderGroup('contacts', contacts, interactions.length)}
            </>
          ) : (
            <>
              {renderGroup('contacts', contacts, 0)}
              {renderGroup('interactions', interactions, contacts.length)}
            </>
          )}
          {offerAsk ? (
            <AskHelpOption
              id={optionId(hits.length)}
              need={need}
              active={active === hits.length}
              onSelect={askHelp}
              onHover={() => setActiveIndex(hits.length)}
            />
          ) : null}
        </div>
      </DialogContent>
    </DialogBody>
  );
}

interface PaletteOptionProps {
  id: string;
  active: boolean;
  onSelect(): void;
  onHover(): void;
}

/** One row of the list: its picture or icon, then its lines of text. */
function PaletteOption({ id, active, onSelect, onHover, icon, children }: PaletteOptionProps & { icon: ReactNode; children: ReactNode }) {
  const styles = useStyles();
  return (
    <div
      id={id}
      role="option"
      aria-selected={active}
      className={mergeClasses(styles.option, active && styles.active)}
      onClick={onSelect}
      onMouseMove={onHover}
    >
      <span className={styles.icon} aria-hidden="true">
        {icon}
      </span>
      <span className={styles.texts}>{children}</span>
    </div>
  );
}

function HitOption({ hit, ...option }: PaletteOptionProps & { hit: SearchHit }) {
  const styles = useStyles();
  const { i18n } = useTranslation();
  // An encounter's subtitle is its date, shown in the app's language.
  const subtitle = hit.kind === 'interaction' ? formatDate(hit.subtitle, i18n.language) : hit.subtitle;
  const icon = hit.kind === 'contact' ? <PersonAvatar name={hit.title} contactId={hit.contactId} size={24} /> : <ChatRegular />;
  return (
    <PaletteOption {...option} icon={icon}>
      <Text weight="semibold">{hit.title}</Text>
      {subtitle ? (
        <Text size={200} className={styles.secondary}>
          {subtitle}
        </Text>
      ) : null}
      {hit.match ? (
        <Text size={200} className={styles.snippet}>
          {hit.match}
        </Text>
      ) : null}
    </PaletteOption>
  );
}

function AskHelpOption({ need, ...option }: PaletteOptionProps & { need: string }) {
  const styles = useStyles();
  const { t } = useTranslation('help');
  return (
    <PaletteOption {...option} icon={<PersonQuestionMarkRegular />}>
      <Text weight="semibold">{t('palette.ask', { need })}</Text>
      <Text size={200} className={styles.secondary}>
        {t('palette.askHint')}
      </Text>
    </PaletteOption>
  );
}
