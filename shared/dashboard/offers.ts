// The offers on the table: applications with an offer to answer, then those accepted, each with
// the deadline to answer by and what the offer is worth.
import type { Application, Deadline } from '../application';
import { deadlineDueTime } from '../deadlineDue';
import { responseDeadline } from '../nextDate';
import { MONTHS_PER_YEAR, offerValue, WEEKS_PER_YEAR, type Amount, type OfferValue } from '../payNormalize';

type OfferApplication = Pick<
  Application,
  'phase' | 'deadlines' | 'offer' | 'pay' | 'cohorts' | 'chosenCohortId' | 'durationWeeks'
>;

export interface OfferItem<T> {
  app: T;
  /** The deadline to answer by: the one the offer names, else the nearest open offer-response deadline. */
  responseDeadline: Deadline | null;
  /** Null when no offer details are recorded. */
  value: OfferValue | null;
}

/** An offer's total spread over its months, under the pay convention; null when its length or total is unknown. */
export function valuePerMonth(value: OfferValue): Amount | null {
  if (value.weeks === null || value.total === null) return null;
  const months = (value.weeks * MONTHS_PER_YEAR) / WEEKS_PER_YEAR;
  return { min: value.total.min / months, max: value.total.max / months };
}

/**
 * Applications in the phase `offer`, soonest answer due first (those without a deadline after
 * them), then those in the phase `accepted`; the order they came in otherwise.
 */
export function offersOf<T extends OfferApplication>(apps: Iterable<T>): OfferItem<T>[] {
  const items: OfferItem<T>[] = [];
  for (const app of apps) {
    if (app.phase !== 'offer' && app.phase !== 'accepted') continue;
    items.push({ app, responseDeadline: responseDeadline(app), value: offerValue(app) });
  }
  const rank = ({ app, responseDeadline: d }: OfferItem<T>) =>
    app.phase === 'accepted' ? Infinity : d === null || d.done ? Number.MAX_VALUE : deadlineDueTime(d);
  return items.sort((a, b) => rank(a) - rank(b));
}
