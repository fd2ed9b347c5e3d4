// The calendar: every dated thing of the applications the search box and filters show, as a
// month grid or an agenda of the coming weeks, colour and shape by kind with a legend in words,
// and the details of the application an item opens beside it. Reads the read model through
// model/queries.ts; the reminders come from the scheduler, only while they are shown.
import { useCallback, useEffect, useId, useMemo, useRef, type ReactNode, type RefObject } from 'react';
import { toCalendarDate, type CalendarDate } from '@shared/calendarDate';
import type { CalendarItem } from '@shared/calendarItems';
import type { ReminderEntry } from '@shared/reminders/reminder';
import {
  useAllTags,
  useApplicationCount,
  useApplicationLookup,
  useCalendarItems,
  useModelError,
  useModelNow,
  useModelStatus,
  useRowLookup,
  useTableRow,
  useTableRows,
} from '../../model/queries';
import { useUiStore } from '../../state/uiStore';
import { useCloseDetailsOnEscape } from '../detail/closeDetailsOnEscape';
import { FilterBar } from '../applications/FilterBar';
import { ApplicationDetail } from '../detail/ApplicationDetail';
import { useReminderCentre, type ReminderCentreState } from '../reminders/useReminderCentre';
import { AgendaList } from './AgendaList';
import { addDays, daysFrom, monthOf, monthWeeks, type Weekday } from './calendarDays';
import { itemsByDay, mergedItems, reminderItems, remindersShown } from './calendarEntries';
import { CalendarLegend } from './CalendarLegend';
import { useCalendarStore, type CalendarMode } from './calendarStore';
import { AGENDA_DAYS, CalendarToolbar } from './CalendarToolbar';
import { monthName, rangeName } from './dayNames';
import { MonthGrid } from './MonthGrid';
import { weekStartOf } from './weekStart';
import './calendar.css';

export function CalendarView() {
  const status = useModelStatus();
  const error = useModelError();
  const now = useModelNow();
  const today = toCalendarDate(now);
  const day = useCalendarStore((s) => s.day) ?? today;
  const mode = useCalendarStore((s) => s.mode);
  const showReminders = useCalendarStore((s) => s.showReminders);
  const selectedId = useUiStore((s) => s.selectedId);
  const applicationSelected = useUiStore((s) => s.applicationSelected);
  const closeDetailsOnEscape = useCloseDetailsOnEscape();
  const selected = useTableRow(selectedId)?.app ?? null;
  const titleId = useId();
  const mainRef = useRef<HTMLDivElement>(null);
  const lastOpened = useRef<string | null>(null);
  useFocusBackFromDetails(selectedId, mainRef, lastOpened);
  const openItem = useCallback(
    (item: CalendarItem) => {
      lastOpened.current = item.key;
      applicationSelected(item.applicationId);
    },
    [applicationSelected],
  );

  if (status === 'failed') {
    return (
      <p className="field-error" role="alert">
        The applications could not be read: {error}
      </p>
    );
  }
  if (status !== 'ready') return <p className="loading">Loading applications…</p>;

  const body = (reminders: ReminderCentreState | null) => (
    <CalendarBody
      mode={mode}
      day={day}
      today={today}
      reminders={reminders}
      titleId={titleId}
      selectedId={selectedId}
      onOpen={openItem}
    />
  );

  return (
    <div className={selected ? 'calendar-view with-detail' : 'calendar-view'}>
      {/* From anywhere in the calendar, an item too (it leaves Escape to the open details). */}
      <div className="calendar-main" ref={mainRef} onKeyDown={closeDetailsOnEscape}>
        <CalendarToolbar
          titleId={titleId}
          day={day}
          title={mode === 'month' ? monthName(day) : rangeName(day, addDays(day, AGENDA_DAYS - 1))}
        />
        <CalendarFilters />
        {showReminders ? <ReminderSource>{body}</ReminderSource> : body(null)}
      </div>
      {selected && <ApplicationDetail app={selected} now={now} />}
    </div>
  );
}

