// Builders for journal records with sensible defaults, so a test states only what matters to it.
import { randomUUID } from 'node:crypto';
import { contactSchema, interactionSchema, type Contact, type ContactInput, type Interaction, type InteractionInput } from '../../shared/model';

export const CREATED_AT = '2025-01-15T10:00:00.000Z';

export function aContact(fields: Partial<ContactInput> & { id?: string; archived?: boolean; createdAt?: string } = {}): Contact {
  return contactSchema.parse({
    firstName: 'Erika',
    lastName: 'Mustermann',
    id: randomUUID(),
    createdAt: CREATED_AT,
    updatedAt: fields.createdAt ?? CREATED_AT,
    ...fields,
  });
}

export function anInteraction(
  fields: Partial<InteractionInput> & { contactIds: string[]; id?: string; createdAt?: string },
): Interaction {
  return interactionSchema.parse({
    type: 'coffee',
    date: '2025-03-01',
    id: randomUUID(),
    createdAt: CREATED_AT,
    updatedAt: fields.createdAt ?? CREATED_AT,
    ...fields,
  });
}
