// toCandidate for the parsers, reporting each kind of problem (its code and field) once per record: a card with five
// hundred unreadable anniversaries is one problem to the user, not five hundred, and the problems of a whole file stay
// in proportion to its records (a file of such cards listed half a million of them, several times its own size).
import type { ImportProblem } from '../../../../shared/transfer';
import { toCandidate, type Candidate, type RawCandidate } from './candidate';

export function readCandidate(raw: RawCandidate, problems: ImportProblem[]): Candidate | undefined {
  const found: ImportProblem[] = [];
  const candidate = toCandidate(raw, found);
  const reported = new Set<string>();
  for (const problem of found) {
    const kind = `${problem.code} ${problem.field ?? ''}`;
    if (reported.has(kind)) continue;
    reported.add(kind);
    problems.push(problem);
  }
  return candidate;
}
