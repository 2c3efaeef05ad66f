// Undo tokens for destructive actions. A token holds a function that computes, from the journal as it is when the
// user clicks "Undo", the changes that bring back what was removed. Tokens live in memory only and expire.
import { randomUUID } from 'node:crypto';
import { PlauschError } from '../../../shared/errors';
import type { Change } from '../store/types';
import type { Clock } from './clock';

export type Restore = () => Change[];

export interface UndoOptions {
  clock: Clock;
  /** How long a token stays valid. */
  ttlMs?: number;
  /** How many tokens are kept; the oldest goes first. */
  maxTokens?: number;
}

export interface UndoLedger {
  remember(restore: Restore): string;
  /** The restore function behind a token; an unknown, used or expired token is `undoExpired`. */
  get(token: string): Restore;
  /** Called once the restore is committed, so a token works exactly once. */
  forget(token: string): void;
  /** Drops every token (after forgetting a person, whose data any of them might bring back). */
  clear(): void;
}

export function createUndoLedger({ clock, ttlMs = 10 * 60_000, maxTokens = 50 }: UndoOptions): UndoLedger {
  const entries = new Map<string, { restore: Restore; expiresAt: number }>();

  function dropExpired(now: number): void {
    for (const [token, entry] of entries) if (entry.expiresAt <= now) entries.delete(token);
  }

  return {
    remember(restore) {
      const now = clock.now().getTime();
      dropExpired(now);
      const token = randomUUID();
      entries.set(token, { restore, expiresAt: now + ttlMs });
      while (entries.size > maxTokens) entries.delete(entries.keys().next().value as string);
      return token;
    },
    get(token) {
      dropExpired(clock.now().getTime());
      const entry = entries.get(token);
      if (!entry) throw new PlauschError('undoExpired');
      return entry.restore;
    },
    forget(token) {
      entries.delete(token);
    },
    clear() {
      entries.clear();
    },
  };
}
