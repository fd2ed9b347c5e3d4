// FROZEN: schema 1 as it shipped (shared/validateApplication.ts at main 0b915b0). Never edit: the
// migration tests prove that what this code wrote opens in every later version.

// Turns zod's verdict on an application into field-level messages the editor and importers show.
import { applicationSchema, type Application } from './application';

export interface FieldIssue {
  /** Dotted path of the field, e.g. `cohorts.0.end`; empty for the whole record. */
  path: string;
  message: string;
}

export type Validation = { ok: true; value: Application } | { ok: false; issues: FieldIssue[] };

export function validateApplication(candidate: unknown): Validation {
  const parsed = applicationSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
  };
}
