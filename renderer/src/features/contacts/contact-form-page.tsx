// Creating and editing a contact: every field of `contactInputSchema`, grouped the way the user thinks about a
// person. Only a name is required; mistakes are explained next to the field. Ctrl/Cmd+Enter saves, Escape cancels.
import {
  Button,
  Field,
  Input,
  Radio,
  RadioGroup,
  Select,
  Spinner,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { AddRegular, DeleteRegular, SaveRegular } from '@fluentui/react-icons';
import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorDataOf } from '../../../../shared/errors';
import { anniversaryKinds, displayName, familyRelations, type Contact } from '../../../../shared/model';
import { api } from '../../api';
import { describeError, useFeedback } from '../../app/feedback';
import { useNavigation } from '../../app/navigation';
import { useSettings } from '../../app/settings';
import { PageHeader } from '../../components';
import { ContactPhotoField, applyPhotoChoice, type PhotoChoice } from './contact-photo-field';
import {
  contactToForm,
  emptyContactForm,
  errorsFromIssues,
  formToInput,
  newAnniversaryRow,
  newFamilyRow,
  relationAfterEmailChange,
  type AnniversaryRow,
  type ContactFormState,
  type FamilyRow,
  type FieldErrors,
} from './contact-form-model';
import { ContactPicker } from './contact-picker';
import { useContactDetail, useContactList, useRefreshJournal } from './contact-queries';
import { ListInput, listDraftAttribute, mergeDraft } from './list-input';
import { PartialDateFields } from './partial-date-fields';
import { DateField } from '../../components/date-time-fields';
import { useHelpSuggestions } from '../../components/help-suggestions';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '60rem' },
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
  },
  heading: { margin: 0 },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(16rem, 1fr))',
    gap: tokens.spacingHorizontalL,
    alignItems: 'start',
  },
  row: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    margin: 0,
    minWidth: 0,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, paddingInline: tokens.spacingHorizontalXS },
  rowActions: { display: 'flex', justifyContent: 'flex-end' },
  addButton: { alignSelf: 'flex-start' },
  footer: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  hint: { color: tokens.colorNeutralForeground3 },
});

/** A new contact's form, or `id`'s; `prefill` starts a new one with an organisation and a department. */
export function ContactFormPage({ id, prefill }: { id?: string; prefill?: { organisation: string; department: string } }) {
  const { t } = useTranslation('contacts');
  const { t: tCommon } = useTranslation();
  const detail = useContactDetail(id);
  if (!id) return <ContactForm key="new" initial={{ ...emptyContactForm(), ...prefill }} />;
  if (detail.isPending) return <Spinner label={t('form.loading')} />;
  if (detail.isError) {
    return (
      <Text as="p" role="alert">
        {describeError(detail.error, tCommon)}
      </Text>
    );
  }
  return <ContactForm key={id} contact={detail.data.contact} initial={contactToForm(detail.data.contact)} />;
}

type ListField = 'emails' | 'phones' | 'tags' | 'interests' | 'commonGround' | 'giftIdeas' | 'canHelpWith';
const listFields: ListField[] = ['emails', 'phones', 'tags', 'interests', 'commonGround', 'giftIdeas', 'canHelpWith'];

