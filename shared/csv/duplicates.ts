// "Have I already got this one?": two applications are the same when company, role and term
// match, ignoring case, spacing and how accented letters are encoded. A missing term on either
// side matches any term: a row without one is taken for the same internship as one that has it.
import type { Application } from '../application';

type Named = Pick<Application, 'company' | 'role' | 'term'>;

function squash(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Company and role; a separator no name contains, so ("a b", "c") and ("a", "b c") stay apart. */
function nameKey(app: Named): string {
  return `${squash(app.company)}\u0000${squash(app.role)}`;
}

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
      const entries = byName.get(nameKey(app));
      if (entries === undefined) return undefined;
      const term = squash(app.term);
      const same = entries.find((entry) => entry.term === term) ?? entries.find((e) => e.term === '' || term === '');
      return same?.value;
    },
    add(app, value) {
      const key = nameKey(app);
      const entry = { term: squash(app.term), value };
      const entries = byName.get(key);
      if (entries === undefined) byName.set(key, [entry]);
      else entries.push(entry);
    },
  };
}
