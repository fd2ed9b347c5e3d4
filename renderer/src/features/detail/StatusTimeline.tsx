import type { StatusChange } from '@shared/application';
import { StatusBadge } from '../../components/StatusBadge';
import { formatInstant } from '../../components/formatDates';

/** Every status the application has had, newest first. */
export function StatusTimeline({ history }: { history: StatusChange[] }) {
  return (
    <ol className="timeline" aria-label="Status history">
      {[...history].reverse().map((change, index) => (
        <li key={`${change.at}-${index}`}>
          <StatusBadge status={change.status} />
          <time dateTime={change.at}>{formatInstant(change.at)}</time>
          {change.note && <p className="timeline-note">{change.note}</p>}
        </li>
      ))}
    </ol>
  );
}
