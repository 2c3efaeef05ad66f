// The IPC channels for the sample data a new user can try Plausch with, spread into the contract (contract.ts).
import { z } from 'zod';
import { channel } from './channel';
import { languages } from './model';

export interface SampleDataStatus {
  /** Records of the sample data are still in the journal, so "Beispieldaten entfernen" has something to do. */
  present: boolean;
  contacts: number;
}

/** A sample contact left in place, and why: the user changed it, or one of the user's own records names it. */
export interface KeptSampleContact {
  contactId: string;
  name: string;
  reason: 'edited' | 'inUse';
}

export interface SampleDataRemoval {
  removedContacts: number;
  removedInteractions: number;
  removedEvents: number;
  kept: KeptSampleContact[];
  /** Hand to `undo.apply` to bring the removed sample data back; absent when nothing was removed. */
  undoToken?: string;
}

export const sampleDataChannels = {
  'sampleData:status': channel<SampleDataStatus>()(z.object({}).strict().optional()),
  /** Adds the sample contacts, encounters and event in one step; does nothing while they are there. */
  'sampleData:add': channel<SampleDataStatus>()(z.object({ language: z.enum(languages) }).strict()),
  /** Takes out exactly what the sample added and the user has not changed or used since. */
  'sampleData:remove': channel<SampleDataRemoval>()(z.object({}).strict().optional()),
} as const;
