// Turns zod's verdict on an application into field-level messages the editor and importers show.
import { applicationSchema, isBoundIssue, storedApplicationSchema, type Application } from './application';

export interface FieldIssue {
  /** Dotted path of the field, e.g. `cohorts.0.end`; empty for the whole record. */
  path: string;
  message: string;
}

export type Validation = { ok: true; value: Application } | { ok: false; issues: FieldIssue[] };

/**
 * Checks a new or changed record. `kept` is the record as stored before this change: a value
 * it already held outside the bounds (stored before they existed) stays as it is until the
 * student changes it, so an old record can still be moved, edited and undone.
 */
export function validateApplication(candidate: unknown, kept?: Application): Validation {
  const parsed = applicationSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issues = parsed.error.issues.filter(
    (issue) => !(kept && isBoundIssue(issue) && sameAt(candidate, kept, issue.path)),
  );
  if (issues.length > 0)
    return { ok: false, issues: issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })) };
  // Only bounds the stored record already exceeded: it passes as a stored record.
  return { ok: true, value: storedApplicationSchema.parse(candidate) };
}

function sameAt(a: unknown, b: unknown, path: readonly PropertyKey[]): boolean {
  const at = (value: unknown) =>
    path.reduce<unknown>((node, key) => (node as Record<PropertyKey, unknown> | null)?.[key], value);
  return Object.is(at(a), at(b));
}
