// "You already track this": applications at the same company for the same role, however they
// are written (see shared/sameApplication.ts), archived ones included.
import type { Application } from '@shared/application';
import { sameApplicationKey } from '@shared/sameApplication';

/** Applications by their key, read once so each keystroke in the form is a lookup. */
export function indexApplications(apps: readonly Application[]): ReadonlyMap<string, Application[]> {
  const index = new Map<string, Application[]>();
  for (const app of apps) {
    const key = sameApplicationKey(app.company, app.role);
    index.set(key, [...(index.get(key) ?? []), app]);
  }
  return index;
}

export function sameApplications(
  index: ReadonlyMap<string, Application[]>,
  company: string,
  role: string,
): Application[] {
  if (company.trim() === '' || role.trim() === '') return [];
  return index.get(sameApplicationKey(company, role)) ?? [];
}
