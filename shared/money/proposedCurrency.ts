// The currency a pay not written yet is proposed in: the one the student's applications are paid
// in, as one UK student's are in pounds; the editor shows it in Currency, to be changed there.
import type { Application } from '../application';

/**
 * The currency most of `applications`' pay is in; of currencies as many use, `region`'s (the
 * student's, regionCurrency.ts), else the one of the application changed last. With no pay at all,
 * `region`'s, else USD.
 */
export function proposedPayCurrency(
  applications: Iterable<Pick<Application, 'pay' | 'updatedAt'>>,
  region: string | null,
): string {
  const uses = new Map<string, { count: number; last: string }>();
  for (const { pay, updatedAt } of applications) {
    if (pay === null) continue;
    const use = uses.get(pay.currency);
    if (use === undefined) uses.set(pay.currency, { count: 1, last: updatedAt });
    else {
      use.count += 1;
      if (updatedAt > use.last) use.last = updatedAt;
    }
  }
  let best: { currency: string; count: number; last: string } | null = null;
  for (const [currency, { count, last }] of uses) {
    const ahead =
      best === null ||
      count > best.count ||
      (count === best.count && best.currency !== region && (currency === region || last > best.last));
    if (ahead) best = { currency, count, last };
  }
  return best?.currency ?? region ?? 'USD';
}
