// The words for a failed write: what happened and what to do, by the problem the main process names. An error and a
// notice each wrap them in their own sentence about what is safe.
import type { TFunction } from 'i18next';
import type { DiskProblem } from '../../../shared/errors';

export function storageProblemParts(t: TFunction, problem: DiskProblem | undefined): { cause: string; advice: string } {
  const known = problem ?? 'unknown';
  return { cause: t(`storageProblems.${known}.cause`), advice: t(`storageProblems.${known}.advice`) };
}
