// The agenda: the coming weeks as a list, a heading per day that has something on it (and
// today, always), each item with its time, its kind in words and its application's role. A day
// with more than a screenful shows its first items and "Show N more". The list is one stop in
// the tab order; ↑ and ↓ (Home, End) move through its items.
import { Fragment, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { CalendarDate } from '@shared/calendarDate';
import {
  CALENDAR_ITEM_KIND_LABELS,
  calendarItemName,
  calendarItemWords,
  type CalendarItem,
} from '@shared/calendarItems';
import { timeOfDayWords } from '@shared/dateWords';
import { dates } from '../../components/formatDates';
import { KindMarker } from './KindMarker';
import { itemClasses } from './CalendarItemButton';
import { fullDayName, monthName, shortWeekdayName } from './dayNames';

/** Items a day lists before "Show N more": thousands of applications can put a hundred on one day. */
export const AGENDA_ITEMS_PER_DAY = 10;

interface AgendaListProps {
  days: readonly CalendarDate[];
  today: CalendarDate;
  itemsByDay: ReadonlyMap<CalendarDate, readonly CalendarItem[]>;
  selectedId: string | null;
  /** The role of an application, shown beside its items. */
  roleOf(applicationId: string): string;
  labelledBy: string;
  onOpen(item: CalendarItem): void;
}

const moreKey = (day: CalendarDate) => `more:${day}`;

/**
 * The widest things the time column can show, laid unseen under every item's time so each column
 * is as wide as the widest in the region's clock ("10:58 p.m." in Canada, "22:58" elsewhere) and
 * every item's text starts at the same place, without wrapping a time.
 */
const widestTimes = () => [timeOfDayWords('10:58', dates), timeOfDayWords('22:58', dates), 'All day'];

export function AgendaList({ days, today, itemsByDay, selectedId, roleOf, labelledBy, onOpen }: AgendaListProps) {
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const [openDays, setOpenDays] = useState<ReadonlySet<CalendarDate>>(new Set());
  /** After "Show N more", the first item it brought. */
  const focusKey = useRef<string | null>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const shownDays = days.filter((day) => day === today || itemsByDay.has(day));
  // Weeks that cross into another month name each month above its first listed day: the day
  // headings show only the day's number (screen readers hear the whole date in each heading).
  const monthOf = (day: CalendarDate) => day.slice(0, 7);
  const crossesMonths = days.length > 0 && monthOf(days[0]!) !== monthOf(days[days.length - 1]!);
  const listed = (day: CalendarDate) => {
    const items = itemsByDay.get(day) ?? [];
    return openDays.has(day) ? items : items.slice(0, AGENDA_ITEMS_PER_DAY);
  };
  const keys = shownDays.flatMap((day) => {
    const shown = listed(day).map((item) => item.key);
    return shown.length < (itemsByDay.get(day)?.length ?? 0) ? [...shown, moreKey(day)] : shown;
  });
  const tabbableKey = activeKey !== null && keys.includes(activeKey) ? activeKey : keys[0];
  const timeSizers = widestTimes();

  useEffect(() => {
    if (focusKey.current === null) return;
    const target = [...(listRef.current?.querySelectorAll<HTMLElement>('[data-item]') ?? [])].find(
      (element) => element.dataset.key === focusKey.current,
    );
    focusKey.current = null;
    target?.focus();
  }, [openDays]);

  function showAll(day: CalendarDate) {
    const first = itemsByDay.get(day)?.[AGENDA_ITEMS_PER_DAY];
    focusKey.current = first?.key ?? null;
    if (first) setActiveKey(first.key);
    setOpenDays((open) => new Set(open).add(day));
  }

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    const items = [...event.currentTarget.querySelectorAll<HTMLElement>('[data-item]')];
    const index = items.indexOf(event.target as HTMLElement);
    if (index < 0) return;
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: items.length - 1 };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const target = items[Math.max(0, Math.min(items.length - 1, next))];
    if (!target) return;
    setActiveKey(target.dataset.key ?? null);
    target.focus();
  }

  if (keys.length === 0) {
    return <p className="calendar-empty">Nothing on these days matches the search and filters.</p>;
  }

  return (
    <div ref={listRef} className="agenda" role="region" aria-labelledby={labelledBy} onKeyDown={onKeyDown}>
      {shownDays.map((day, index) => {
        const items = itemsByDay.get(day) ?? [];
        const shown = listed(day);
        const headingId = `agenda-${day}`;
        const previous = shownDays[index - 1];
        const newMonth = crossesMonths && (previous === undefined || monthOf(previous) !== monthOf(day));
        return (
          <Fragment key={day}>
            {newMonth && <p className="agenda-month">{monthName(day)}</p>}
            <section className={day === today ? 'agenda-day today' : 'agenda-day'} aria-labelledby={headingId}>
              <h3 id={headingId} className="agenda-date">
                <span className="visually-hidden">
                  {fullDayName(day)}
                  {day === today ? ', today' : ''}
                </span>
                <span className="agenda-day-number" aria-hidden="true">
                  {Number(day.slice(8, 10))}
                </span>
                <span className="agenda-weekday" aria-hidden="true">
                  {shortWeekdayName(day)}
                  {day === today && <span className="today-tag">Today</span>}
                </span>
              </h3>
              {items.length === 0 ? (
                <p className="muted agenda-nothing">Nothing today.</p>
              ) : (
                <div className="agenda-day-items">
                  <ul className="agenda-items">
                    {shown.map((item) => (
                      <li
                        key={item.key}
                        className={itemClasses('agenda-item', item, item.applicationId === selectedId)}
                      >
                        <span className="agenda-time" aria-hidden="true">
                          <span>{calendarItemWords(item, dates).time ?? 'All day'}</span>
                          {timeSizers.map((words) => (
                            <span key={words} className="agenda-time-sizer">
                              {words}
                            </span>
                          ))}
                        </span>
                        <KindMarker kind={item.kind} />
                        <span className="agenda-text">
                          {/* The button covers the whole row; its name says the time too. */}
                          <button
                            type="button"
                            className="agenda-open"
                            aria-label={calendarItemName(item, dates)}
                            tabIndex={item.key === tabbableKey ? 0 : -1}
                            data-item=""
                            data-key={item.key}
                            onFocus={() => setActiveKey(item.key)}
                            onClick={() => onOpen(item)}
                          >
                            <span className="item-text">{calendarItemWords(item, dates).what}</span>
                          </button>
                          <span className="muted small truncate">{roleOf(item.applicationId)}</span>
                        </span>
                        <span className="agenda-kind">{CALENDAR_ITEM_KIND_LABELS[item.kind]}</span>
                      </li>
                    ))}
                  </ul>
                  {shown.length < items.length && (
                    <button
                      type="button"
                      className="link-button agenda-more"
                      tabIndex={moreKey(day) === tabbableKey ? 0 : -1}
                      data-item=""
                      data-key={moreKey(day)}
                      onFocus={() => setActiveKey(moreKey(day))}
                      onClick={() => showAll(day)}
                    >
                      Show {items.length - shown.length} more
                    </button>
                  )}
                </div>
              )}
            </section>
          </Fragment>
        );
      })}
    </div>
  );
}
