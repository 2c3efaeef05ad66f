// Turns zod's findings into the field issues a PlauschError carries to the renderer.
import type { z } from 'zod';
import { PlauschError, type FieldIssue } from '../../../shared/errors';

export function issuesOf(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

/** Parses a value the service built itself from validated input; a failure is still the caller's input at fault. */
export function parseOrInvalid<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new PlauschError('invalidInput', { issues: issuesOf(parsed.error) });
  return parsed.data;
}
