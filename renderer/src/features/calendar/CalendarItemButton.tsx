// One item on the calendar (a deadline, an interview, a cohort date, a follow-up, a reminder) as
// a button that opens its application. Its name says it all in words ("17:00 Stripe: Online
// assessment"); what it shows is that name's words in the same order, a narrow day leaving its
// last ones out, with the colour and shape saying the kind again for the eye.
import type { KeyboardEvent } from 'react';
import { calendarItemName, calendarItemWords, type CalendarItem } from '@shared/calendarItems';
import { dates } from '../../components/formatDates';
import { KindMarker } from './KindMarker';

interface CalendarItemButtonProps {
  item: CalendarItem;
  /** Its application's details are open. */
  selected: boolean;
  onOpen(item: CalendarItem): void;
  onKeyDown(event: KeyboardEvent<HTMLButtonElement>): void;
}

export function itemClasses(base: string, item: CalendarItem, selected: boolean): string {
  return [
    base,
    `kind-${item.kind}`,
    item.time === null ? 'all-day' : 'timed',
    selected ? 'selected' : '',
    item.done || item.cancelled ? 'crossed' : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** An item in a day of the month grid; reached with the arrow keys, not Tab. */
export function CalendarItemButton({ item, selected, onOpen, onKeyDown }: CalendarItemButtonProps) {
  const words = calendarItemWords(item, dates);
  return (
    <button
      type="button"
      className={itemClasses('calendar-item', item, selected)}
      tabIndex={-1}
      data-item=""
      data-key={item.key}
      aria-label={calendarItemName(item, dates)}
      title={calendarItemName(item, dates)}
      onClick={() => onOpen(item)}
      onKeyDown={onKeyDown}
    >
      <KindMarker kind={item.kind} />
      {words.time !== null && (
        <>
          <span className="item-time">{words.time}</span>{' '}
        </>
      )}
      {/* The words in the order the name reads them. */}
      <span className="item-text">
        {item.kind === 'reminder' ? (
          words.what
        ) : (
          <>
            {item.company}
            {/* Left out in a day too narrow for it: the colour and the legend say the kind. */}
            <span className="item-label">: {item.label}</span>
          </>
        )}
      </span>
    </button>
  );
}
