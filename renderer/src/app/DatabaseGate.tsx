// Opens the database for the app, after a backup when this version is about to upgrade data an
// older version wrote. If that backup cannot be saved, nothing is upgraded until the student says so.
import { useEffect, useState, type ReactNode } from 'react';
import { backupBeforeUpgrade } from '../db/backupBeforeUpgrade';
import { DATABASE_NAME, openDatabase, type AppDatabase } from '../db/db';
import { startupVersion } from '../db/firstScreenRead';
import { desktop } from '../desktop/desktop';
import { sha256 } from '../features/backups/databaseBackup';

type Gate = { step: 'checking' } | { step: 'refused'; error: string } | { step: 'open'; db: AppDatabase };

export function DatabaseGate({
  children,
  name = DATABASE_NAME,
}: {
  children: (db: AppDatabase) => ReactNode;
  name?: string;
}) {
  const [gate, setGate] = useState<Gate>({ step: 'checking' });
  /** Goes up with each "Try again". */
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    void backupBeforeUpgrade(name, {
      writeBackup: (file) => desktop.writeBackup(file, 'before-upgrade'),
      digest: sha256,
      now: () => new Date(),
      knownVersion: startupVersion(name),
    }).then((backup) => {
      if (!current) return;
      setGate(backup.ok ? { step: 'open', db: openDatabase(name) } : { step: 'refused', error: backup.error });
    });
    return () => {
      current = false;
    };
  }, [name, attempt]);

  if (gate.step === 'open') return children(gate.db);
  if (gate.step === 'checking') return <p className="loading">Opening your applications…</p>;
  return (
    <main className="startup-problem" aria-labelledby="startup-problem-title">
      <h1 id="startup-problem-title">Your data was not upgraded yet</h1>
      <p>
        This version of Internship Tracker stores applications in a new way and upgrades them when it opens them. Before
        that, it saves a backup of everything as it is, and that backup could not be saved:
      </p>
      <p className="field-error" role="alert">
        {gate.error}
      </p>
      <p>Nothing has been changed. Free some disk space and try again, or upgrade without a backup.</p>
      <div className="button-row">
        <button
          type="button"
          className="primary"
          onClick={() => {
            setGate({ step: 'checking' });
            setAttempt((n) => n + 1);
          }}
        >
          Try again
        </button>
        <button type="button" onClick={() => setGate({ step: 'open', db: openDatabase(name) })}>
          Upgrade without a backup
        </button>
      </div>
    </main>
  );
}
