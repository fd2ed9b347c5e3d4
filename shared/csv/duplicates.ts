// "Have I already got this one?" for a CSV import: the same application as sameApplication.ts
// defines it (company, role, term and posting), preferring an entry of exactly the same term and
// posting over one where a term or posting address is missing.
import type { Application } from '../application';
import { comparablePostingUrl, comparableTerm, comparableTermsMatch, sameApplicationKey } from '../sameApplication';

type Named = Pick<Application, 'company' | 'role' | 'term' | 'postingUrl'>;

/** Finds the entry an application duplicates, among those added so far. */
export interface DuplicateIndex<T> {
  /** The same term and posting first, else the first entry where a missing one matches. */
  find(app: Named): T | undefined;
  add(app: Named, value: T): void;
}

interface Entry<T> {
  term: Named['term'];
  termKey: string;
  posting: string;
  value: T;
}

/** postingsMatch, on addresses already made comparable. */
const either = (a: string, b: string) => a === b || a === '' || b === '';

export function duplicateIndex<T>(): DuplicateIndex<T> {
  // Terms and addresses kept as they compare (sameApplication.ts), once per entry.
  const byName = new Map<string, Entry<T>[]>();
  return {
    find(app) {
      const entries = byName.get(sameApplicationKey(app.company, app.role));
      if (entries === undefined) return undefined;
      const term = { term: app.term, key: comparableTerm(app.term) };
      const posting = comparablePostingUrl(app.postingUrl);
      const same =
        entries.find((e) => e.termKey === term.key && e.posting === posting) ??
        entries.find((e) => comparableTermsMatch({ term: e.term, key: e.termKey }, term) && either(e.posting, posting));
      return same?.value;
    },
    add(app, value) {
      const key = sameApplicationKey(app.company, app.role);
      const entry = {
        term: app.term,
        termKey: comparableTerm(app.term),
        posting: comparablePostingUrl(app.postingUrl),
        value,
      };
      const entries = byName.get(key);
      if (entries === undefined) byName.set(key, [entry]);
      else entries.push(entry);
    },
  };
}
