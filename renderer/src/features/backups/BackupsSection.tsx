// Settings → Backups: back up now, save a backup file, restore from a file or from the list of
// backups the app keeps. A file is checked whole before the confirmation; a refused one
// changes nothing.
import { useEffect, useId, useState } from 'react';
import type { VerifiedBackup } from '@shared/backup/parseBackup';
import { countOf } from '@shared/countOf';
import { KEPT_BACKUPS, type BackupInfo, type BackupReason } from '@shared/desktopApi';
import { FileButton } from '../../components/FileButton';
import { megabytes } from '@shared/megabytes';
import { formatInstant, formatInstantToTheSecond } from '../../components/formatDates';
import { useData } from '../../db/DataContext';
import { usePersistedStorage } from '../../db/persistentStorage';
import { desktop } from '../../desktop/desktop';
import { useApplicationCount } from '../../model/queries';
import { useToastStore } from '../../state/toastStore';
import { backUpDatabase } from './backUpDatabase';
import { verifyBackupText } from './databaseBackup';
import { exportBackupFile } from './exportBackupFile';
import { RestoreConfirmation } from './RestoreConfirmation';
import { restoreBackup } from './restoreBackup';

const REASON_LABELS: Record<BackupReason, string> = {
  daily: 'Daily',
  'before-import': 'Before an import',
  'before-restore': 'Before a restore',
  'before-upgrade': 'Before this version upgraded your data',
  manual: 'Backed up by you',
};

function contents(counts: Record<string, number>): string {
  const parts = [countOf(counts.applications ?? 0, 'application')];
  if (counts.settings) parts.push(countOf(counts.settings, 'setting'));
  return parts.join(', ');
}

/**
 * When a backup was made, to the minute unless another of the same kind was made in that minute:
 * the time and the kind are what tell its Restore button from the others.
 */
function madeAt(backup: BackupInfo, backups: readonly BackupInfo[]): string {
  const minute = formatInstant(backup.createdAt);
  const sameMinute = backups.some(
    (other) => other !== backup && other.reason === backup.reason && formatInstant(other.createdAt) === minute,
  );
  return sameMinute ? formatInstantToTheSecond(backup.createdAt) : minute;
}

const ORDINAL_SUFFIXES: Record<Intl.LDMLPluralRule, string> = {
  zero: 'th',
  one: 'st',
  two: 'nd',
  few: 'rd',
  many: 'th',
  other: 'th',
};
const ordinalRules = new Intl.PluralRules('en-US', { type: 'ordinal' });

/** "1st", "2nd", "3rd", "4th". */
function ordinal(n: number): string {
  return `${n}${ORDINAL_SUFFIXES[ordinalRules.select(n)]}`;
}

/**
 * When each backup was made, as its row shows it and its Restore button is named. Two of a kind
 * made in the same second would still read alike, so each says which of them it is, counted from
 * the first: neither the eye nor a screen reader's list of buttons could tell them apart otherwise.
 */
function madeLabels(backups: readonly BackupInfo[]): { made: string; which: string }[] {
  const rows = backups.map((backup) => ({ made: madeAt(backup, backups), reason: backup.reason }));
  return rows.map(({ made, reason }, index) => {
    const alike = rows.flatMap((other, at) => (other.made === made && other.reason === reason ? [at] : []));
    if (alike.length === 1) return { made, which: '' };
    // The list is newest first, so the last of them was made first.
    return { made, which: ` (${ordinal(alike.length - alike.indexOf(index))} of ${alike.length} made that second)` };
  });
}