/** The table's filter bar, counting the applications they show as the table does. */
function CalendarFilters() {
  const sort = useUiStore((s) => s.sort);
  const filters = useUiStore((s) => s.filters);
  const search = useUiStore((s) => s.search);
  const shown = useTableRows(useMemo(() => ({ sort, filters, search }), [sort, filters, search])).length;
  return <FilterBar allTags={useAllTags()} shown={shown} total={useApplicationCount()} />;
}

/** Reads the scheduler's reminders (again whenever they change) for what it renders. */
function ReminderSource({ children }: { children: (reminders: ReminderCentreState) => ReactNode }) {
  return children(useReminderCentre(null));
}

/**
 * Closing the details takes their panel, and focus with it: focus goes back to the item that
 * opened them, or to the calendar's day.
 */
function useFocusBackFromDetails(
  selectedId: string | null,
  mainRef: RefObject<HTMLDivElement | null>,
  lastOpened: RefObject<string | null>,
) {
  const previous = useRef(selectedId);
  useEffect(() => {
    const closed = previous.current !== null && selectedId === null;
    previous.current = selectedId;
    const main = mainRef.current;
    if (!closed || main === null) return;
    if (document.activeElement !== null && document.activeElement !== document.body) return;
    // An open day's copy of the item comes last, over the grid.
    const item = [...main.querySelectorAll<HTMLElement>('[data-item]')].findLast(
      (element) => element.dataset.key === lastOpened.current,
    );
    (item ?? main.querySelector<HTMLElement>('[role="gridcell"][tabindex="0"], .agenda [tabindex="0"]'))?.focus();
  }, [selectedId, mainRef, lastOpened]);
}

const NO_ENTRIES: readonly ReminderEntry[] = [];

interface CalendarBodyProps {
  mode: CalendarMode;
  day: CalendarDate;
  today: CalendarDate;
  /** The scheduler's reminders when they are shown; null when not. */
  reminders: ReminderCentreState | null;
  titleId: string;
  selectedId: string | null;
  onOpen(item: CalendarItem): void;
}

function CalendarBody({ mode, day, today, reminders, titleId, selectedId, onOpen }: CalendarBodyProps) {
  const filters = useUiStore((s) => s.filters);
  const search = useUiStore((s) => s.search);
  const dayChosen = useCalendarStore((s) => s.dayChosen);
  const weekStart = useMemo<Weekday>(() => weekStartOf(navigator.language), []);
  const month = monthOf(day);
  const weeks = useMemo(() => monthWeeks(`${month}-01`, weekStart), [month, weekStart]);
  const from = mode === 'month' ? weeks[0]![0]! : day;
  const to = mode === 'month' ? weeks.at(-1)![6]! : addDays(day, AGENDA_DAYS - 1);
  const query = useMemo(() => ({ from, to, filters, search, today }), [from, to, filters, search, today]);

  const items = useCalendarItems(query);
  const rowOf = useRowLookup();
  const lookup = useApplicationLookup();
  const upcoming = reminders?.status === 'loaded' ? reminders.centre.upcoming : NO_ENTRIES;
  const allReminders = useMemo(() => reminderItems(upcoming), [upcoming]);
  const shownReminders = useMemo(() => remindersShown(allReminders, query, rowOf), [allReminders, query, rowOf]);
  const byDay = useMemo(() => itemsByDay(mergedItems(items, shownReminders)), [items, shownReminders]);

  return (
    <>
      <CalendarLegend showReminders={reminders !== null} />
      {reminders?.status === 'loading' && <p className="muted small">Loading reminders…</p>}
      {reminders?.status === 'failed' && (
        <p className="field-error" role="alert">
          {reminders.error}
        </p>
      )}
      {mode === 'month' ? (
        <MonthGrid
          weeks={weeks}
          activeDay={day}
          weekStart={weekStart}
          today={today}
          itemsByDay={byDay}
          selectedId={selectedId}
          labelledBy={titleId}
          onDayChosen={dayChosen}
          onOpen={onOpen}
        />
      ) : (
        <AgendaList
          days={daysFrom(day, AGENDA_DAYS)}
          today={today}
          itemsByDay={byDay}
          selectedId={selectedId}
          roleOf={(id) => lookup(id)?.role ?? ''}
          labelledBy={titleId}
          onOpen={onOpen}
        />
      )}
    </>
  );
}
