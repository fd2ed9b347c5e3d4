// What the calendar shows of a range of days: the read model's items and, with "Show reminders",
// the scheduler's upcoming reminders on the day and at the time each will come, merged in
// calendar order and grouped by day.
import type { CalendarDate } from '@shared/calendarDate';
import { calendarOrder, reminderItem, type CalendarItem } from '@shared/calendarItems';
import type { ReminderEntry } from '@shared/reminders/reminder';
import type { Filters } from '../../state/uiStore';
import { firstOnOrAfter } from '../../model/calendarIndex';
import { rowMatcher, type TableRow } from '../../model/tableRows';

/** Every upcoming reminder as a calendar item, in calendar order. */
export function reminderItems(upcoming: readonly ReminderEntry[]): CalendarItem[] {
  return upcoming.map(reminderItem).sort(calendarOrder);
}

/**
 * The reminders from `from` to `to` (both included) of applications the search and filters show;
 * none of an application that is gone.
 */
export function remindersShown(
  reminders: readonly CalendarItem[],
  query: { from: CalendarDate; to: CalendarDate; filters: Filters; search: string },
  rowOf: (applicationId: string) => TableRow | undefined,
): CalendarItem[] {
  const matches = rowMatcher(query.filters, query.search);
  const shown: CalendarItem[] = [];
  for (let i = firstOnOrAfter(reminders, query.from); i < reminders.length && reminders[i]!.day <= query.to; i += 1) {
    const row = rowOf(reminders[i]!.applicationId);
    if (row !== undefined && matches(row)) shown.push(reminders[i]!);
  }
  return shown;
}

/** Two lists in calendar order as one. */
export function mergedItems(a: readonly CalendarItem[], b: readonly CalendarItem[]): readonly CalendarItem[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const merged: CalendarItem[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) merged.push(calendarOrder(a[i]!, b[j]!) <= 0 ? a[i++]! : b[j++]!);
  while (i < a.length) merged.push(a[i++]!);
  while (j < b.length) merged.push(b[j++]!);
  return merged;
}

/** Items by the day they show on, each day's in calendar order. */
export function itemsByDay(items: readonly CalendarItem[]): Map<CalendarDate, CalendarItem[]> {
  const byDay = new Map<CalendarDate, CalendarItem[]>();
  for (const item of items) {
    const day = byDay.get(item.day);
    if (day) day.push(item);
    else byDay.set(item.day, [item]);
  }
  return byDay;
}
