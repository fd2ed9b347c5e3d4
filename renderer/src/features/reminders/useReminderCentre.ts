// The scheduler's upcoming and recent reminders, read again whenever they change (see
// reminderRevision.ts).
import { useEffect, useState } from 'react';
import type { ReminderCentre } from '@shared/reminders/reminder';
import { desktop } from '../../desktop/desktop';
import { useReminderRevision } from './reminderRevision';

export type ReminderCentreState =
  { status: 'loading' } | { status: 'loaded'; centre: ReminderCentre } | { status: 'failed'; error: string };

export function useReminderCentre(): ReminderCentreState {
  const revision = useReminderRevision((s) => s.revision);
  const [state, setState] = useState<ReminderCentreState>({ status: 'loading' });

  useEffect(() => {
    let current = true;
    desktop.reminderCentre().then(
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
  }, [revision]);

  return state;
}
