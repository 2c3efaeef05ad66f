// One phase of an event's checklist, the panel of its tab: its progress, its items to tick, reword or remove, and a
// field to add one. Everything works from the keyboard: Space ticks, Enter saves a reworded or new item, Escape cancels.
import { Button, Card, Checkbox, Input, ProgressBar, Tooltip, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { AddRegular, CheckmarkRegular, DeleteRegular, DismissRegular, EditRegular } from '@fluentui/react-icons';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PhaseProgress } from '../../../../shared/events-views';
import type { EventChecklistItem, EventPhase } from '../../../../shared/model';
import { api } from '../../api';
import { useFeedback } from '../../app/feedback';
import { useRefreshEvents } from './events-queries';

const useStyles = makeStyles({
  card: { gap: tokens.spacingVerticalS },
  current: { boxShadow: `inset 0 3px 0 ${tokens.colorBrandStroke1}, ${tokens.shadow4}` },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  item: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    ':last-child': { borderBottomStyle: 'none' },
  },
  checkbox: { flexGrow: 1 },
  done: { color: tokens.colorNeutralForeground3, textDecorationLine: 'line-through' },
  editor: { display: 'flex', flexGrow: 1, gap: tokens.spacingHorizontalXS, paddingBlock: tokens.spacingVerticalXS },
  grow: { flexGrow: 1, minWidth: 0 },
  add: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  addInput: { flexGrow: 1, minWidth: '10rem' },
});

export interface ChecklistPhaseProps {
  eventId: string;
  phase: EventPhase;
  items: EventChecklistItem[];
  progress: PhaseProgress;
  /** The phase the event is in now: marked (its tab names it so). */
  current: boolean;
  /** Compact, for event mode: ticking only. */
  compact?: boolean;
}

export function ChecklistPhase({ eventId, phase, items, progress, current, compact = false }: ChecklistPhaseProps) {
  const styles = useStyles();
  const { t } = useTranslation('events');
  const feedback = useFeedback();
  const refresh = useRefreshEvents();
  const [editing, setEditing] = useState<{ id: string; text: string }>();
  const [draft, setDraft] = useState('');
  const title = t(`phases.${phase}`);
  const progressText = t('checklist.progress', { done: progress.done, total: progress.total });

  const run = async (change: () => Promise<unknown>) => {
    try {
      await change();
      await refresh();
    } catch (error) {
      feedback.showError(error);
    }
  };

  const add = () => {
    const text = draft.trim();
    if (text === '') return;
    setDraft('');
    void run(() => api().events.addItem({ eventId, phase, text }));
  };

  const saveEdit = () => {
    if (!editing) return;
    const text = editing.text.trim();
    setEditing(undefined);
    if (text !== '') void run(() => api().events.editItem({ eventId, itemId: editing.id, text }));
  };

  const onEditKey = (event: KeyboardEvent) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      saveEdit();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      setEditing(undefined);
    }
  };

  return (
    <Card className={mergeClasses(styles.card, current && styles.current)}>
      <ProgressBar value={progress.total === 0 ? 0 : progress.done / progress.total} thickness="large" aria-label={`${title}: ${progressText}`} />
      <ul className={styles.list}>
        {items.map((item) => (
          <li key={item.id} className={styles.item}>
            {editing?.id === item.id ? (
              <div className={styles.editor}>
                <Input
                  className={styles.grow}
                  autoFocus
                  aria-label={t('checklist.editLabel')}
                  value={editing.text}
                  onChange={(_e, data) => setEditing({ id: item.id, text: data.value })}
                  onKeyDown={onEditKey}
                />
                <Button appearance="subtle" icon={<CheckmarkRegular />} aria-label={t('checklist.saveEdit')} onClick={saveEdit} />
                <Button appearance="subtle" icon={<DismissRegular />} aria-label={t('checklist.cancelEdit')} onClick={() => setEditing(undefined)} />
              </div>
            ) : (
              <>
                <Checkbox
                  className={styles.checkbox}
                  checked={item.done}
                  label={{ children: item.text, className: item.done ? styles.done : undefined }}
                  onChange={(_e, data) => void run(() => api().events.setItemDone({ eventId, itemId: item.id, done: data.checked === true }))}
                />
                {compact ? null : (
                  <>
                    <Tooltip content={t('checklist.edit')} relationship="description">
                      <Button
                        appearance="subtle"
                        icon={<EditRegular />}
                        aria-label={t('checklist.editItem', { item: item.text })}
                        onClick={() => setEditing({ id: item.id, text: item.text })}
                      />
                    </Tooltip>
                    <Tooltip content={t('checklist.remove')} relationship="description">
                      <Button
                        appearance="subtle"
                        icon={<DeleteRegular />}
                        aria-label={t('checklist.removeItem', { item: item.text })}
                        onClick={() => void run(() => api().events.removeItem({ eventId, itemId: item.id }))}
                      />
                    </Tooltip>
                  </>
                )}
              </>
            )}
          </li>
        ))}
      </ul>
      {compact ? null : (
        <div className={styles.add}>
          <Input
            className={styles.addInput}
            value={draft}
            placeholder={t('checklist.addPlaceholder')}
            aria-label={t('checklist.addLabel', { phase: title })}
            onChange={(_e, data) => setDraft(data.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                add();
              }
            }}
          />
          <Button icon={<AddRegular />} onClick={add} disabled={draft.trim() === ''}>
            {t('checklist.add')}
          </Button>
        </div>
      )}
    </Card>
  );
}
