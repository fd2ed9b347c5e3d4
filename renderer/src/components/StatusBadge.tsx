import type { Status } from '@shared/application';
import { STATUS_LABELS } from '@shared/status';

export function StatusBadge({ status }: { status: Status }) {
  return <span className={`status-badge status-${status}`}>{STATUS_LABELS[status]}</span>;
}
