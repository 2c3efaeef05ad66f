// What a failed file operation means for the user. Node names it by its system error code; the window and the command
// line each say it in their own words, from the same three problems. Any other failure (an I/O error, a bug) has no
// advice to give beyond "it failed", so it maps to nothing.
import { PlauschError, type DiskProblem } from '../../../shared/errors';

const problemsByCode: Readonly<Record<string, DiskProblem>> = {
  ENOSPC: 'diskFull',
  // A used-up quota looks the same to the user: no room left for their data.
  EDQUOT: 'diskFull',
  EACCES: 'noPermission',
  EPERM: 'noPermission',
  EROFS: 'readOnly',
};

/** The problem behind a Node file system error, or `undefined` for one that is not about the disk. */
export function diskProblemOf(error: unknown): DiskProblem | undefined {
  const code = (error as NodeJS.ErrnoException | null | undefined)?.code;
  return typeof code === 'string' ? problemsByCode[code] : undefined;
}

/** The error a failed write gives its caller: `storageFailed`, with the problem when it is one the user can act on. */
export function storageFailedError(error: unknown): PlauschError {
  const problem = diskProblemOf(error);
  return new PlauschError('storageFailed', problem ? { problem } : undefined);
}
