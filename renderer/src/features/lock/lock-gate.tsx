// Puts the lock screen in front of a window whenever the journal is locked: when the state says so, when the main
// process pushes `app:lock`, and when any call answers `journalLocked`. The window's own content is not painted
// while locked (`display: none`: not drawn, not read out, not focusable), yet stays mounted, so nothing typed into
// an open form is lost when the lock comes.
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import type { EncryptionState } from '../../../../shared/privacy';
import { api } from '../../api';
import { encryptionStateKey, isLockedError, useEncryptionState } from './lock-queries';
import { LockScreen } from './lock-screen';

/** The state's `locked` is the one place the windows' lock is kept; a lock seen elsewhere is written into it. */
function markLocked(queryClient: QueryClient, locked: boolean): void {
  queryClient.setQueryData<EncryptionState>(encryptionStateKey, (state) => ({ on: true, keychain: false, ...state, locked }));
}

function unlocked(queryClient: QueryClient, state?: EncryptionState): void {
  if (state) queryClient.setQueryData(encryptionStateKey, state);
  else markLocked(queryClient, false);
  // What was asked while locked was refused: ask again, the settings (language, theme) among them.
  void queryClient.invalidateQueries();
}

export function LockGate({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const locked = useEncryptionState().data?.locked ?? false;

  useEffect(
    () =>
      api().on('app:lock', ({ locked: nowLocked }) => {
        if (nowLocked) markLocked(queryClient, true);
        else unlocked(queryClient);
      }),
    [queryClient],
  );

  useEffect(() => {
    const lockOnRefusal = (event: { type: string; action?: { type: string; error?: unknown } }) => {
      if (event.type === 'updated' && event.action?.type === 'error' && isLockedError(event.action.error)) markLocked(queryClient, true);
    };
    const stopQueries = queryClient.getQueryCache().subscribe(lockOnRefusal);
    const stopMutations = queryClient.getMutationCache().subscribe(lockOnRefusal);
    return () => {
      stopQueries();
      stopMutations();
    };
  }, [queryClient]);

  return (
    <>
      {locked ? <LockScreen onUnlocked={(state) => unlocked(queryClient, state)} /> : null}
      <div style={{ display: locked ? 'none' : 'contents' }}>{children}</div>
    </>
  );
}
