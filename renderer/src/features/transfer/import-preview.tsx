// What an import would do, before it does it: the counts, the people it would add, every duplicate with the reason
// it was matched, what an update would change and a choice for it, and the file's problems in words. Under each
// person, the family and anniversaries the file holds for them. The counts follow the user's choices, so they always
// say what "Import" will do.
import {
  Button,
  Field,
  Radio,
  RadioGroup,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { displayName, type ContactRelation } from '../../../../shared/model';
import type { ImportItem, ImportPreview, ImportProblem, MergeAction } from '../../../../shared/transfer';
import { mergeActions } from '../../../../shared/transfer';
import { ImportDomainGroups } from './import-domain-groups';
import { ImportFoundDetails } from './import-found-details';
import { isContactField } from './transfer-format';

/** Long files are summarised: listing thousands of rows would only hide the choices that matter. */
const MAX_LISTED_NEW = 100;
const MAX_LISTED_DUPLICATES = 200;
const MAX_LISTED_PROBLEMS = 200;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, '& h3, & h4, & p': { margin: 0 } },
  counts: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, listStyle: 'none', margin: 0, padding: 0 },
  count: {
    paddingBlock: tokens.spacingVerticalXXS,
    paddingInline: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    fontWeight: tokens.fontWeightSemibold,
  },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  plainList: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  secondary: { color: tokens.colorNeutralForeground2 },
  person: { overflowWrap: 'anywhere' },
  duplicates: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  duplicate: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  bulk: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
});

/** What confirming will do with an item, given the user's choices. */
export function effectiveAction(item: ImportItem, choices: ReadonlyMap<number, MergeAction>): MergeAction {
  return choices.get(item.index) ?? item.action;
}

/** The choices the main process needs: only those that differ from its proposal. */
export function changedChoices(preview: ImportPreview, choices: ReadonlyMap<number, MergeAction>) {
  return preview.items
    .filter((item) => item.duplicate && effectiveAction(item, choices) !== item.action)
    .map((item) => ({ index: item.index, action: effectiveAction(item, choices) }));
}

function countsFor(preview: ImportPreview, choices: ReadonlyMap<number, MergeAction>) {
  const counts = { create: 0, update: 0, skip: 0, rejected: preview.counts.rejected };
  for (const item of preview.items) {
    const action = effectiveAction(item, choices);
    // An update that adds nothing is a skip: the main process leaves the contact alone.
    if (action === 'update' && !item.duplicate?.changedFields.length) counts.skip += 1;
    else counts[action] += 1;
  }
  return counts;
}

function contactLine(item: ImportItem): string {
  const name = displayName({ firstName: item.contact.firstName ?? '', lastName: item.contact.lastName ?? '' });
  const extra = [item.contact.organisation, item.contact.emails?.[0]].filter(Boolean).join(' · ');
  return extra ? `${name} – ${extra}` : name;
}

export interface ImportPreviewViewProps {
  fileName: string;
  preview: ImportPreview;
  choices: ReadonlyMap<number, MergeAction>;
  /** Intern or extern per e-mail domain group, where the user changed the proposal. */
  relations: ReadonlyMap<string, ContactRelation>;
  busy: boolean;
  onChoose(index: number, action: MergeAction): void;
  onChooseRelation(domain: string, relation: ContactRelation): void;
  onChooseAll(action: 'skip' | 'update'): void;
  onConfirm(): void;
  onCancel(): void;
}

