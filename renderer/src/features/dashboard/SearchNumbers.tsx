// The search in five numbers: applications, how many went out, how often and how fast companies
// answer, and how many reached an offer.
import type { SearchStats } from '@shared/dashboard/searchStats';
import { countOf } from '@shared/countOf';
import { formatPercent } from './percent';

function Stat({ label, value, note }: { label: string; value: string; note: string }) {
  return (
    <div className="stat">
      <dt>{label}</dt>
      <dd>
        <span className="stat-value">{value}</span>
        <span className="stat-note">{note}</span>
      </dd>
    </div>
  );
}

const count = (n: number) => n.toLocaleString('en-US');

function days(n: number): string {
  const text = n.toLocaleString('en-US', { maximumFractionDigits: 1 });
  return `${text} ${n === 1 ? 'day' : 'days'}`;
}

/**
 * Answers recorded when the application was added (an import, a record made after the fact) say
 * nothing of how long the company took: they count as answered, not in the median. The note says
 * how many answers the figure is taken from, so one timed answer among many is not read as all.
 */
function firstAnswerNote(stats: SearchStats): string {
  const { answered, timedAnswers } = stats;
  if (timedAnswers === 0) return answered === 0 ? 'no answers yet' : 'no answer with its date recorded';
  const what = timedAnswers === 1 ? 'time from applying' : 'median time from applying';
  if (timedAnswers === answered) return `${what}, of ${countOf(timedAnswers, 'answer')}`;
  return `${what}, of ${count(timedAnswers)} of ${count(answered)} answers (${count(answered - timedAnswers)} with no date recorded)`;
}

export function SearchNumbers({ stats }: { stats: SearchStats }) {
  const reached = (phase: string) => stats.funnel.find((step) => step.phase === phase)?.reached ?? 0;
  const accepted = reached('accepted');
  return (
    <dl className="stat-tiles">
      <Stat label="Applications" value={count(stats.total)} note="saved or sent in this range" />
      <Stat
        label="Applied"
        value={count(stats.applied)}
        note={stats.total === 0 ? 'none yet' : `${formatPercent(stats.applied / stats.total)} of them`}
      />
      <Stat
        label="Response rate"
        value={stats.responseRate === null ? '—' : formatPercent(stats.responseRate)}
        note={
          stats.applied === 0
            ? 'nothing applied to yet'
            : `${count(stats.answered)} of ${count(stats.applied)} answered`
        }
      />
      <Stat
        label="First answer"
        value={stats.medianDaysToAnswer === null ? '—' : days(stats.medianDaysToAnswer)}
        note={firstAnswerNote(stats)}
      />
      <Stat
        label="Offers"
        value={count(reached('offer'))}
        note={accepted === 0 ? 'none accepted yet' : `${count(accepted)} accepted`}
      />
    </dl>
  );
}
