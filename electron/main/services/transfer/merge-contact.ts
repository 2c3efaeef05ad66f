// What an import does to a contact the journal already has: the file adds, it never takes away. Its non-empty fields
// win, lists and family are joined, anniversaries and notes added when they are new. The contact's relation (intern or
// extern) and its rhythm stay as the user set them.
import type { Contact, ContactInput, FamilyMember } from '../../../../shared/model';
import { importedContactFields } from '../../../../shared/transfer';
import { withoutUndefined } from '../records';
import { fold } from '../search-text';

function union(current: readonly string[], added: readonly string[] = [], max: number): string[] {
  const seen = new Set(current.map((value) => value.toLowerCase()));
  const result = [...current];
  for (const value of added) {
    if (seen.has(value.toLowerCase())) continue;
    seen.add(value.toLowerCase());
    result.push(value);
  }
  return result.slice(0, max);
}

/** A family member the file names again (same name, same relation) gains the dates it lacked; a new one is added. */
function mergeFamily(current: readonly FamilyMember[], added: readonly FamilyMember[] = []): FamilyMember[] {
  const result = [...current];
  for (const member of added) {
    const at = result.findIndex((known) => fold(known.name) === fold(member.name) && known.relation === member.relation);
    const known = result[at];
    if (!known) result.push(member);
    else result[at] = withoutUndefined({ ...known, birthday: known.birthday ?? member.birthday, schoolStart: known.schoolStart ?? member.schoolStart });
  }
  return result.slice(0, 50);
}

/** The existing contact with what the file adds. */
export function mergeContact(current: Contact, incoming: ContactInput): Contact {
  const pick = (mine: string, theirs: string | undefined) => (theirs ? theirs : mine);
  const notes = !incoming.notes || current.notes.includes(incoming.notes) ? current.notes : current.notes ? `${current.notes}\n\n${incoming.notes}` : incoming.notes;
  const anniversaries = [...current.anniversaries];
  for (const added of incoming.anniversaries ?? []) {
    if (!anniversaries.some((a) => a.date === added.date && a.kind === added.kind)) anniversaries.push({ ...added, label: added.label ?? '' });
  }
  return withoutUndefined({
    ...current,
    firstName: pick(current.firstName, incoming.firstName),
    lastName: pick(current.lastName, incoming.lastName),
    role: pick(current.role, incoming.role),
    organisation: pick(current.organisation, incoming.organisation),
    department: pick(current.department, incoming.department),
    emails: union(current.emails, incoming.emails, 20),
    phones: union(current.phones, incoming.phones, 20),
    tags: union(current.tags, incoming.tags, 200),
    interests: union(current.interests, incoming.interests, 200),
    commonGround: union(current.commonGround, incoming.commonGround, 200),
    giftIdeas: union(current.giftIdeas, incoming.giftIdeas, 200),
    canHelpWith: union(current.canHelpWith, incoming.canHelpWith, 200),
    family: mergeFamily(current.family, incoming.family),
    birthday: incoming.birthday ?? current.birthday,
    anniversaries: anniversaries.slice(0, 50),
    metOn: current.metOn ?? incoming.metOn,
    metAt: pick(incoming.metAt ?? '', current.metAt),
    cadenceDays: current.cadenceDays ?? incoming.cadenceDays,
    addressForm: current.addressForm ?? incoming.addressForm,
    notes: notes.slice(0, 20_000),
  });
}

/** The fields an update would change, in the journal's terms. */
export function changedFields(before: Contact, after: Contact): string[] {
  return importedContactFields.filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
}
