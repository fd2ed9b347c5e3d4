// "You already track this": the same application as shared/sameApplication.ts defines it (company,
// role, term and posting address however they are written), archived ones included.
import type { Application } from '@shared/application';
import { postingsMatch, sameApplicationKey, termsMatch } from '@shared/sameApplication';

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
  { company, role, term, postingUrl }: Pick<Application, 'company' | 'role' | 'term' | 'postingUrl'>,
): Application[] {
  if (company.trim() === '' || role.trim() === '') return [];
  return (index.get(sameApplicationKey(company, role)) ?? []).filter(
    (app) => termsMatch(app.term, term) && postingsMatch(app.postingUrl, postingUrl),
  );
}
