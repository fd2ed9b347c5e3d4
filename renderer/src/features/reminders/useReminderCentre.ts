// The scheduler's upcoming and recent reminders, read again whenever they change (see
// reminderRevision.ts).
import { useEffect, useState } from 'react';
import type { ReminderCentre } from '@shared/reminders/reminder';
import { desktop } from '../../desktop/desktop';
import { useReminderRevision } from './reminderRevision';

export type ReminderCentreState =
  { status: 'loading' } | { status: 'loaded'; centre: ReminderCentre } | { status: 'failed'; error: string };

/** The centre, with the upcoming reminders due before `upcomingBefore` (an instant), or all (null). */
export function useReminderCentre(upcomingBefore: string | null): ReminderCentreState {
  const revision = useReminderRevision((s) => s.revision);
  const [state, setState] = useState<ReminderCentreState>({ status: 'loading' });

  useEffect(() => {
    let current = true;
    desktop.reminderCentre({ upcomingBefore }).then(
      (result) => {
        if (!current) return;
        setState(result.ok ? { status: 'loaded', centre: result.value } : { status: 'failed', error: result.error });
      },
      (error: unknown) => {
        if (current) setState({ status: 'failed', error: `Reminders could not be read: ${String(error)}` });
      },
    );
    return () => {
      current = false;
    };
  }, [revision, upcomingBefore]);

  return state;
}
