// The sentence the restore confirmation shows: what a restore will change.
import { format, parseISO } from 'date-fns';
import { countOf } from '../countOf';
import type { VerifiedBackup } from './parseBackup';

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
      ? `Restores ${countOf(incoming, 'application')} from ${when}.`
      : `Replaces ${countOf(currentApplications, 'application')} with ${incoming.toLocaleString('en-US')} from ${when}.`;
  return backup.data.settings.length > 0 ? `${main} Your settings are replaced by the backup's too.` : main;
}
