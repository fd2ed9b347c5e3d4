// Tells whoever lists reminders (the reminder centre, the count in the side nav) that the
// scheduler's reminders changed: a new plan was sent, one was snoozed or dismissed, one fired.
import { create } from 'zustand';

interface ReminderRevision {
  revision: number;
  /** Changes to applications or settings wait to be planned (the first plan too): the lists are about to change. */
  planning: boolean;
  remindersChanged(): void;
  planPending(planning: boolean): void;
}

export const useReminderRevision = create<ReminderRevision>()((set) => ({
  revision: 0,
  // Until the first plan after start-up is sent, what is listed may leave out what was just added.
  planning: true,
  remindersChanged: () => set((s) => ({ revision: s.revision + 1 })),
  planPending: (planning) => set({ planning }),
}));