function BackupList({
  backups,
  disabled,
  onRestore,
}: {
  backups: BackupInfo[];
  disabled: boolean;
  onRestore: (backup: BackupInfo) => void;
}) {
  if (backups.length === 0) {
    return <p className="muted">No backups yet.</p>;
  }
  const labels = madeLabels(backups);
  return (
    <div className="table-overflow">
      <table className="backup-table">
        <caption className="visually-hidden">Backups, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Made</th>
            <th scope="col">Why</th>
            <th scope="col">Holds</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {backups.map((backup, index) => {
            const { made, which } = labels[index]!;
            return (
              <tr key={backup.id}>
                <td>
                  {made}
                  {which}
                </td>
                <td>{REASON_LABELS[backup.reason]}</td>
                <td>{contents(backup.counts)}</td>
                <td className="actions">
                  <button
                    type="button"
                    aria-disabled={disabled}
                    aria-label={`Restore the backup of ${made}: ${REASON_LABELS[backup.reason]}${which}`}
                    onClick={() => onRestore(backup)}
                  >
                    Restore
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

const BACKING_UP = 'Backing up…';

/**
 * Beyond a text the engine can hold in one string (some 512 MB), which a backup of even 100,000
 * applications is far below: a bigger file would be read as empty.
 */
const MAX_BACKUP_FILE_BYTES = 500 * 1024 * 1024;

export function BackupsSection() {
  const { db, repository } = useData();
  const id = useId();
  const toastShown = useToastStore((s) => s.toastShown);
  const currentApplications = useApplicationCount();
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [listVersion, setListVersion] = useState(0);
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, setPending] = useState<VerifiedBackup | null>(null);
  /** What is being done, said while it takes its time; null when nothing is. */
  const [working, setWorking] = useState<string | null>(null);
  const busy = working !== null;
  const backingUp = working === BACKING_UP;
  const kept = usePersistedStorage();

  useEffect(() => {
    let current = true;
    desktop.listBackups().then(
      (listed) => {
        if (!current) return;
        setBackups(listed.ok ? listed.value : []);
        if (!listed.ok) setProblem(`The list of backups could not be read: ${listed.error}`);
      },
      (error: unknown) => {
        if (!current) return;
        setBackups([]);
        setProblem(`The list of backups could not be read: ${String(error)}`);
      },
    );
    return () => {
      current = false;
    };
  }, [listVersion]);

  /** Runs one action at a time, saying what it does; a failure is shown here and has changed nothing. */
  async function act(doing: string, task: () => Promise<void>) {
    if (busy) return;
    setWorking(doing);
    setProblem(null);
    try {
      await task();
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setWorking(null);
    }
  }

  const backUpNow = () =>
    act(BACKING_UP, async () => {
      const backup = await backUpDatabase(db, new Date());
      const written = await desktop.writeBackup(backup.file, 'manual');
      if (!written.ok) throw new Error(`The backup could not be saved: ${written.error}`);
      toastShown({ message: `Backed up ${countOf(backup.counts.applications, 'application')}.`, tone: 'info' });
      setListVersion((v) => v + 1);
    });

  /** Checks the whole backup; only a sound one gets as far as the confirmation. */
  const offerRestore = (read: () => Promise<string>) =>
    act('Checking the backup…', async () => {
      const verified = await verifyBackupText(await read());
      if (verified.ok) setPending(verified.value);
      else setProblem(verified.error);
    });

  const restoreListed = (backup: BackupInfo) =>
    offerRestore(async () => {
      const read = await desktop.readBackup(backup.id);
      if (!read.ok) throw new Error(read.error);
      return read.value;
    });

  const confirmRestore = (backup: VerifiedBackup) =>
    act('Backing up your data, then restoring…', async () => {
      setPending(null);
      const previous = await restoreBackup(backup.data, { db, repository, desktop, now: new Date() });
      toastShown({
        message: `Restored ${countOf(backup.data.applications.length, 'application')} from the backup of ${formatInstant(backup.createdAt)}.`,
        tone: 'info',
        // Undo is a restore too, so what was done since is backed up before it is replaced.
        action: {
          label: 'Undo',
          run: async () => void (await restoreBackup(previous, { db, repository, desktop, now: new Date() })),
        },
      });
      setListVersion((v) => v + 1);
    });

  return (
    <section aria-labelledby={`${id}-backups`} className="settings-section backups-section">
      <h3 id={`${id}-backups`}>Backups</h3>
      <p className="muted">
        A backup is made every day the app is open with applications in it, and before every import or restore. The last{' '}
        {KEPT_BACKUPS} are kept {desktop.platform === 'electron' ? "in the app's data folder" : 'in this browser'};
        export a backup file to keep one somewhere else.
      </p>
      {desktop.platform === 'browser' && kept === false && (
        <p role="note" className="storage-note">
          This browser has not promised to keep the app’s data: it may clear it, with the backups kept here, when the
          disk runs low. Export a backup file now and then to keep a copy of your own.
        </p>
      )}
      <div className="button-row">
        {/* Not disabled while busy (here and in the list): a disabled button loses focus, and it
            would drop to the page; `act` ignores presses until the work is done. Back up now says
            it is backing up, so that a second press is seen to be refused, not lost. */}
        <button type="button" aria-disabled={busy} onClick={() => void backUpNow()}>
          {backingUp ? BACKING_UP : 'Back up now'}
        </button>
        <button
          type="button"
          aria-disabled={busy}
          onClick={() => void act('Making the backup file…', () => exportBackupFile(db, new Date()))}
        >
          Export backup file…
        </button>
        <FileButton
          label="Restore from file…"
          accept=".json,application/json"
          disabled={busy}
          onFile={(file) =>
            file.size > MAX_BACKUP_FILE_BYTES
              ? setProblem(
                  `'${file.name}' is ${megabytes(file.size)}; a backup this app can read is up to ${megabytes(MAX_BACKUP_FILE_BYTES)}. Nothing was changed.`,
                )
              : void offerRestore(() => file.text())
          }
        />
        {/* Said for screen readers whatever is done; shown only where no button says it already. */}
        <span className={backingUp ? 'visually-hidden' : 'muted'} aria-live="polite">
          {working}
        </span>
      </div>
      {problem && (
        <p className="refusal" role="alert">
          {problem}
        </p>
      )}
      <h4 className="subheading">Kept backups</h4>
      {backups === null ? (
        <p className="muted">Loading backups…</p>
      ) : (
        <BackupList backups={backups} disabled={busy} onRestore={(backup) => void restoreListed(backup)} />
      )}
      {pending && (
        <RestoreConfirmation
          backup={pending}
          currentApplications={currentApplications}
          onCancel={() => setPending(null)}
          onConfirm={() => void confirmRestore(pending)}
        />
      )}
    </section>
  );
}