export function ImportPreviewView({
  fileName,
  preview,
  choices,
  relations,
  busy,
  onChoose,
  onChooseRelation,
  onChooseAll,
  onConfirm,
  onCancel,
}: ImportPreviewViewProps) {
  const styles = useStyles();
  const { t } = useTranslation('transfer');
  const counts = countsFor(preview, choices);
  const created = preview.items.filter((item) => !item.duplicate && effectiveAction(item, choices) === 'create');
  const duplicates = preview.items.filter((item) => item.duplicate);
  const nothingToDo = counts.create === 0 && counts.update === 0;
  return (
    <section className={styles.root} aria-labelledby="import-preview-title">
      <div className={styles.group}>
        <Text as="h3" id="import-preview-title" size={400} weight="semibold">
          {t('import.previewTitle', { fileName })}
        </Text>
        <Text as="p" className={styles.secondary}>
          {t(`import.formats.${preview.format}`)}
        </Text>
        <ul className={styles.counts} aria-label={t('import.counts.label')}>
          <li className={styles.count}>{t('import.counts.create', { count: counts.create })}</li>
          <li className={styles.count}>{t('import.counts.update', { count: counts.update })}</li>
          <li className={styles.count}>{t('import.counts.skip', { count: counts.skip })}</li>
          {counts.rejected > 0 ? <li className={styles.count}>{t('import.counts.rejected', { count: counts.rejected })}</li> : null}
        </ul>
        <Text as="p" className={styles.secondary}>
          {t('import.nothingWritten')}
        </Text>
      </div>

      {preview.domainGroups.length > 0 ? (
        <ImportDomainGroups groups={preview.domainGroups} relations={relations} onChoose={onChooseRelation} />
      ) : null}

      {created.length > 0 ? (
        <div className={styles.group}>
          <Text as="h4" id="import-created" size={300} weight="semibold">
            {t('import.created.title')}
          </Text>
          <ul className={styles.plainList} aria-labelledby="import-created">
            {created.slice(0, MAX_LISTED_NEW).map((item) => (
              <li key={item.index} className={styles.person}>
                <span>{contactLine(item)}</span>
                <ImportFoundDetails contact={item.contact} />
              </li>
            ))}
          </ul>
          {created.length > MAX_LISTED_NEW ? (
            <Text as="p" className={styles.secondary}>
              {t('import.created.more', { count: created.length - MAX_LISTED_NEW })}
            </Text>
          ) : null}
        </div>
      ) : null}

      {duplicates.length > 0 ? (
        <div className={styles.group}>
          <Text as="h4" id="import-duplicates" size={300} weight="semibold">
            {t('import.duplicates.title')}
          </Text>
          <Text as="p" className={styles.secondary}>
            {t('import.duplicates.help')}
          </Text>
          {duplicates.length > 1 ? (
            <div className={styles.bulk} role="group" aria-label={t('import.duplicates.allLabel')}>
              <Text>{t('import.duplicates.allLabel')}</Text>
              <Button size="small" onClick={() => onChooseAll('skip')}>
                {t('import.duplicates.allSkip')}
              </Button>
              <Button size="small" onClick={() => onChooseAll('update')}>
                {t('import.duplicates.allUpdate')}
              </Button>
            </div>
          ) : null}
          <ul className={styles.duplicates} aria-labelledby="import-duplicates">
            {duplicates.slice(0, MAX_LISTED_DUPLICATES).map((item) => (
              <DuplicateRow key={item.index} item={item} action={effectiveAction(item, choices)} onChoose={onChoose} />
            ))}
          </ul>
          {duplicates.length > MAX_LISTED_DUPLICATES ? (
            <Text as="p" className={styles.secondary}>
              {t('import.duplicates.more', { count: duplicates.length - MAX_LISTED_DUPLICATES })}
            </Text>
          ) : null}
        </div>
      ) : null}

      {preview.problems.length > 0 ? <ProblemList problems={preview.problems} /> : null}

      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy || nothingToDo} onClick={onConfirm}>
          {t('import.confirm')}
        </Button>
        <Button disabled={busy} onClick={onCancel}>
          {t('import.cancel')}
        </Button>
        {nothingToDo ? <Text className={styles.secondary}>{t('import.nothingToDo')}</Text> : null}
      </div>
    </section>
  );
}

function DuplicateRow({ item, action, onChoose }: { item: ImportItem; action: MergeAction; onChoose(index: number, action: MergeAction): void }) {
  const styles = useStyles();
  const { t } = useTranslation('transfer');
  const duplicate = item.duplicate;
  if (!duplicate) return null;
  const name = displayName({ firstName: item.contact.firstName ?? '', lastName: item.contact.lastName ?? '' });
  const fields = duplicate.changedFields.map((field) => (isContactField(field) ? t(`fields.${field}`) : field));
  return (
    <li className={styles.duplicate}>
      <Text weight="semibold">{contactLine(item)}</Text>
      <ImportFoundDetails contact={item.contact} />
      <Text className={styles.secondary}>
        {`${t('import.duplicates.matches', { name: duplicate.name })} – ${t(`import.duplicates.reasons.${duplicate.reason}`)}`}
      </Text>
      <Text>{fields.length ? t('import.duplicates.changes', { fields: fields.join(', ') }) : t('import.duplicates.noChanges')}</Text>
      <Field label={t('import.duplicates.choiceFor', { name })}>
        <RadioGroup layout="horizontal" value={action} onChange={(_event, data) => onChoose(item.index, data.value as MergeAction)}>
          {mergeActions.map((option) => (
            <Radio
              key={option}
              value={option}
              label={t(`import.duplicates.actions.${option}`)}
              disabled={option === 'update' && fields.length === 0}
            />
          ))}
        </RadioGroup>
      </Field>
    </li>
  );
}

function ProblemList({ problems }: { problems: ImportProblem[] }) {
  const styles = useStyles();
  const { t } = useTranslation('transfer');
  const describe = (problem: ImportProblem) => {
    const text = t(`problems.${problem.code}`);
    const field = problem.field ? (isContactField(problem.field) ? t(`fields.${problem.field}`) : problem.field) : undefined;
    const detailed = !field
      ? text
      : problem.value
        ? t('import.problems.fieldValue', { text, field, value: problem.value })
        : t('import.problems.field', { text, field });
    return t('import.problems.record', { record: problem.record, text: detailed });
  };
  return (
    <div className={styles.group}>
      <Text as="h4" id="import-problems" size={300} weight="semibold">
        {t('import.problems.title')}
      </Text>
      <ul className={styles.plainList} aria-labelledby="import-problems">
        {problems.slice(0, MAX_LISTED_PROBLEMS).map((problem, position) => (
          <li key={`${problem.record}-${problem.code}-${problem.field ?? ''}-${position}`}>{describe(problem)}</li>
        ))}
      </ul>
      {problems.length > MAX_LISTED_PROBLEMS ? (
        <Text as="p" className={styles.secondary}>
          {t('import.problems.more', { count: problems.length - MAX_LISTED_PROBLEMS })}
        </Text>
      ) : null}
    </div>
  );
}
