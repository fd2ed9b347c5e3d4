// "You already track this": applications at the same company for the same role, compared
// without case, accents or extra spaces, archived ones included.
import type { Application } from '@shared/application';
import { searchKey } from '../applications/tableRows';

function squash(text: string): string {
  return searchKey(text).replace(/\s+/g, ' ').trim();
}

/** Equal for the same company and role however they are written. */
export function sameApplicationKey(company: string, role: string): string {
  // A separator no name contains keeps ("a b", "c") and ("a", "b c") apart.
  return `${squash(company)}\u0000${squash(role)}`;
}

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
