// The last step before a restore: what it will change, and that a backup comes first.
import type { VerifiedBackup } from '@shared/backup/parseBackup';
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
          <button type="button" onClick={onCancel}>
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
    </Dialog>
  );
}
