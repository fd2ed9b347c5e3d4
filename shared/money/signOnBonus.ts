// A sign-on bonus written with a pay ("£22,750 + £1,500 sign-on", "$8,000/month, $5,000 signing
// bonus"): an amount labelled sign-on, signing or joining bonus, which is no part of the pay.
import { findMoney } from './moneyMentions';

const LABEL_AFTER = /^[^\S\n]*(?:sign(?:ing)?[-\s]?on(?:[^\S\n]+bonus)?|(?:signing|joining)[^\S\n]+bonus)(?![a-z])/i;

/** The labelled amount and its currency as written (null for none written); null when there is none. */
export function signOnBonusIn(text: string): { amount: number; currency: string | null } | null {
  const labelled = findMoney(text, { bare: true }).find((m) => LABEL_AFTER.test(text.slice(m.end)));
  return labelled ? { amount: labelled.amount, currency: labelled.currency } : null;
}
