// "Have I already got this one?" for a CSV import: the same application as sameApplication.ts
// defines it (company, role, term and posting), preferring an entry of exactly the same term and
// posting over one where a term or posting address is missing. At the same posting address, a
// role is the same written with its company's name or without ("Stripe SWE Intern" and "SWE
// Intern" at Stripe), as a board's two cards of one posting may be; without an address, not.
import type { Application } from '../application';
import {
  comparableCompany,
  comparablePostingUrl,
  comparableTerm,
  comparableTermsMatch,
  sameApplicationKey,
} from '../sameApplication';
import { withoutTrailingTerm } from '../term';
import { roleBesideCompany } from './companyAndRole';

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

/** The company and posting address an application is also found by; null without an address. */
const postingKey = (app: Named, posting: string) =>
  posting === '' ? null : `${comparableCompany(app.company)}\u0000${posting}`;

/** The role as it compares at one posting: without its term, nor its company's name. */
const roleAtPosting = (app: Named) => roleBesideCompany(withoutTrailingTerm(app.role), app.company);

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const values = map.get(key);
  if (values === undefined) map.set(key, [value]);
  else values.push(value);
}

export function duplicateIndex<T>(): DuplicateIndex<T> {
  // Terms and addresses kept as they compare (sameApplication.ts), once per entry.
  const byName = new Map<string, Entry<T>[]>();
  const byPosting = new Map<string, Array<Entry<T> & { role: string }>>();
  return {
    find(app) {
      const term = { term: app.term, key: comparableTerm(app.term) };
      const posting = comparablePostingUrl(app.postingUrl);
      const termsMatch = (e: Entry<T>) => comparableTermsMatch({ term: e.term, key: e.termKey }, term);
      const entries = byName.get(sameApplicationKey(app.company, app.role));
      const same =
        entries?.find((e) => e.termKey === term.key && e.posting === posting) ??
        entries?.find((e) => termsMatch(e) && either(e.posting, posting));
      if (same !== undefined) return same.value;
      const atPosting = postingKey(app, posting);
      if (atPosting === null) return undefined;
      const role = roleAtPosting(app);
      return byPosting.get(atPosting)?.find((e) => e.role === role && termsMatch(e))?.value;
    },
    add(app, value) {
      const entry = {
        term: app.term,
        termKey: comparableTerm(app.term),
        posting: comparablePostingUrl(app.postingUrl),
        value,
      };
      pushTo(byName, sameApplicationKey(app.company, app.role), entry);
      const atPosting = postingKey(app, entry.posting);
      if (atPosting !== null) pushTo(byPosting, atPosting, { ...entry, role: roleAtPosting(app) });
    },
  };
}
