// The calendar's own UI state, kept while other views are open: month or agenda, whether
// reminders show, and the day it is on.
import { create } from 'zustand';
import type { CalendarDate } from '@shared/calendarDate';

export type CalendarMode = 'month' | 'agenda';

interface CalendarState {
  mode: CalendarMode;
  showReminders: boolean;
  /** The day the calendar is on (its month shows; the agenda starts there); null for today. */
  day: CalendarDate | null;

  modeChosen(mode: CalendarMode): void;
  remindersToggled(show: boolean): void;
  dayChosen(day: CalendarDate): void;
  todayChosen(): void;
}

export const useCalendarStore = create<CalendarState>()((set) => ({
  mode: 'month',
  showReminders: false,
  day: null,

  modeChosen: (mode) => set({ mode }),
  remindersToggled: (showReminders) => set({ showReminders }),
  dayChosen: (day) => set({ day }),
  todayChosen: () => set({ day: null }),
}));