function ContactForm({ contact, initial }: { contact?: Contact; initial: ContactFormState }) {
  const styles = useStyles();
  const { t } = useTranslation('contacts');
  const { navigate } = useNavigation();
  const feedback = useFeedback('contacts');
  const refresh = useRefreshJournal();
  const contacts = useContactList(false);
  const ownDomains = useSettings().data?.ownEmailDomains ?? [];
  const helpSuggestions = useHelpSuggestions();
  const [state, setState] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const [photoChoice, setPhotoChoice] = useState<PhotoChoice>({ kind: 'keep' });
  const formRef = useRef<HTMLFormElement>(null);

  const set = <K extends keyof ContactFormState>(key: K, value: ContactFormState[K]) =>
    setState((previous) => ({ ...previous, [key]: value }));
  const errorFor = (path: string) => (errors[path] ? t(`validation.${errors[path]}`) : undefined);
  /** What every list field of the form takes from the form: its name, label, values, change and error. */
  const listField = (name: ListField) => ({
    name,
    label: t(`form.${name}`),
    values: state[name],
    onChange: (values: string[]) =>
      name === 'emails' && !contact
        ? // A new contact's addresses suggest intern or extern (Settings › own e-mail domains) until the user chooses.
          setState((previous) => ({ ...previous, emails: values, relation: relationAfterEmailChange(previous, values, ownDomains) }))
        : set(name, values),
    error: errorFor(name),
  });
  const fieldError = (path: string) => {
    const message = errorFor(path);
    return { validationMessage: message, validationState: message ? ('error' as const) : ('none' as const) };
  };

  const showErrors = (found: FieldErrors) => {
    setErrors(found);
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
  };

  const cancel = () => navigate(contact ? { name: 'contact', id: contact.id } : { name: 'contacts' });

  const save = async (current: ContactFormState) => {
    const result = formToInput(current);
    if (result.errors) {
      showErrors(result.errors);
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      const saved = contact
        ? await api().contacts.update({ id: contact.id, contact: result.input })
        : await api().contacts.create(result.input);
      // The contact is saved either way; a photo the main process refuses is told, and the form moves on.
      const photoSaved = await applyPhotoChoice(saved.id, photoChoice).then(
        () => true,
        (error: unknown) => (feedback.showError(error), false),
      );
      await refresh();
      feedback.showSuccess((t) =>
        t(photoSaved ? (contact ? 'form.savedToast' : 'form.createdToast') : 'photo.savedWithoutPhoto', { name: displayName(saved) }),
      );
      navigate({ name: 'contact', id: saved.id });
    } catch (error) {
      const data = errorDataOf(error);
      if (data?.code === 'invalidInput' && data.details?.issues) {
        showErrors(errorsFromIssues(data.details.issues));
      }
      feedback.showError(error);
    } finally {
      setSaving(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    const target = event.target as HTMLElement;
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      // Text typed into a list field but not yet turned into a chip still counts.
      const list = target.getAttribute(listDraftAttribute) as ListField | null;
      const pending = list && listFields.includes(list) ? (target as HTMLInputElement).value : '';
      void save(list ? { ...state, [list]: mergeDraft(state[list], pending) } : state);
    } else if (event.key === 'Escape' && target.getAttribute('aria-expanded') !== 'true' && !event.defaultPrevented) {
      event.preventDefault();
      cancel();
    }
  };

  const updateFamily = (index: number, patch: Partial<FamilyRow>) =>
    set(
      'family',
      state.family.map((row, at) => (at === index ? { ...row, ...patch } : row)),
    );
  const updateAnniversary = (index: number, patch: Partial<AnniversaryRow>) =>
    set(
      'anniversaries',
      state.anniversaries.map((row, at) => (at === index ? { ...row, ...patch } : row)),
    );

  const title = contact ? t('form.titleEdit', { name: displayName(contact) }) : t('form.titleNew');
  const otherContacts = (contacts.data ?? []).filter((candidate) => candidate.id !== contact?.id);

  return (
    <div>
      <PageHeader title={title} description={t('form.description')} />
      <form
        ref={formRef}
        className={styles.form}
        noValidate
        aria-label={title}
        onKeyDown={onKeyDown}
        onSubmit={(event) => {
          event.preventDefault();
          void save(state);
        }}
      >
        <FormSection title={t('form.sections.person')}>
          <ContactPhotoField
            name={displayName({ firstName: state.firstName, lastName: state.lastName })}
            contactId={contact?.id}
            choice={photoChoice}
            onChoice={setPhotoChoice}
          />
          <div className={styles.grid}>
            <Field label={t('form.firstName')} {...fieldError('firstName')}>
              <Input autoFocus value={state.firstName} onChange={(_event, data) => set('firstName', data.value)} />
            </Field>
            <Field label={t('form.lastName')} {...fieldError('lastName')}>
              <Input value={state.lastName} onChange={(_event, data) => set('lastName', data.value)} />
            </Field>
            <Field label={t('form.role')} {...fieldError('role')}>
              <Input value={state.role} onChange={(_event, data) => set('role', data.value)} />
            </Field>
            <Field label={t('form.organisation')} {...fieldError('organisation')}>
              <Input value={state.organisation} onChange={(_event, data) => set('organisation', data.value)} />
            </Field>
            <Field label={t('form.department')} {...fieldError('department')}>
              <Input value={state.department} onChange={(_event, data) => set('department', data.value)} />
            </Field>
            <ListInput {...listField('canHelpWith')} hint={t('form.canHelpWithHint')} suggestions={helpSuggestions} />
            <Field label={t('form.relation')}>
              <RadioGroup
                layout="horizontal"
                value={state.relation}
                onChange={(_event, data) => set('relation', data.value as ContactFormState['relation'])}
              >
                <Radio value="internal" label={t('relation.internal')} />
                <Radio value="external" label={t('relation.external')} />
              </RadioGroup>
            </Field>
            <Field label={t('form.addressForm')} hint={t('form.addressFormHint')}>
              <RadioGroup
                layout="horizontal"
                value={state.addressForm}
                onChange={(_event, data) => set('addressForm', data.value as ContactFormState['addressForm'])}
              >
                <Radio value="" label={t('addressForms.default')} />
                <Radio value="sie" label={t('addressForms.sie')} />
                <Radio value="du" label={t('addressForms.du')} />
              </RadioGroup>
            </Field>
          </div>
        </FormSection>

        <FormSection title={t('form.sections.contactInfo')}>
          <div className={styles.grid}>
            <ListInput {...listField('emails')} type="email" />
            <ListInput {...listField('phones')} type="tel" />
            <ListInput {...listField('tags')} />
          </div>
        </FormSection>

        <FormSection title={t('form.sections.met')}>
          <div className={styles.grid}>
            <DateField
              label={t('form.metOn')}
              validationMessage={errorFor('metOn')}
              value={state.metOn}
              onChange={(metOn) => set('metOn', metOn)}
            />
            <Field label={t('form.metAt')} {...fieldError('metAt')}>
              <Input
                value={state.metAt}
                placeholder={t('form.metAtPlaceholder')}
                onChange={(_event, data) => set('metAt', data.value)}
              />
            </Field>
            <ContactPicker
              label={t('form.introducedBy')}
              placeholder={t('form.introducedByPlaceholder')}
              contacts={otherContacts}
              value={state.introducedById}
              onChange={(value) => set('introducedById', value)}
              error={errorFor('introducedById')}
            />
          </div>
        </FormSection>

        <FormSection title={t('form.sections.personal')}>
          <PartialDateFields
            legend={t('form.birthday')}
            value={state.birthday}
            onChange={(value) => set('birthday', value)}
            error={errorFor('birthday')}
          />
        </FormSection>

        <FormSection title={t('form.sections.family')}>
          {state.family.map((row, index) => {
            const owner = t('form.familyMember', { number: index + 1 });
            return (
              <fieldset key={row.id} className={styles.row}>
                <legend className={styles.legend}>{owner}</legend>
                <div className={styles.grid}>
                  <Field label={t('form.familyName')} {...fieldError(`family.${index}.name`)}>
                    <Input
                      aria-label={t('form.partOf', { field: t('form.familyName'), owner })}
                      value={row.name}
                      onChange={(_event, data) => updateFamily(index, { name: data.value })}
                    />
                  </Field>
                  <Field label={t('form.familyRelation')}>
                    <Select
                      aria-label={t('form.partOf', { field: t('form.familyRelation'), owner })}
                      value={row.relation}
                      onChange={(_event, data) =>
                        updateFamily(index, { relation: data.value as FamilyRow['relation'] })
                      }
                    >
                      {familyRelations.map((relation) => (
                        <option key={relation} value={relation}>
                          {t(`familyRelations.${relation}`)}
                        </option>
                      ))}
                    </Select>
                  </Field>
                  {row.relation === 'child' ? (
                    <DateField
                      label={t('form.schoolStart')}
                      aria-label={t('form.partOf', { field: t('form.schoolStart'), owner })}
                      validationMessage={errorFor(`family.${index}.schoolStart`)}
                      value={row.schoolStart}
                      onChange={(schoolStart) => updateFamily(index, { schoolStart })}
                    />
                  ) : null}
                </div>
                <PartialDateFields
                  legend={t('form.familyBirthday')}
                  owner={owner}
                  value={row.birthday}
                  onChange={(birthday) => updateFamily(index, { birthday })}
                  error={errorFor(`family.${index}.birthday`)}
                />
                <div className={styles.rowActions}>
                  <Button
                    appearance="subtle"
                    icon={<DeleteRegular />}
                    onClick={() => set('family', state.family.filter((_, at) => at !== index))}
                  >
                    {t('form.removeFamily', { number: index + 1 })}
                  </Button>
                </div>
              </fieldset>
            );
          })}
          <Button
            className={styles.addButton}
            icon={<AddRegular />}
            onClick={() => set('family', [...state.family, newFamilyRow(crypto.randomUUID())])}
          >
            {t('form.addFamily')}
          </Button>
        </FormSection>

        <FormSection title={t('form.sections.anniversaries')}>
          {state.anniversaries.map((row, index) => {
            const owner = t('form.anniversary', { number: index + 1 });
            return (
              <fieldset key={row.id} className={styles.row}>
                <legend className={styles.legend}>{owner}</legend>
                <div className={styles.grid}>
                  <Field label={t('form.anniversaryKind')}>
                    <Select
                      aria-label={t('form.partOf', { field: t('form.anniversaryKind'), owner })}
                      value={row.kind}
                      onChange={(_event, data) =>
                        updateAnniversary(index, { kind: data.value as AnniversaryRow['kind'] })
                      }
                    >
                      {anniversaryKinds.map((kind) => (
                        <option key={kind} value={kind}>
                          {t(`anniversaryKinds.${kind}`)}
                        </option>
                      ))}
                    </Select>
                  </Field>
                  <Field label={t('form.anniversaryLabel')} {...fieldError(`anniversaries.${index}.label`)}>
                    <Input
                      aria-label={t('form.partOf', { field: t('form.anniversaryLabel'), owner })}
                      value={row.label}
                      onChange={(_event, data) => updateAnniversary(index, { label: data.value })}
                    />
                  </Field>
                </div>
                <PartialDateFields
                  legend={t('form.anniversaryDate')}
                  owner={owner}
                  value={row.date}
                  onChange={(date) => updateAnniversary(index, { date })}
                  error={errorFor(`anniversaries.${index}.date`)}
                />
                <div className={styles.rowActions}>
                  <Button
                    appearance="subtle"
                    icon={<DeleteRegular />}
                    onClick={() => set('anniversaries', state.anniversaries.filter((_, at) => at !== index))}
                  >
                    {t('form.removeAnniversary', { number: index + 1 })}
                  </Button>
                </div>
              </fieldset>
            );
          })}
          <Button
            className={styles.addButton}
            icon={<AddRegular />}
            onClick={() =>
              set('anniversaries', [...state.anniversaries, newAnniversaryRow(crypto.randomUUID())])
            }
          >
            {t('form.addAnniversary')}
          </Button>
        </FormSection>

        <FormSection title={t('form.sections.interests')}>
          <div className={styles.grid}>
            <ListInput {...listField('interests')} />
            <ListInput {...listField('commonGround')} />
            <ListInput {...listField('giftIdeas')} hint={t('form.giftIdeasHint')} />
          </div>
          <Field label={t('form.notes')} {...fieldError('notes')}>
            <Textarea
              resize="vertical"
              rows={5}
              value={state.notes}
              onChange={(_event, data) => set('notes', data.value)}
            />
          </Field>
        </FormSection>

        <FormSection title={t('form.sections.keepInTouch')}>
          <Field label={t('form.cadenceDays')} hint={t('form.cadenceHint')} {...fieldError('cadenceDays')}>
            <Input
              inputMode="numeric"
              value={state.cadenceDays}
              onChange={(_event, data) => set('cadenceDays', data.value.replace(/\D/g, ''))}
              style={{ maxWidth: '10rem' }}
            />
          </Field>
        </FormSection>

        <div className={styles.footer}>
          <Button appearance="primary" type="submit" icon={<SaveRegular />} disabled={saving}>
            {t('form.save')}
          </Button>
          <Button onClick={cancel}>{t('form.cancel')}</Button>
          <Text size={200} className={styles.hint}>
            {t('form.shortcutHint')}
          </Text>
        </div>
      </form>
    </div>
  );
}

function FormSection({ title, children }: { title: string; children: ReactNode }) {
  const styles = useStyles();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className={styles.section}>
      <Text as="h2" id={headingId} size={500} weight="semibold" className={styles.heading}>
        {title}
      </Text>
      {children}
    </section>
  );
}
