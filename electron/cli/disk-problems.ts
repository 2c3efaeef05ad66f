// What a failed file operation means for the user, in words instead of `ENOSPC: no space left on device, write`.
import { say, type Lang } from './messages';

/** The problem in plain words, or `undefined` for an error that is not about the disk. */
export function diskProblem(lang: Lang, error: unknown, fallbackPath: string): string | undefined {
  const { code, path } = (error ?? {}) as NodeJS.ErrnoException;
  const where = path ?? fallbackPath;
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return say(lang, 'diskFull');
    case 'EACCES':
    case 'EPERM':
      return say(lang, 'noPermission', { path: where });
    case 'EROFS':
      return say(lang, 'readOnlyDisk', { path: where });
    default:
      return undefined;
  }
}
