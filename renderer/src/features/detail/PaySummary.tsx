// Pay as written and normalised, then the offer part by part with its total value over the
// internship, all under the convention the figures follow.
import type { Application, Housing, Pay } from '@shared/application';
import { UNPAID } from '@shared/money/unpaid';
import { labelBesideKind } from '@shared/nextDate';
import {
  formatMoney,
  formatOverInternship,
  formatRate,
  hoursInWords,
  lengthWords,
  monthlyPayText,
  normalizeApplicationPay,
  noTotalReason,
  offerValue,
  PAY_CONVENTION,
  type OfferPartValue,
  weeksInWords,
} from '@shared/payNormalize';
import { formatWhen, formatWhenWithZone } from '../../components/formatDates';

const STIPEND_PERIODS = { week: 'a week', month: 'a month', total: 'in all' };

/** What a housing stipend was given as: "$2,000 a month". */
function stipendAsGiven(housing: Extract<Housing, { type: 'stipend' }>, currency: string): string {
  return `${formatMoney(housing.amount, currency)} ${STIPEND_PERIODS[housing.period]}`;
}

export function PaySummary({ app }: { app: Application }) {
  const value = offerValue(app);
  if (!app.pay && !value) return <p className="muted">No pay recorded.</p>;
  return (
    <div className="pay-summary">
      {app.pay ? <BasePay app={app} pay={app.pay} /> : <p className="muted">No base pay recorded.</p>}
      {value && app.offer && (
        <div className="offer-summary">
          <h4 className="subheading">Offer</h4>
          <dl className="pay-grid">
            {app.offer.offeredOn && (
              <>
                <dt>Offered on</dt>
                <dd>{formatWhen(app.offer.offeredOn)}</dd>
              </>
            )}
            {value.parts.map((part) => (
              <OfferPart key={`${part.kind}-${part.id ?? ''}`} part={part} app={app} />
            ))}
            <dt>
              <strong>Total value</strong>
            </dt>
            <dd>
              {value.total === null ? (
                <span className="muted">{noTotalReason(value)}</span>
              ) : (
                <>
                  <strong>{formatOverInternship(value.total, value.currency)}</strong>
                  {value.weeks !== null && <span className="muted"> over {weeksInWords(value.weeks)}</span>}
                </>
              )}
            </dd>
            <OfferTerms app={app} />
          </dl>
        </div>
      )}
      <p className="muted small">Figures assume {PAY_CONVENTION}.</p>
    </div>
  );
}

function BasePay({ app, pay: asWritten }: { app: Application; pay: Pay }) {
  const pay = normalizeApplicationPay(app);
  return (
    <>
      {asWritten.raw && <p>As written: “{asWritten.raw}”</p>}
      {asWritten.hoursPerWeek !== undefined && <p>For {hoursInWords(asWritten)}, as stated</p>}
      {pay?.unpaid ? (
        <p>
          <strong>{UNPAID}</strong> <span className="muted">· no pay over the internship</span>
        </p>
      ) : pay ? (
        <dl className="pay-grid">
          <dt>Hourly</dt>
          <dd>{formatRate(pay, 'hourly', asWritten.period)}</dd>
          <dt>Monthly</dt>
          <dd>{formatRate(pay, 'monthly', asWritten.period)}</dd>
          <dt>Total</dt>
          <dd>
            {pay.total ? formatMoney(pay.total, pay.currency) : 'needs a duration or cohort'}
            {pay.weeks !== null && <span className="muted"> {lengthWords(app)}</span>}
          </dd>
        </dl>
      ) : asWritten.min !== null || asWritten.max !== null ? (
        // The amount, and what it lacks to be put per month: its period, or the internship's length.
        <p className="muted small">{monthlyPayText(null, asWritten).title}.</p>
      ) : (
        <p className="muted small">Add how often it is paid (per hour, month, …) to compare it.</p>
      )}
    </>
  );
}

function OfferPart({ part, app }: { part: OfferPartValue; app: Application }) {
  const housing = app.offer?.housing;
  const given = part.kind === 'housing' && housing?.type === 'stipend' ? stipendAsGiven(housing, part.currency) : null;
  return (
    <>
      <dt>{part.label}</dt>
      <dd>
        {part.amount && (part.kind === 'base-pay' ? formatOverInternship : formatMoney)(part.amount, part.currency)}
        {given && <span className="muted"> ({given})</span>}
        {part.note && <span className={part.amount ? 'muted small block' : 'muted'}>{part.note}</span>}
      </dd>
    </>
  );
}

/** When to answer, and what is said about coming back: rows of the offer's list. */
function OfferTerms({ app }: { app: Application }) {
  const offer = app.offer!;
  const deadline = app.deadlines.find((d) => d.id === offer.responseDeadlineId);
  return (
    <>
      {deadline && (
        <>
          <dt>Answer by</dt>
          <dd className={deadline.done ? 'done' : undefined}>
            {formatWhenWithZone(deadline.at)}
            {labelBesideKind(deadline) && <span className="muted"> ({deadline.label})</span>}
          </dd>
        </>
      )}
      {offer.returnOfferProspects && (
        <>
          <dt>Return offer</dt>
          <dd className="notes">{offer.returnOfferProspects}</dd>
        </>
      )}
    </>
  );
}
