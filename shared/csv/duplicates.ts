// "Have I already got this one?": two applications are the same when company, role and term
// match, compared as sameApplication.ts compares names (case, accents and spacing left out). A
// missing term on either side matches any term: a row without one is taken for the same
// internship as one that has it.
import type { Application } from '../application';
import { comparableName, sameApplicationKey } from '../sameApplication';

type Named = Pick<Application, 'company' | 'role' | 'term'>;

/** Finds the entry an application duplicates, among those added so far. */
export interface DuplicateIndex<T> {
  /** The same term first, else the first entry where either term is missing. */
  find(app: Named): T | undefined;
  add(app: Named, value: T): void;
}

export function duplicateIndex<T>(): DuplicateIndex<T> {
  const byName = new Map<string, { term: string; value: T }[]>();
  return {
    find(app) {
      const entries = byName.get(sameApplicationKey(app.company, app.role));
      if (entries === undefined) return undefined;
      const term = comparableName(app.term);
      const same = entries.find((entry) => entry.term === term) ?? entries.find((e) => e.term === '' || term === '');
      return same?.value;
    },
    add(app, value) {
      const key = sameApplicationKey(app.company, app.role);
      const entry = { term: comparableName(app.term), value };
      const entries = byName.get(key);
      if (entries === undefined) byName.set(key, [entry]);
      else entries.push(entry);
    },
  };
}
