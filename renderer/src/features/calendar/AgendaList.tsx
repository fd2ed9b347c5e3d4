// The agenda: the coming weeks as a list, a heading per day that has something on it (and
// today, always), each item with its time, its kind in words and its application's role. The
// list is one stop in the tab order; ↑ and ↓ (Home, End) move through its items.
import { useState, type KeyboardEvent } from 'react';
import type { CalendarDate } from '@shared/calendarDate';
import {
  CALENDAR_ITEM_KIND_LABELS,
  calendarItemName,
  calendarItemWords,
  type CalendarItem,
} from '@shared/calendarItems';
import { KindMarker } from './KindMarker';
import { itemClasses } from './CalendarItemButton';
import { fullDayName, shortWeekdayName } from './dayNames';

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

export function AgendaList({ days, today, itemsByDay, selectedId, roleOf, labelledBy, onOpen }: AgendaListProps) {
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const shownDays = days.filter((day) => day === today || itemsByDay.has(day));
  const keys = shownDays.flatMap((day) => (itemsByDay.get(day) ?? []).map((item) => item.key));
  const tabbableKey = activeKey !== null && keys.includes(activeKey) ? activeKey : keys[0];

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
    <div className="agenda" role="region" aria-labelledby={labelledBy} onKeyDown={onKeyDown}>
      {shownDays.map((day) => {
        const items = itemsByDay.get(day) ?? [];
        const headingId = `agenda-${day}`;
        return (
          <section key={day} className={day === today ? 'agenda-day today' : 'agenda-day'} aria-labelledby={headingId}>
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
              <ul className="agenda-items">
                {items.map((item) => (
                  <li key={item.key} className={itemClasses('agenda-item', item, item.applicationId === selectedId)}>
                    <span className="agenda-time" aria-hidden="true">
                      {item.time ?? 'All day'}
                    </span>
                    <KindMarker kind={item.kind} />
                    <span className="agenda-text">
                      {/* The button covers the whole row; its name says the time too. */}
                      <button
                        type="button"
                        className="agenda-open"
                        aria-label={calendarItemName(item)}
                        tabIndex={item.key === tabbableKey ? 0 : -1}
                        data-item=""
                        data-key={item.key}
                        onFocus={() => setActiveKey(item.key)}
                        onClick={() => onOpen(item)}
                      >
                        <span className="item-text">{calendarItemWords(item).what}</span>
                      </button>
                      <span className="muted small truncate">{roleOf(item.applicationId)}</span>
                    </span>
                    <span className="agenda-kind">{CALENDAR_ITEM_KIND_LABELS[item.kind]}</span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
