// An event's checklist as one column, a tab for each phase: the items get the full width to read in one or two
// lines, instead of three narrow columns. The tab of the phase the event is in is open first. Tabs follow the usual
// keys: arrow keys move between them (and open the one reached), Tab moves on into the open phase.
import { Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChecklistProgress } from '../../../../shared/events-views';
import { eventPhases, type EventChecklist, type EventPhase } from '../../../../shared/model';
import { ChecklistPhase } from './checklist-phase';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  tabs: { flexWrap: 'wrap' },
});

export interface ChecklistTabsProps {
  eventId: string;
  checklist: EventChecklist;
  progress: ChecklistProgress;
  /** The phase the event is in now: its tab is open first, and marked. */
  phase: EventPhase;
  /** Compact, for event mode: ticking only. */
  compact?: boolean;
  /** Names the tab list for screen readers. */
  label: string;
}

export function ChecklistTabs({ eventId, checklist, progress, phase, compact = false, label }: ChecklistTabsProps) {
  const styles = useStyles();
  const { t } = useTranslation('events');
  const [open, setOpen] = useState<EventPhase>(phase);
  const baseId = useId();
  const tabId = (name: EventPhase) => `${baseId}-tab-${name}`;
  const panelId = `${baseId}-panel`;
  return (
    <div className={styles.root}>
      <TabList
        className={styles.tabs}
        aria-label={label}
        selectedValue={open}
        selectTabOnFocus
        // Event mode's window is narrow: small tabs keep the three phases on one line there.
        size={compact ? 'small' : 'medium'}
        onTabSelect={(_event, data) => setOpen(data.value as EventPhase)}
      >
        {eventPhases.map((name) => {
          const title = t(`phases.${name}`);
          const label = name === phase ? t('checklist.currentPhase', { phase: title }) : title;
          const counts = { done: progress[name].done, total: progress[name].total };
          const long = `${label} · ${t('checklist.progress', counts)}`;
          // Event mode's narrow window shows the short count ("2/9") so the three tabs fit one line; screen readers
          // still hear "2 von 9".
          return (
            <Tab key={name} id={tabId(name)} value={name} aria-controls={panelId} aria-label={compact ? long : undefined}>
              {compact ? `${label} · ${t('checklist.progressShort', counts)}` : long}
            </Tab>
          );
        })}
      </TabList>
      <div id={panelId} role="tabpanel" aria-labelledby={tabId(open)}>
        <ChecklistPhase
          key={open}
          eventId={eventId}
          phase={open}
          items={checklist[open]}
          progress={progress[open]}
          current={open === phase}
          compact={compact}
        />
      </div>
    </div>
  );
}
