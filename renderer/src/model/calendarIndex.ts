// The calendar's items (shared/calendarItems.ts) of every application, kept in calendar order as
// rows change: a changed application's items are taken out of their places and its new ones put
// in, never the whole list sorted again. A month or the agenda's weeks are a range of that list,
// found by binary search and filtered by the table's filters and search.
//
// Which applications show: those the table's filters show (so archived ones only with "Show
// archived"); of a closed application, only what came before today, as a record (a rejected
// internship will not start). The follow-up rule's days depend on the reminder settings, which
// the index is told of; the list is built the first time the calendar asks, not at start-up.
import type { CalendarDate } from '@shared/calendarDate';
import { calendarItems, calendarOrder, type CalendarItem } from '@shared/calendarItems';
import { DEFAULT_REMINDER_SETTINGS, type ReminderSettings } from '@shared/reminders/reminderSettings';
import { isClosed } from '@shared/stageHistory';
import { NO_FILTERS, type Filters } from '../state/uiStore';
import type { RowChange, RowIndex } from './applicationsModel';
import { lowerBound, PLACE_ONE_BY_ONE } from './sortedList';
import { rowMatcher, type TableRow } from './tableRows';

export interface CalendarQuery {
  /** The first and last day shown, both included. */
  from: CalendarDate;
  to: CalendarDate;
  filters: Filters;
  search: string;
  /** Today's date: closed applications show only what came before it. */
  today: CalendarDate;
}

export type CalendarSettings = Pick<ReminderSettings, 'followUps'>;

export interface CalendarIndex extends RowIndex {
  /** Items from `from` to `to`, in calendar order; the same array until one of them changes. */
  items(query: CalendarQuery): readonly CalendarItem[];
  /** The reminder settings as stored: a change to the follow-up rule moves its days. */
  settingsChanged(settings: CalendarSettings): void;
  /** Told when the items changed for a reason of their own (settings); row changes come from the model. */
  subscribe(listener: () => void): () => void;
}

/** The range last asked for and what it held. */
interface Answer {
  query: CalendarQuery;
  items: readonly CalendarItem[];
}

export function createCalendarIndex(): CalendarIndex {
  let settings: CalendarSettings = { followUps: DEFAULT_REMINDER_SETTINGS.followUps };
  const rows = new Map<string, TableRow>();
  /** Each application's items, as placed in `sorted` (taken out again by identity). */
  const itemsOf = new Map<string, CalendarItem[]>();
  /** Every item in calendar order; null until the calendar first asks. Never handed out. */
  let sorted: CalendarItem[] | null = null;
  let matcher = { filters: NO_FILTERS, search: '', matches: rowMatcher(NO_FILTERS, '') };
  let last: Answer | null = null;
  const listeners = new Set<() => void>();

  function build(): CalendarItem[] {
    itemsOf.clear();
    const all: CalendarItem[] = [];
    for (const row of rows.values()) {
      const items = calendarItems(row.app, settings);
      if (items.length === 0) continue;
      itemsOf.set(row.app.id, items);
      for (const item of items) all.push(item);
    }
    return all.sort(calendarOrder);
  }

  /** Whether the last answer may hold this day (so a change to it must be looked at again). */
  function inLastRange(day: CalendarDate): boolean {
    return last !== null && day >= last.query.from && day <= last.query.to;
  }

  function take(list: CalendarItem[], id: string) {
    for (const item of itemsOf.get(id) ?? []) {
      const index = lowerBound(list, item, calendarOrder);
      if (list[index] === item) list.splice(index, 1);
      if (inLastRange(item.day)) last = null;
    }
    itemsOf.delete(id);
  }

  function put(list: CalendarItem[], row: TableRow) {
    const items = calendarItems(row.app, settings);
    if (items.length === 0) return;
    itemsOf.set(row.app.id, items);
    for (const item of items) {
      list.splice(lowerBound(list, item, calendarOrder), 0, item);
      if (inLastRange(item.day)) last = null;
    }
  }

  function matches(filters: Filters, search: string): (row: TableRow) => boolean {
    if (matcher.filters !== filters || matcher.search !== search)
      matcher = { filters, search, matches: rowMatcher(filters, search) };
    return matcher.matches;
  }

  function sameQuery(a: CalendarQuery, b: CalendarQuery): boolean {
    return (
      a.from === b.from && a.to === b.to && a.filters === b.filters && a.search === b.search && a.today === b.today
    );
  }

  return {
    items(query) {
      sorted ??= build();
      if (last !== null && sameQuery(last.query, query)) return last.items;
      const shown = matches(query.filters, query.search);
      const found: CalendarItem[] = [];
      let index = firstOnOrAfter(sorted, query.from);
      for (; index < sorted.length; index += 1) {
        const item = sorted[index]!;
        if (item.day > query.to) break;
        const row = rows.get(item.applicationId);
        if (!row || !shown(row)) continue;
        if (item.day >= query.today && isClosed(row.app)) continue;
        found.push(item);
      }
      last = { query, items: found };
      return found;
    },

    reset(all) {
      rows.clear();
      for (const row of all) rows.set(row.app.id, row);
      sorted = null;
      last = null;
    },

    apply(changes: readonly RowChange[]) {
      const placing = sorted !== null && changes.length <= PLACE_ONE_BY_ONE;
      if (!placing) {
        sorted = null;
        last = null;
      }
      for (const { before, after } of changes) {
        // Time passing gives a row a new next date, not new items.
        const sameRecord = before !== undefined && after !== undefined && before.app === after.app;
        if (before) rows.delete(before.app.id);
        if (after) rows.set(after.app.id, after);
        if (!placing || sameRecord) continue;
        if (before) take(sorted!, before.app.id);
        if (after) put(sorted!, after);
      }
    },

    settingsChanged(next) {
      if (JSON.stringify(next.followUps) === JSON.stringify(settings.followUps)) return;
      settings = { followUps: next.followUps };
      sorted = null;
      last = null;
      for (const listener of listeners) listener();
    },

    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The first index of a list in calendar order whose item is on `day` or later. */
export function firstOnOrAfter(list: readonly CalendarItem[], day: CalendarDate): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (list[middle]!.day < day) low = middle + 1;
    else high = middle;
  }
  return low;
}
