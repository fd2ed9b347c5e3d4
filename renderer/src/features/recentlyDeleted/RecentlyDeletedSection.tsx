// Settings → Recently deleted: every application deleted in the last 30 days, kept whole, newest
// first. Restore puts one back exactly as it was; Delete now forgets it, with Undo while its
// message shows. Read live, so a delete in another window shows here too.
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useRef } from 'react';
import { formatInstant } from '../../components/formatDates';
import { focusNeighbour } from '../../components/focusNeighbour';
import { KEPT_DELETED_DAYS } from '../../db/applicationsRepository';
import { useData } from '../../db/DataContext';
import type { DeletedRow } from '../../db/db';
import { showError, useToastStore } from '../../state/toastStore';
import { movedOnRestore } from './movedOnRestore';

export function RecentlyDeletedSection() {
  const { db, repository, model } = useData();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const toastShown = useToastStore((s) => s.toastShown);
  const entries = useLiveQuery(() => db.recentlyDeleted.orderBy('deletedAt').reverse().toArray(), [db]);

  /** Runs an action on an entry whose row then goes: focus moves on to the next row first. */
  async function act(row: HTMLElement | null, action: () => Promise<void>) {
    focusNeighbour(row, heading.current);
    try {
      await action();
    } catch (error) {
      showError(error);
    }
  }

  const restore = (entry: DeletedRow, name: string) => async () => {
    const [restored] = await repository.restoreDeleted([entry]);
    const moved = restored && movedOnRestore(model.pipeline(), entry.application, restored);
    toastShown({ message: moved ?? `Restored ${name}.`, tone: 'info' });
  };

  const deleteNow = (entry: DeletedRow, name: string) => async () => {
    const forgotten = await repository.forgetDeleted([entry.id]);
    toastShown({
      message: `Deleted ${name} for good.`,
      tone: 'info',
      action: { label: 'Undo', run: () => repository.keepDeleted(forgotten) },
    });
  };

  return (
    <section aria-labelledby={`${id}-deleted`} className="settings-section">
      <h3 id={`${id}-deleted`} ref={heading} tabIndex={-1}>
        Recently deleted
      </h3>
      <p className="muted">
        Applications you delete are kept here for {KEPT_DELETED_DAYS} days, then deleted for good. Restore puts one back
        exactly as it was, its history included.
      </p>
      {entries === undefined ? (
        <p className="muted">Loading…</p>
      ) : entries.length === 0 ? (
        <p className="muted">Nothing deleted in the last {KEPT_DELETED_DAYS} days.</p>
      ) : (
        <div className="table-overflow">
          <table className="backup-table deleted-table">
            <caption className="visually-hidden">Recently deleted applications, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Application</th>
                <th scope="col">Deleted</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => {
                const name = `${entry.application.company} — ${entry.application.role}`;
                const deleted = formatInstant(new Date(entry.deletedAt).toISOString());
                // Named with when it was deleted: the same application may be listed twice. Both
                // buttons' names are their visible text followed by which entry, in the same words.
                const which = `${name} (deleted ${deleted})`;
                return (
                  <tr key={entry.id}>
                    <td>{name}</td>
                    <td className="deleted-at">{deleted}</td>
                    <td className="actions">
                      <button
                        type="button"
                        aria-label={`Restore ${which}`}
                        onClick={(event) => void act(event.currentTarget.closest('tr'), restore(entry, name))}
                      >
                        Restore
                      </button>
                      <button
                        type="button"
                        aria-label={`Delete now ${which}`}
                        onClick={(event) => void act(event.currentTarget.closest('tr'), deleteNow(entry, name))}
                      >
                        Delete now
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
