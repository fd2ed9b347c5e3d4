// An unpaid role, in one place: the words that say a job pays nothing ("Unpaid", "unbezahlt",
// "non rémunéré", "Volunteer"), and how such a pay is kept: a pay whose amounts are both 0, in
// the currency and period the usual rules give. No pay at all (null) stays "not known".
import type { Pay } from '../application';

/** How an unpaid role's pay is shown everywhere, instead of "$0" or "—". */
export const UNPAID = 'Unpaid';

/**
 * Whether a pay is an unpaid role's: it has an amount, and that amount is nothing (a single 0 is
 * kept as both ends of the range, or as one end alone). A pay without amounts is not known, not 0.
 */
export function isUnpaid(pay: Pick<Pay, 'min' | 'max'> | null): boolean {
  if (pay === null || (pay.min === null && pay.max === null)) return false;
  return (pay.min ?? 0) === 0 && (pay.max ?? 0) === 0;
}

/**
 * The words for "unpaid" in the languages the CSV import reads (English, German, French, Spanish,
 * Italian, Portuguese, Dutch, Polish, Swedish), without accents and in lower case.
 */
const UNPAID_WORDS = [
  ...['unpaid', 'not paid', 'without pay', 'no compensation', 'without compensation', 'volunteer', 'voluntary'],
  ...['unbezahlt', 'unvergutet', 'ohne vergutung', 'ehrenamtlich'],
  ...['non remunere', 'non remuneree', 'non paye', 'non payee', 'sans remuneration', 'benevole', 'benevolat'],
  ...['no remunerado', 'no remunerada', 'sin remuneracion', 'no pagado', 'no pagada', 'voluntario', 'voluntariado'],
  ...['non retribuito', 'non retribuita', 'non pagato', 'non pagata', 'volontario', 'volontariato'],
  ...['nao remunerado', 'nao remunerada', 'sem remuneracao', 'voluntaria'],
  ...['onbetaald', 'onbezoldigd', 'vrijwillig', 'vrijwilliger', 'vrijwilligerswerk'],
  ...['bezpłatny', 'bezpłatna', 'bezpłatne', 'nieodpłatny', 'nieodpłatna', 'nieodpłatne', 'wolontariat'],
  ...['obetald', 'oavlonad'],
];

/**
 * One of the words, alone or with a remark after a bracket or a mark ("unpaid (academic credit)",
 * "Unpaid – course credit", "Volunteer position"): a word inside a longer sentence may say
 * something else ("unpaid until the first review").
 */
const UNPAID_TEXT = new RegExp(
  `^(?:${UNPAID_WORDS.map((word) => word.replace(/ /g, '\\s+')).join('|')})(?:\\s+(?:internship|position|role|work))?\\s*(?:$|[([,;:/–—-])`,
  'u',
);

/** "None", typed where the pay goes: in a file, it is how a program writes a value it does not have. */
const NONE = /^none\.?$/;

/**
 * Whether a text says the role is unpaid in words. `typed`: the student wrote it in the editor's
 * pay field, where "none" is their word for no pay too.
 */
export function saysUnpaid(text: string, { typed = false } = {}): boolean {
  const folded = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
  return UNPAID_TEXT.test(folded) || (typed && NONE.test(folded));
}
