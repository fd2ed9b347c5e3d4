// The sentence the restore confirmation shows: what a restore will change.
import { format, parseISO } from 'date-fns';
import type { VerifiedBackup } from './parseBackup';

function applications(count: number): string {
  return `${count} application${count === 1 ? '' : 's'}`;
}

/**
 * "Replaces 120 applications with 98 from 3 Nov 2026 14:02." (the backup's time shown in the
 * local time zone). Settings are mentioned when the backup holds some, as they are replaced too.
 */
export function describeRestore(
  currentApplications: number,
  backup: Pick<VerifiedBackup, 'createdAt' | 'data'>,
): string {
  const when = format(parseISO(backup.createdAt), 'd MMM yyyy HH:mm');
  const incoming = backup.data.applications.length;
  const main =
    currentApplications === 0
      ? `Restores ${applications(incoming)} from ${when}.`
      : `Replaces ${applications(currentApplications)} with ${incoming} from ${when}.`;
  return backup.data.settings.length > 0 ? `${main} Your settings are replaced by the backup's too.` : main;
}
