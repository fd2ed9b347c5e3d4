// The parts of an offer beyond its base pay, as CSV cells: housing ("provided", "2000/month",
// "1500/week", "6000 total") and other parts, one per line ("Stock grant: 5000"). Amounts are in
// the offer's currency, which has its own column. Housing as other trackers write it ("Yes",
// "$2,000 a month", "company housing") is read too.
import type { Housing, HousingPeriod, OfferPart } from '../application';
import { escaper, joined, lines, splitEscaped, type CellRead } from './cellCodecs';
import { readAmount } from './numberCell';
import { parsePayCell } from './payCell';

export function writeHousing(housing: Housing | null): string {
  if (housing === null) return '';
  if (housing.type === 'provided') return 'provided';
  return housing.period === 'total' ? `${housing.amount} total` : `${housing.amount}/${housing.period}`;
}

const PROVIDED = /^(provided|included|company housing|corporate housing|free housing|housing provided)$/i;

/**
 * Reads a housing cell; null when it is none of the forms above (an amount that does not say
 * per week, per month or in total, for one).
 */
export function readHousing(text: string): Housing | null {
  const trimmed = text.trim();
  if (PROVIDED.test(trimmed)) return { type: 'provided' };
  const own = /^(\S+?)(?:\/(week|month)| (total))$/.exec(trimmed);
  const ownAmount = own ? readAmount(own[1]!) : null;
  if (own && ownAmount !== null && ownAmount >= 0)
    return { type: 'stipend', amount: ownAmount, period: (own[2] ?? own[3]) as HousingPeriod };
  // parsePayCell takes a bare amount for an hourly or yearly rate, which housing never is.
  const pay = parsePayCell(trimmed).pay;
  const period = pay?.period;
  if (pay === null || pay.min === null || pay.min !== pay.max) return null;
  return period === 'week' || period === 'month' || period === 'total'
    ? { type: 'stipend', amount: pay.min, period }
    : null;
}

const escapeLabel = escaper(':');

export function writeOfferParts(parts: readonly Pick<OfferPart, 'label' | 'amount'>[]): string {
  return joined(parts, (p) => `${escapeLabel(p.label)}: ${p.amount}`, '\n');
}

/** Reads writeOfferParts' lines ("Stock grant: 5000", "Gym: $600"). */
export function readOfferParts(cell: string): CellRead<Pick<OfferPart, 'label' | 'amount'>[]> {
  const parts: Pick<OfferPart, 'label' | 'amount'>[] = [];
  for (const line of lines(cell)) {
    const pieces = splitEscaped(line, ':', false);
    const amount = pieces.length === 2 ? readAmount(pieces[1]!) : null;
    if (amount === null || pieces[0]!.trim() === '') return { ok: false, bad: line };
    parts.push({ label: pieces[0]!.trim(), amount });
  }
  return { ok: true, value: parts };
}
