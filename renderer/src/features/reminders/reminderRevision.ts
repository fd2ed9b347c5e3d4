// Tells whoever lists reminders (the reminder centre, the count in the side nav) that the
// scheduler's reminders changed: a new plan was sent, one was snoozed or dismissed, one fired.
import { create } from 'zustand';

interface ReminderRevision {
  revision: number;
  remindersChanged(): void;
}

export const useReminderRevision = create<ReminderRevision>()((set) => ({
  revision: 0,
  remindersChanged: () => set((s) => ({ revision: s.revision + 1 })),
}));
