// What a failed file operation means for the user, in words instead of `ENOSPC: no space left on device, write`.
import { diskProblemOf } from '../main/store/disk-problem';
import { say, type Lang } from './messages';

/** The problem in plain words, or `undefined` for an error that is not about the disk. */
export function diskProblem(lang: Lang, error: unknown, fallbackPath: string): string | undefined {
  const where = (error as NodeJS.ErrnoException | null | undefined)?.path ?? fallbackPath;
  switch (diskProblemOf(error)) {
    case 'diskFull':
      return say(lang, 'diskFull');
    case 'noPermission':
      return say(lang, 'noPermission', { path: where });
    case 'readOnly':
      return say(lang, 'readOnlyDisk', { path: where });
    case undefined:
      return undefined;
  }
}
