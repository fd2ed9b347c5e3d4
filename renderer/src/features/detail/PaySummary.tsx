// Pay as written and normalised, with the convention the figures follow.
import type { Application } from '@shared/application';
import { formatAmount, formatMoney, normalizeApplicationPay, PAY_CONVENTION } from '@shared/payNormalize';

export function PaySummary({ app }: { app: Application }) {
  if (!app.pay) return <p className="muted">No pay recorded.</p>;
  const pay = normalizeApplicationPay(app);
  return (
    <div className="pay-summary">
      {app.pay.raw && <p>As written: “{app.pay.raw}”</p>}
      {pay ? (
        <>
          <dl className="pay-grid">
            <dt>Hourly</dt>
            <dd>{formatAmount(pay.hourly, pay.currency)}</dd>
            <dt>Monthly</dt>
            <dd>{formatAmount(pay.monthly, pay.currency)}</dd>
            <dt>Total</dt>
            <dd>
              {pay.total ? formatMoney(pay.total, pay.currency) : 'needs a duration or cohort'}
              {pay.weeks !== null && <span className="muted"> over {pay.weeks} weeks</span>}
            </dd>
          </dl>
          <p className="muted small">Figures assume {PAY_CONVENTION}.</p>
        </>
      ) : (
        <p className="muted small">Add how often it is paid (per hour, month, …) to compare it.</p>
      )}
    </div>
  );
}
