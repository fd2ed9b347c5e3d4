// What the colours and shapes of the calendar mean, in words.
import { CALENDAR_ITEM_KIND_LABELS, CALENDAR_ITEM_KINDS } from '@shared/calendarItems';
import { KindMarker } from './KindMarker';

export function CalendarLegend({ showReminders }: { showReminders: boolean }) {
  const kinds = CALENDAR_ITEM_KINDS.filter((kind) => kind !== 'reminder' || showReminders);
  return (
    <ul className="calendar-legend" aria-label="Legend">
      {kinds.map((kind) => (
        <li key={kind}>
          <KindMarker kind={kind} />
          {CALENDAR_ITEM_KIND_LABELS[kind]}
        </li>
      ))}
      <li className="legend-crossed">Done or cancelled</li>
    </ul>
  );
}
