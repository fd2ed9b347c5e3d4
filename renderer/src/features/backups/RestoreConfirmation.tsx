// The last step before a restore: what it will change, and that a backup comes first.
import type { VerifiedBackup } from '@shared/backup/parseBackup';
import { countOf } from '@shared/countOf';
import { Dialog } from '../../components/Dialog';
import { LATEST_SCHEMA_VERSION } from '../../db/schema';
import { describeRestore } from './restoreSummary';

interface RestoreConfirmationProps {
  backup: VerifiedBackup;
  currentApplications: number;
  onCancel: () => void;
  onConfirm: () => void;
}

export function RestoreConfirmation({ backup, currentApplications, onCancel, onConfirm }: RestoreConfirmationProps) {
  const older = backup.fromSchemaVersion < LATEST_SCHEMA_VERSION;
  return (
    <Dialog
      title="Restore this backup?"
      onClose={onCancel}
      footer={
        <>
          <button type="button" data-autofocus onClick={onCancel}>
            Cancel
          </button>
          <button type="button" className="primary" onClick={onConfirm}>
            {currentApplications === 0 ? 'Restore' : 'Replace my data'}
          </button>
        </>
      }
    >
      <p className="restore-summary">{describeRestore(currentApplications, backup)}</p>
      <p className="hint">
        Made by Internship Tracker {backup.appVersion}
        {older ? ', an older version: its data is converted as it is restored' : ''}. A backup of what you have now is
        saved first, and the restore can be undone.
      </p>
      {backup.outOfBounds.length > 0 && <OutOfBounds lines={backup.outOfBounds} />}
    </Dialog>
  );
}

/** How many out-of-bounds values the confirmation lists before "and N more". */
const LISTED = 5;

/** Values kept from before the app bounded them: restored as they are, named so they can be fixed. */
function OutOfBounds({ lines }: { lines: string[] }) {
  const more = lines.length - LISTED;
  return (
    <section className="hint" aria-label="Values to correct">
      <p>
        {countOf(lines.length, 'value')} in this backup {lines.length === 1 ? 'is' : 'are'} outside what the app now
        accepts. {lines.length === 1 ? 'It is' : 'They are'} restored as {lines.length === 1 ? 'it is' : 'they are'};
        correct {lines.length === 1 ? 'it' : 'them'} when you next edit the application:
      </p>
      <ul>
        {lines.slice(0, LISTED).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {more > 0 && <p>… and {countOf(more, 'more value')}.</p>}
    </section>
  );
}
