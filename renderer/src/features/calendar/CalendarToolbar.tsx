// Above the calendar: where it is (the month, or the agenda's weeks), moving back, forward and
// to today, month or agenda, and whether reminders show.
import type { CalendarDate } from '@shared/calendarDate';
import { addDays, addMonths } from './calendarDays';
import { useCalendarStore, type CalendarMode } from './calendarStore';

/** The agenda shows four weeks, and moves by as much. */
export const AGENDA_DAYS = 28;

const MODES: { mode: CalendarMode; label: string }[] = [
  { mode: 'month', label: 'Month' },
  { mode: 'agenda', label: 'Agenda' },
];

interface CalendarToolbarProps {
  titleId: string;
  title: string;
  day: CalendarDate;
}

export function CalendarToolbar({ titleId, title, day }: CalendarToolbarProps) {
  const mode = useCalendarStore((s) => s.mode);
  const showReminders = useCalendarStore((s) => s.showReminders);
  const modeChosen = useCalendarStore((s) => s.modeChosen);
  const remindersToggled = useCalendarStore((s) => s.remindersToggled);
  const dayChosen = useCalendarStore((s) => s.dayChosen);
  const todayChosen = useCalendarStore((s) => s.todayChosen);
  const step = (by: 1 | -1) => dayChosen(mode === 'month' ? addMonths(day, by) : addDays(day, by * AGENDA_DAYS));
  const unit = mode === 'month' ? 'month' : '4 weeks';

  return (
    <div className="calendar-toolbar">
      <button type="button" onClick={todayChosen}>
        Today
      </button>
      <div className="button-group" role="group" aria-label="Move">
        <button
          type="button"
          className="icon-step"
          aria-label={`Previous ${unit}`}
          title={`Previous ${unit}`}
          onClick={() => step(-1)}
        >
          <span aria-hidden="true">‹</span>
        </button>
        <button
          type="button"
          className="icon-step"
          aria-label={`Next ${unit}`}
          title={`Next ${unit}`}
          onClick={() => step(1)}
        >
          <span aria-hidden="true">›</span>
        </button>
      </div>
      <h2 id={titleId} className="calendar-title" aria-live="polite">
        {title}
      </h2>
      <div className="button-group segmented" role="group" aria-label="Show as">
        {MODES.map((choice) => (
          <button
            key={choice.mode}
            type="button"
            aria-pressed={mode === choice.mode}
            onClick={() => modeChosen(choice.mode)}
          >
            {choice.label}
          </button>
        ))}
      </div>
      <label className="chip reminders-toggle">
        <input type="checkbox" checked={showReminders} onChange={(event) => remindersToggled(event.target.checked)} />
        Show reminders
      </label>
    </div>
  );
}
