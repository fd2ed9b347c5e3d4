// What is due in the next 7 days, by day: deadlines, interviews and other events, follow-ups and
// cohort starts of the applications still going, each opening its application.
import { differenceInCalendarDays } from 'date-fns';
import { useId, useState } from 'react';
import type { Application } from '@shared/application';
import { isCalendarDate, startOfCalendarDate } from '@shared/calendarDate';
import type { DueDay } from '@shared/dashboard/dueSoon';
import type { DateEvent } from '@shared/nextDate';
import { dates } from '../../components/formatDates';
import { useUiStore } from '../../state/uiStore';

function dayHeading(day: string, now: Date): string {
  const date = startOfCalendarDate(day);
  const days = differenceInCalendarDays(date, now);
  const name = dates.weekdayMonthDay(date);
  return days === 0 ? `Today · ${name}` : days === 1 ? `Tomorrow · ${name}` : name;
}

/** When in its day: the time of an instant; all day, or by the end of the day for a deadline. */
function timeOf(event: DateEvent): string {
  if (!isCalendarDate(event.at)) return dates.time(new Date(event.time));
  return event.type === 'deadline' ? 'End of day' : 'All day';
}

/** Unique within an application: the id of the date's deadline, event or cohort. */
function keyOf(event: DateEvent): string {
  switch (event.type) {
    case 'deadline':
      return `deadline ${event.deadlineId}`;
    case 'event':
      return `event ${event.eventId}`;
    case 'cohort-start':
      return `cohort ${event.cohortId}`;
    case 'follow-up':
      return 'follow-up';
  }
}

/** Dates listed a day before "Show all": a busy day can hold dozens. */
const FIRST_OF_A_DAY = 5;

function Day({ day, now }: { day: DueDay<Application>; now: Date }) {
  const applicationOpened = useUiStore((s) => s.applicationOpened);
  const [showAll, setShowAll] = useState(false);
  const listed = showAll ? day.items : day.items.slice(0, FIRST_OF_A_DAY);
  return (
    <li className="due-day">
      <h4>{dayHeading(day.day, now)}</h4>
      <ul className="due-items">
        {listed.map(({ app, event }) => (
          <li key={`${app.id} ${keyOf(event)}`}>
            <button
              type="button"
              className={`item-button due-item due-${event.type}`}
              onClick={() => applicationOpened(app.id)}
            >
              <span className="due-time">{timeOf(event)}</span>
              <span className="due-text">
                <span className="item-title">{event.label}</span>
                <span className="item-subtitle">
                  {app.company} · {app.role}
                </span>
              </span>
            </button>
          </li>
        ))}
      </ul>
      {day.items.length > FIRST_OF_A_DAY && (
        <button type="button" className="link-button show-more" onClick={() => setShowAll(!showAll)}>
          {showAll
            ? `Show the first ${FIRST_OF_A_DAY}`
            : `Show all ${day.items.length.toLocaleString('en-US')} that day`}
        </button>
      )}
    </li>
  );
}

export function DueSoonPanel({ days, now, dayCount }: { days: DueDay<Application>[]; now: Date; dayCount: number }) {
  const titleId = useId();
  return (
    <section className="dashboard-card due-card" aria-labelledby={titleId}>
      <div className="card-header">
        <h3 id={titleId}>Due in the next {dayCount} days</h3>
      </div>
      {days.length === 0 ? (
        <p className="card-empty">
          Nothing due in the next {dayCount} days: no open deadline, interview, follow-up or start date.
        </p>
      ) : (
        <ol className="due-days">
          {days.map((day) => (
            <Day key={day.day} day={day} now={now} />
          ))}
        </ol>
      )}
    </section>
  );
}
