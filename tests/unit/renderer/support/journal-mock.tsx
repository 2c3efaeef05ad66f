// Stand-ins for the contacts and journal features (another part of the app), so these tests exercise the frame
// and the smaller screens alone and can see what they ask of the interaction dialog.
import type { ReactNode } from 'react';
import { vi } from 'vitest';

export const openInteractionDialog = vi.fn<(options?: { contactIds?: string[]; interactionId?: string }) => void>();

export const journalMock = {
  JournalPage: () => <h1>journal page</h1>,
  InteractionDialogProvider: ({ children }: { children: ReactNode }) => children,
  useInteractionDialog: () => ({ open: openInteractionDialog }),
};

export const contactsMock = {
  ContactsPage: () => <h1>contacts page</h1>,
  ContactPage: ({ id }: { id: string }) => <h1>{`contact page ${id}`}</h1>,
  ContactFormPage: ({ id }: { id?: string }) => <h1>{`contact form ${id ?? 'new'}`}</h1>,
};
