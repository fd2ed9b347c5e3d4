// An application's interviews and other events: what is coming first (soonest first), then what
// is past (latest first), each with its outcome, which can be changed on the spot.
import {
  EVENT_KIND_LABELS,
  EVENT_OUTCOME_LABELS,
  EVENT_OUTCOMES,
  type Application,
  type ApplicationEvent,
  type EventOutcome,
} from '@shared/application';
import { isCalendarDate, startOfCalendarDate } from '@shared/calendarDate';
import { eventLabel } from '@shared/nextDate';
import { useOptimisticChoice } from '../../components/useOptimisticChoice';
import { formatWhen, formatWhenWithZone } from '../../components/formatDates';

/** "45 min", "1 h", "1 h 30 min". */
export function formatDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

function startTime(event: ApplicationEvent): number {
  return isCalendarDate(event.start) ? startOfCalendarDate(event.start).getTime() : Date.parse(event.start);
}

/** Until when an event counts as coming: a date-only one all its day, a timed one until it ends. */
function endTime(event: ApplicationEvent): number {
  if (isCalendarDate(event.start)) return startOfCalendarDate(event.start).setHours(23, 59, 59, 999);
  return Date.parse(event.start) + (event.durationMinutes ?? 0) * 60_000;
}

const URL_IN_TEXT = /https?:\/\/[^\s]+/;

/** A location as text, its web address (a meeting link) as a button that opens it outside the app. */
function Location({ text, openLink }: { text: string; openLink: (url: string) => void }) {
  const match = URL_IN_TEXT.exec(text);
  if (!match) return <>{text}</>;
  const url = match[0];
  return (
    <>
      {text.slice(0, match.index)}
      <button type="button" className="link-button break-anywhere" onClick={() => openLink(url)}>
        {url}
      </button>
      {text.slice(match.index + url.length)}
    </>
  );
}

interface EventListProps {
  app: Application;
  now: Date;
  openLink: (url: string) => void;
  /** Rejects with what to say when it could not be saved. */
  setOutcome: (eventId: string, outcome: EventOutcome) => Promise<void>;
}

export function EventList({ app, now, openLink, setOutcome }: EventListProps) {
  if (app.events.length === 0) return <p className="muted">No interviews or events. Add them with Edit.</p>;
  const at = now.getTime();
  const byStart = [...app.events].sort((a, b) => startTime(a) - startTime(b));
  const coming = byStart.filter((e) => endTime(e) >= at);
  const past = byStart.filter((e) => endTime(e) < at).reverse();
  const list = (events: ApplicationEvent[], label: string) => (
    <ul className="event-list" aria-label={label}>
      {events.map((event) => (
        <EventItem key={event.id} event={event} openLink={openLink} setOutcome={setOutcome} />
      ))}
    </ul>
  );
  return (
    <>
      {coming.length > 0 && list(coming, 'Coming events')}
      {past.length > 0 && (
        <>
          <h4 className="subheading">Past</h4>
          {list(past, 'Past events')}
        </>
      )}
    </>
  );
}

function EventItem({
  event,
  openLink,
  setOutcome,
}: { event: ApplicationEvent } & Pick<EventListProps, 'openLink' | 'setOutcome'>) {
  const name = eventLabel(event);
  // Shown at once, while it is saved; back, with a message, if saving fails.
  const [outcome, chooseOutcome] = useOptimisticChoice(event.outcome, (value) => setOutcome(event.id, value));
  return (
    <li className={outcome === 'cancelled' ? 'event cancelled' : 'event'}>
      <p className="event-title">
        <strong>{name}</strong>
        {/* The kind beside a title of its own, where it says something: "Interview · Other event" does not. */}
        {event.title.trim() && event.kind !== 'other' && (
          <span className="muted"> · {EVENT_KIND_LABELS[event.kind]}</span>
        )}
      </p>
      <p>
        <time dateTime={event.start}>{formatWhenWithZone(event.start)}</time>
        {event.durationMinutes !== null && <span className="muted"> · {formatDuration(event.durationMinutes)}</span>}
      </p>
      {event.location && (
        <p>
          <span className="muted">Where: </span>
          <Location text={event.location} openLink={openLink} />
        </p>
      )}
      {event.people && (
        <p>
          <span className="muted">With: </span>
          {event.people}
        </p>
      )}
      {event.notes && <p className="notes">{event.notes}</p>}
      <label className="inline-field">
        <span aria-hidden="true">Outcome</span>
        <select
          aria-label={`Outcome of ${name}, ${formatWhen(event.start)}`}
          value={outcome}
          onChange={(e) => chooseOutcome(e.target.value as EventOutcome)}
        >
          {EVENT_OUTCOMES.map((outcome) => (
            <option key={outcome} value={outcome}>
              {EVENT_OUTCOME_LABELS[outcome]}
            </option>
          ))}
        </select>
      </label>
    </li>
  );
}
