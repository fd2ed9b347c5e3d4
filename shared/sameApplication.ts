// "Is this the same application?": the same company and role however they are written, leaving
// out case, accents (and how they are encoded) and spacing, for the same term, where a missing
// term matches any (a posting or row without one is taken for the internship that has one).
// Asked by the paste dialog ("you already track this") and by the CSV import's duplicate check.
import type { Term } from './application';
import { termLabel } from './term';

/** Lower case without accents, so "nestle" matches "Nestlé". */
export function withoutCaseOrAccents(text: string): string {
  // Most text is plain ASCII, which has no accents to take off (and normalizing is slow).
  if (!/[^\p{ASCII}]/u.test(text)) return text.toLowerCase();
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/** A name as names compare: without case or accents, with single spaces, trimmed. */
export function comparableName(text: string): string {
  return withoutCaseOrAccents(text).replace(/\s+/g, ' ').trim();
}

/** Equal for the same company and role however they are written. */
export function sameApplicationKey(company: string, role: string): string {
  // A separator no name contains keeps ("a b", "c") and ("a", "b c") apart.
  return `${comparableName(company)}\u0000${comparableName(role)}`;
}

/** A term as terms compare: its label as names compare; empty for no term. */
export function comparableTerm(term: Term): string {
  return comparableName(termLabel(term));
}

/**
 * Whether two terms can be the same internship's: equal as they read ("Summer 2026" and
 * "summer '26" alike), or either one missing.
 */
export function termsMatch(a: Term, b: Term): boolean {
  const [left, right] = [comparableTerm(a), comparableTerm(b)];
  return left === right || left === '' || right === '';
}
