// The month as an accessible grid (the date-grid pattern of the ARIA practices): rows of weeks,
// a cell per day named by its full date, how many items it holds, and those items. One cell is in the tab
// order; the arrow keys move a day or a week, Home and End to the week's ends, Page Up and Page
// Down a month (with Shift a year). Enter goes into the day's items, where ↑ and ↓ move and
// Escape comes back out (with an application's details open, it closes them first); an item
// opens its application. A day with more items than fit shows "+N more", which opens the whole
// day over the grid.
import { useEffect, useReducer, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import type { CalendarDate } from '@shared/calendarDate';
import type { CalendarItem } from '@shared/calendarItems';
import { countOf } from '@shared/countOf';
import { addDays, addMonths, monthOf, startOfWeek, type Weekday } from './calendarDays';
import { CalendarItemButton } from './CalendarItemButton';
import { fullDayName, shortDayName, shortWeekdayName, weekdayName } from './dayNames';

/** Items a day shows before "+N more" (which then takes the last line). */
export const ITEMS_PER_DAY = 3;

const NO_ITEMS: readonly CalendarItem[] = [];

interface MonthGridProps {
  weeks: readonly (readonly CalendarDate[])[];
  /** The day the calendar is on: its month is the one shown, and its cell is in the tab order. */
  activeDay: CalendarDate;
  weekStart: Weekday;
  today: CalendarDate;
  itemsByDay: ReadonlyMap<CalendarDate, readonly CalendarItem[]>;
  selectedId: string | null;
  labelledBy: string;
  onDayChosen(day: CalendarDate): void;
  onOpen(item: CalendarItem): void;
}

/** Where focus goes once the grid has rendered: a day's cell, or one of its items. */
interface FocusRequest {
  day: CalendarDate;
  item: number | null;
}

export function MonthGrid(props: MonthGridProps) {
  const { weeks, activeDay, weekStart, today, itemsByDay, selectedId, labelledBy, onDayChosen, onOpen } = props;
  const gridRef = useRef<HTMLDivElement>(null);
  /** The day whose every item shows over the grid. */
  const [openDay, setOpenDay] = useState<CalendarDate | null>(null);
  const focusRequest = useRef<FocusRequest | null>(null);
  const [, rendered] = useReducer((n: number) => n + 1, 0);
  const month = monthOf(activeDay);

  useEffect(() => {
    const request = focusRequest.current;
    if (request === null) return;
    const cell = gridRef.current?.querySelector<HTMLElement>(`[data-day="${request.day}"]`);
    if (!cell) return;
    focusRequest.current = null;
    // An open day's items are those over the grid; the ones in the cell are hidden beneath.
    const items = (cell.querySelector('.day-popover') ?? cell).querySelectorAll<HTMLElement>('[data-item]');
    (request.item === null ? cell : (items[Math.min(request.item, items.length - 1)] ?? cell)).focus();
  });

  function focusLater(request: FocusRequest) {
    focusRequest.current = request;
    rendered();
  }

  function moveTo(day: CalendarDate) {
    setOpenDay(null);
    focusLater({ day, item: null });
    if (day !== activeDay) onDayChosen(day);
  }

  /** Into a day's items, at `index`; the whole day opens when that item is not among those shown. */
  function enterDay(day: CalendarDate, index: number) {
    const count = itemsByDay.get(day)?.length ?? 0;
    if (count === 0) return;
    if (count > ITEMS_PER_DAY) setOpenDay(day);
    focusLater({ day, item: index });
    if (day !== activeDay) onDayChosen(day);
  }

  function onCellKeyDown(event: KeyboardEvent<HTMLElement>, day: CalendarDate) {
    if (event.target !== event.currentTarget) return;
    const weekFirst = startOfWeek(day, weekStart);
    const moves: Record<string, CalendarDate> = {
      ArrowLeft: addDays(day, -1),
      ArrowRight: addDays(day, 1),
      ArrowUp: addDays(day, -7),
      ArrowDown: addDays(day, 7),
      Home: weekFirst,
      End: addDays(weekFirst, 6),
      PageUp: addMonths(day, event.shiftKey ? -12 : -1),
      PageDown: addMonths(day, event.shiftKey ? 12 : 1),
    };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      moveTo(target);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      enterDay(day, 0);
    }
  }

  function onItemKeyDown(event: KeyboardEvent<HTMLButtonElement>, day: CalendarDate) {
    const list = event.currentTarget.closest('.day-popover, [role="gridcell"]');
    const items = [...(list?.querySelectorAll<HTMLElement>('[data-item]') ?? [])];
    const index = items.indexOf(event.currentTarget);
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    if (step !== 0) {
      event.preventDefault();
      items[Math.max(0, Math.min(items.length - 1, index + step))]?.focus();
    }
    // With an application's details open, Escape is theirs: it closes them, as on the board, and
    // the item keeps focus. Otherwise it leaves the items for their day.
    const leaving = event.key === 'Escape' && selectedId === null;
    if (leaving) {
      event.preventDefault();
      moveTo(day);
    }
    // Arrows stay with the items: the grid's own moves are for its cells.
    if (event.key.startsWith('Arrow') || event.key.startsWith('Page') || leaving) event.stopPropagation();
  }

  /** A cell taking focus (a click, or a move) makes its day the calendar's. */
  function onCellFocus(event: FocusEvent<HTMLElement>, day: CalendarDate) {
    if (event.target !== event.currentTarget || day === activeDay) return;
    focusLater({ day, item: null });
    onDayChosen(day);
  }

  /** The open day closes once focus leaves it. */
  function onCellBlur(event: FocusEvent<HTMLElement>, day: CalendarDate) {
    if (openDay !== day) return;
    if (event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget)) return;
    setOpenDay(null);
  }

  return (
    <div ref={gridRef} role="grid" aria-labelledby={labelledBy} aria-readonly="true" className="month-grid">
      <div role="row" className="month-weekdays">
        {weeks[0]!.map((day) => (
          // The short name is the header's visible text; its accessible name is the whole one.
          <div key={day} role="columnheader" aria-label={weekdayName(day)}>
            {shortWeekdayName(day)}
          </div>
        ))}
      </div>
      {weeks.map((week, row) => (
        <div key={week[0]} role="row" className="month-week">
          {week.map((day, column) => {
            const items = itemsByDay.get(day) ?? NO_ITEMS;
            const open = openDay === day;
            const overflows = items.length > ITEMS_PER_DAY;
            const shown = overflows ? items.slice(0, ITEMS_PER_DAY - 1) : items;
            const weekday = (weekStart + column) % 7;
            const classes = [
              'day-cell',
              monthOf(day) === month ? '' : 'outside',
              day === today ? 'today' : '',
              weekday === 0 || weekday === 6 ? 'weekend' : '',
              open ? 'open' : '',
              column >= 5 ? 'opens-left' : '',
              row >= weeks.length - 2 && row >= 2 ? 'opens-up' : '',
            ];
            const item = (entry: CalendarItem) => (
              <li key={entry.key}>
                <CalendarItemButton
                  item={entry}
                  selected={entry.applicationId === selectedId}
                  onOpen={onOpen}
                  onKeyDown={(event) => onItemKeyDown(event, day)}
                />
              </li>
            );
            return (
              <div
                key={day}
                role="gridcell"
                data-day={day}
                tabIndex={day === activeDay ? 0 : -1}
                aria-current={day === today ? 'date' : undefined}
                aria-selected={day === activeDay}
                className={classes.filter(Boolean).join(' ')}
                onKeyDown={(event) => onCellKeyDown(event, day)}
                onFocus={(event) => onCellFocus(event, day)}
                onBlur={(event) => onCellBlur(event, day)}
              >
                {/* The cell is named by its text: the full date and count first, then its items. */}
                <span className="visually-hidden">
                  {fullDayName(day)}, {items.length === 0 ? 'no items' : countOf(items.length, 'item')}
                </span>
                <span className="day-number" aria-hidden="true">
                  {Number(day.slice(8, 10))}
                </span>
                {items.length > 0 && <ul className="day-items">{shown.map(item)}</ul>}
                {overflows && (
                  <button
                    type="button"
                    className="more-items"
                    tabIndex={-1}
                    onClick={() => enterDay(day, shown.length)}
                  >
                    +{items.length - shown.length} more
                  </button>
                )}
                {open && (
                  <div className="day-popover">
                    <p className="day-popover-title" aria-hidden="true">
                      {shortDayName(day)}
                    </p>
                    <ul className="day-items">{items.map(item)}</ul>
                  </div>
                )}
              </div>
            );
          })}
        </div>
      ))}
    </div>
  );
}
