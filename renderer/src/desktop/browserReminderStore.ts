// Where the web build keeps the reminder scheduler's state: a database of its own beside the
// app's, holding the state object itself (IndexedDB stores it by structured clone). A plan for
// thousands of applications is megabytes, more than localStorage takes.
import Dexie, { type Table } from 'dexie';
import type { SchedulerState, SchedulerStore } from '@shared/reminders/reminderScheduler';

/** The one row: the scheduler saves its whole state at once. */
const STATE_KEY = 'scheduler';

type ReminderDatabase = Dexie & { state: Table<SchedulerState, string> };

export function createBrowserReminderStore(name = 'internship-tracker-reminders'): SchedulerStore {
  const db = new Dexie(name) as ReminderDatabase;
  // Out-of-line key: the row is the state exactly as the scheduler gave it.
  db.version(1).stores({ state: '' });

  return {
    async load() {
      return (await db.state.get(STATE_KEY)) ?? null;
    },
    async save(state) {
      await db.state.put(state, STATE_KEY);
    },
  };
}
