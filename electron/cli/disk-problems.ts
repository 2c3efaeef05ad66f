// What a failed file operation means for the user, in words instead of `ENOSPC: no space left on device, write`.
import { diskProblemOf } from '../main/store/disk-problem';
import { diskProblemWords, type Lang } from './messages';

/** The problem in plain words, or `undefined` for an error that is not about the disk. */
export function diskProblem(lang: Lang, error: unknown, fallbackPath: string): string | undefined {
  const problem = diskProblemOf(error);
  return problem && diskProblemWords(lang, problem, (error as NodeJS.ErrnoException | null | undefined)?.path ?? fallbackPath);
}
