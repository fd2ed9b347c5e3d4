// "Have I already got this one?" for a CSV import: the same application as sameApplication.ts
// defines it, preferring an entry of exactly the same term over one where a term is missing.
import type { Application } from '../application';
import { comparableTerm, sameApplicationKey } from '../sameApplication';

type Named = Pick<Application, 'company' | 'role' | 'term'>;

/** Finds the entry an application duplicates, among those added so far. */
export interface DuplicateIndex<T> {
  /** The same term first, else the first entry where either term is missing. */
  find(app: Named): T | undefined;
  add(app: Named, value: T): void;
}

export function duplicateIndex<T>(): DuplicateIndex<T> {
  // Terms kept as they compare (sameApplication.ts: comparableTerm), once per entry.
  const byName = new Map<string, { term: string; value: T }[]>();
  return {
    find(app) {
      const entries = byName.get(sameApplicationKey(app.company, app.role));
      if (entries === undefined) return undefined;
      const term = comparableTerm(app.term);
      // termsMatch, on terms already made comparable.
      const same = entries.find((entry) => entry.term === term) ?? entries.find((e) => e.term === '' || term === '');
      return same?.value;
    },
    add(app, value) {
      const key = sameApplicationKey(app.company, app.role);
      const entry = { term: comparableTerm(app.term), value };
      const entries = byName.get(key);
      if (entries === undefined) byName.set(key, [entry]);
      else entries.push(entry);
    },
  };
}
