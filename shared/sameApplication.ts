// "Is this the same application?": the same company and role however they are written, leaving
// out case, accents (and how they are encoded), width and spacing, for the same term, where a missing
// term matches any (a posting or row without one is taken for the internship that has one), and
// the same posting: two postings of one company and role at different addresses (another
// requisition, another city) are two applications, while a missing address matches any.
// Asked by the paste dialog ("you already track this") and by the CSV import's duplicate check.
import type { Term } from './application';
import { LEGAL_FORMS_ENDING_COMPARED } from './legalForms';
import { comparableName } from './normalizeWord';
import { termLabel, withoutTrailingTerm } from './term';

/**
 * Equal for the same company and role however they are written. A term written at the end of
 * the role, as postings title it, is left out: the term is compared on its own.
 */
export function sameApplicationKey(company: string, role: string): string {
  // A separator no name contains keeps ("a b", "c") and ("a", "b c") apart.
  return `${comparableCompany(company)}\u0000${comparableName(withoutTrailingTerm(role))}`;
}

/** A company's name as names compare, without a legal form one tracker writes and another leaves out ("Stone Co.", "Stone"). */
export function comparableCompany(name: string): string {
  const compared = comparableName(name);
  return compared.replace(LEGAL_FORMS_ENDING_COMPARED, '') || compared;
}

/** A term as terms compare: its label as names compare; empty for no term. */
export function comparableTerm(term: Term): string {
  return comparableName(termLabel(term));
}

/**
 * Whether two terms can be the same internship's: equal as they read ("Summer 2026" and
 * "summer '26" alike), either one missing, or one a year that leaves the other's season open
 * ("2026", as a posting's dates give it, and "Summer 2026").
 */
export function termsMatch(a: Term, b: Term): boolean {
  return comparableTermsMatch({ term: a, key: comparableTerm(a) }, { term: b, key: comparableTerm(b) });
}

/** termsMatch, on terms whose comparableTerm is already worked out (a lookup over many). */
export function comparableTermsMatch(a: { term: Term; key: string }, b: { term: Term; key: string }): boolean {
  if (a.key === b.key || a.key === '' || b.key === '') return true;
  return a.term.year === b.term.year && (a.key === String(a.term.year) || b.key === String(b.term.year));
}

/** Query parameters that say how a link was reached, not which posting it is. */
const TRACKING_PARAM =
  /^(?:utm_[a-z0-9_]*|gclid|fbclid|msclkid|mc_cid|mc_eid|igshid|_hsenc|_hsmi|si|ref|refid|referrer|src|source|trk|trkinfo|trackingid|position|pagenum|gh_src|lever-source(?:%5b%5d|\[\])?|lever-origin|lever-via)$/i;

const URL_PARTS = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)([^?#]*)(?:\?([^#]*))?/i;

/**
 * A posting address as addresses compare: the same for "HTTPS://www.Example.com/jobs/42/" and
 * "https://example.com/jobs/42?utm_source=x" (scheme, host case, "www.", a default port, trailing
 * slashes, tracking parameters, parameter order and the fragment left out); empty for none.
 */
export function comparablePostingUrl(url: string): string {
  const trimmed = url.trim();
  const parts = URL_PARTS.exec(trimmed);
  if (parts === null) return trimmed;
  const host = parts[1]!
    .toLowerCase()
    .replace(/^www\./, '')
    .replace(/:(?:80|443)$/, '');
  const path = parts[2]!.replace(/\/+$/, '');
  const query = (parts[3] ?? '')
    .split('&')
    .filter((param) => param !== '' && !TRACKING_PARAM.test(param.split('=')[0]!))
    .sort()
    .join('&');
  return `${host}${path}${query === '' ? '' : `?${query}`}`;
}

/** Whether two posting addresses can be the same posting's: the same address, or either missing. */
export function postingsMatch(a: string, b: string): boolean {
  const [left, right] = [comparablePostingUrl(a), comparablePostingUrl(b)];
  return left === right || left === '' || right === '';
}
