// Every stage the application has been in, newest first.
import type { StageChange } from '@shared/application';
import { StageBadge } from '../../components/StageBadge';
import { formatInstant } from '../../components/formatDates';

export function StageTimeline({ history }: { history: readonly StageChange[] }) {
  return (
    <ol className="timeline" aria-label="Stage history">
      {[...history].reverse().map((change) => (
        <li key={change.id}>
          <StageBadge stageId={change.stageId} phase={change.phase} />
          <time dateTime={change.at}>{formatInstant(change.at)}</time>
          {change.note && <p className="timeline-note">{change.note}</p>}
        </li>
      ))}
    </ol>
  );
}
