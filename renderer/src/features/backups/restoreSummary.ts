// The sentence the restore confirmation shows: what a restore will change.
import type { VerifiedBackup } from '@shared/backup/parseBackup';
import { countOf } from '@shared/countOf';
import { formatInstant } from '../../components/formatDates';

/**
 * "Replaces 120 applications with 98 from Nov 3, 2026, 14:02. Your pipeline stages and settings are
 * replaced by the backup's too." (the backup's time shown in the local time zone, as the list of
 * backups shows it). The pipeline and settings are always replaced, a backup without any of its own
 * setting them back to the defaults, so a customised pipeline is never lost unannounced.
 */
export function describeRestore(
  currentApplications: number,
  backup: Pick<VerifiedBackup, 'createdAt' | 'data'>,
): string {
  const when = formatInstant(backup.createdAt);
  const incoming = backup.data.applications.length;
  const main =
    currentApplications === 0
      ? `Restores ${countOf(incoming, 'application')} from ${when}.`
      : `Replaces ${countOf(currentApplications, 'application')} with ${incoming.toLocaleString('en-US')} from ${when}.`;
  return backup.data.settings.length > 0
    ? `${main} Your pipeline stages and settings are replaced by the backup's too.`
    : `${main} Your pipeline stages and settings go back to the defaults, as in the backup.`;
}
