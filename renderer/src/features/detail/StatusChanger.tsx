// Moves an application through the pipeline, optionally back-dated and with a note.
import { format, parse } from 'date-fns';
import { useId, useState, type FormEvent } from 'react';
import { STATUSES, type Application, type Status } from '@shared/application';
import { toInstant } from '@shared/calendarDate';
import { STATUS_LABELS } from '@shared/status';
import { useData } from '../../db/DataContext';
import { showError } from '../../state/toastStore';

const LOCAL_INPUT = "yyyy-MM-dd'T'HH:mm";

export function StatusChanger({ app }: { app: Application }) {
  const { repository } = useData();
  const id = useId();
  const [status, setStatus] = useState<Status>(app.status);
  const [when, setWhen] = useState('');
  const [note, setNote] = useState('');
  // A second click while the first is saving would record the same change twice.
  const [saving, setSaving] = useState(false);
  const latest = app.statusHistory.at(-1)!;
  const at = when ? toInstant(parse(when, LOCAL_INPUT, new Date())) : null;
  const backdatedBeforeLatest = at !== null && Date.parse(at) < Date.parse(latest.at);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    try {
      await repository.changeStatus(app.id, status, { ...(at ? { at } : {}), note: note.trim() });
      setWhen('');
      setNote('');
    } catch (error) {
      showError(error);
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="status-changer" onSubmit={submit} aria-label="Change status">
      <div className="field">
        <label htmlFor={`${id}-status`}>New status</label>
        <select id={`${id}-status`} value={status} onChange={(e) => setStatus(e.target.value as Status)}>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-when`}>When (leave empty for now)</label>
        <input
          id={`${id}-when`}
          type="datetime-local"
          value={when}
          max={format(new Date(), LOCAL_INPUT)}
          onChange={(e) => setWhen(e.target.value)}
        />
      </div>
      <div className="field grow">
        <label htmlFor={`${id}-note`}>Note</label>
        <input id={`${id}-note`} value={note} maxLength={2000} onChange={(e) => setNote(e.target.value)} />
      </div>
      <button type="submit" className="primary" disabled={saving || (status === app.status && !at && !note.trim())}>
        Record
      </button>
      {backdatedBeforeLatest && (
        <p className="hint small">
          This is earlier than the latest entry ({STATUS_LABELS[latest.status]}), so it goes into the history in its
          place and the current status stays {STATUS_LABELS[app.status]}.
        </p>
      )}
    </form>
  );
}
