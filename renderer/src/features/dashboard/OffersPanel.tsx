// Offers and their deadlines: what each is worth, how long is left to answer, a way to its
// details and to the comparison of them all.
import type { Application } from '@shared/application';
import { valuePerMonth, type OfferItem } from '@shared/dashboard/offers';
import { deadlineDueTime } from '@shared/deadlineDue';
import { relevantCohorts } from '@shared/nextDate';
import { isUnpaid } from '@shared/money/unpaid';
import { formatAmount, formatOverInternship, noTotalReason, weeksInWords } from '@shared/payNormalize';
import { differenceInCalendarDays } from 'date-fns';
import { useId, useState } from 'react';
import { formatWhen, relativeDay } from '../../components/formatDates';
import { StageBadge } from '../../components/StageBadge';
import { useUiStore } from '../../state/uiStore';

/** Days left at which an answer is due soon enough to stand out. */
const SOON_DAYS = 3;

/** Offers listed before "Show all": a season has a few; a long history can have hundreds. */
const FIRST_OFFERS = 6;

function Deadline({ item, now }: { item: OfferItem<Application>; now: Date }) {
  const deadline = item.responseDeadline;
  if (item.app.phase === 'accepted') {
    // Nothing left to answer: when it starts says more.
    const start = relevantCohorts(item.app)[0]?.start;
    return start ? <p className="offer-deadline muted">Starts {formatWhen(start)}</p> : null;
  }
  if (deadline === null) return <p className="offer-deadline muted">No deadline to answer by</p>;
  if (deadline.done) return <p className="offer-deadline muted">Answered</p>;
  const over = deadlineDueTime(deadline) < now.getTime();
  const soon = !over && differenceInCalendarDays(new Date(deadlineDueTime(deadline)), now) <= SOON_DAYS;
  return (
    <p className={over ? 'offer-deadline overdue' : soon ? 'offer-deadline soon' : 'offer-deadline'}>
      Answer by {formatWhen(deadline.at)}{' '}
      <span className="countdown">
        {over ? `passed ${relativeDay(deadline.at, now)}` : relativeDay(deadline.at, now)}
      </span>
    </p>
  );
}

function Value({ item }: { item: OfferItem<Application> }) {
  const { value } = item;
  if (value === null) return <p className="offer-value muted">No offer details yet</p>;
  if (value.total === null) return <p className="offer-value muted">{noTotalReason(value)}</p>;
  // An unpaid role's bonus spread over its months would read as a wage: its value says the base
  // pay is unpaid instead. Nothing a month says no more than "Unpaid" does.
  const unpaid = isUnpaid(item.app.pay);
  const perMonth = unpaid || value.total.max === 0 ? null : valuePerMonth(value);
  return (
    <p className="offer-value">
      <strong>{formatOverInternship(value.total, value.currency)}</strong>
      {value.weeks !== null && <span className="muted"> over {weeksInWords(value.weeks)}</span>}
      {perMonth !== null && <span className="muted small"> · {formatAmount(perMonth, value.currency)} a month</span>}
      {unpaid && value.total.max > 0 && <span className="muted small"> · base pay unpaid</span>}
    </p>
  );
}

export function OffersPanel({ offers, now }: { offers: OfferItem<Application>[]; now: Date }) {
  const applicationOpened = useUiStore((s) => s.applicationOpened);
  const compareChanged = useUiStore((s) => s.compareChanged);
  const viewOpened = useUiStore((s) => s.viewOpened);
  const [showAll, setShowAll] = useState(false);
  const titleId = useId();
  const listed = showAll ? offers : offers.slice(0, FIRST_OFFERS);

  function compare() {
    compareChanged(listed.map((item) => item.app.id));
    viewOpened('compare');
  }

  return (
    <section className="dashboard-card offers-card" aria-labelledby={titleId}>
      <div className="card-header">
        <h3 id={titleId}>Offers</h3>
        {listed.length > 1 && (
          <button type="button" onClick={compare}>
            Compare {listed.length === offers.length ? 'offers' : `these ${listed.length}`}
          </button>
        )}
      </div>
      {offers.length === 0 ? (
        <p className="card-empty">
          No offers yet. An application you move to an offer stage shows here, with its deadline to answer and what the
          offer is worth.
        </p>
      ) : (
        <ul className="offer-list">
          {listed.map((item) => (
            <li key={item.app.id} className="offer-item">
              <button type="button" className="item-button" onClick={() => applicationOpened(item.app.id)}>
                <span className="item-title">{item.app.company}</span>
                <span className="item-subtitle">{item.app.role}</span>
              </button>
              <StageBadge stageId={item.app.stageId} phase={item.app.phase} />
              <div className="offer-facts">
                <Value item={item} />
                <Deadline item={item} now={now} />
              </div>
            </li>
          ))}
        </ul>
      )}
      {offers.length > FIRST_OFFERS && (
        <button type="button" className="link-button" onClick={() => setShowAll(!showAll)}>
          {showAll ? `Show the first ${FIRST_OFFERS}` : `Show all ${offers.length.toLocaleString('en-US')} offers`}
        </button>
      )}
    </section>
  );
}
