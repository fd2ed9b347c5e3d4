// The scheduler's upcoming and recent reminders, read again whenever they change (see
// reminderRevision.ts).
import { useEffect, useState } from 'react';
import type { ReminderCentre } from '@shared/reminders/reminder';
import { desktop } from '../../desktop/desktop';
import { useReminderRevision } from './reminderRevision';

export type ReminderCentreState =
  | { status: 'loading' }
  /** `stale`: the reminders changed since it was read (a new plan sent); it is being read again. */
  | { status: 'loaded'; centre: ReminderCentre; stale: boolean }
  | { status: 'failed'; error: string };

/** The centre, with the upcoming reminders due before `upcomingBefore` (an instant), or all (null). */
export function useReminderCentre(upcomingBefore: string | null): ReminderCentreState {
  const revision = useReminderRevision((s) => s.revision);
  const [state, setState] = useState<{ read: ReminderCentreState; revision: number }>({
    read: { status: 'loading' },
    revision,
  });

  useEffect(() => {
    let current = true;
    desktop.reminderCentre({ upcomingBefore }).then(
      (result) => {
        if (!current) return;
        setState({
          read: result.ok
            ? { status: 'loaded', centre: result.value, stale: false }
            : { status: 'failed', error: result.error },
          revision,
        });
      },
      (error: unknown) => {
        if (current) {
          setState({ read: { status: 'failed', error: `Reminders could not be read: ${String(error)}` }, revision });
        }
      },
    );
    return () => {
      current = false;
    };
  }, [revision, upcomingBefore]);

  const { read } = state;
  return read.status === 'loaded' && state.revision !== revision ? { ...read, stale: true } : read;
}
