// Interviews, online assessments and other events of an application, in the editor: each with its
// kind, when (a day, and a time once it is known), how long, where, with whom and how it went.
import {
  EVENT_KIND_LABELS,
  EVENT_KINDS,
  EVENT_OUTCOME_LABELS,
  EVENT_OUTCOMES,
  type EventKind,
  type EventOutcome,
} from '@shared/application';
import { localTimeZone } from '@shared/zoneCountries';
import { DateInput } from '../../components/DateInput';
import { Field } from '../../components/Field';
import { addRowAndFocus, focusNeighbour } from '../../components/focusNeighbour';
import { noError, type SectionProps } from './ApplicationFormSections';
import { timeHint, type EventDraft } from './editorDraft';

export function EventsSection({ draft, setDraft, errorAt = noError }: SectionProps) {
  function addEvent(button: HTMLElement) {
    addRowAndFocus(button, () =>
      setDraft((d) => ({
        ...d,
        events: [
          ...d.events,
          {
            id: crypto.randomUUID(),
            kind: 'phone-screen',
            title: '',
            date: '',
            time: '',
            duration: '',
            location: '',
            people: '',
            notes: '',
            outcome: 'pending',
          },
        ],
      })),
    );
  }

  return (
    <fieldset>
      <legend>Interviews and events</legend>
      <p className="hint small">Times are in your time zone ({localTimeZone()}).</p>
      {draft.events.map((event, index) => (
        <EventRow key={event.id} event={event} index={index} draft={draft} setDraft={setDraft} errorAt={errorAt} />
      ))}
      <button type="button" onClick={(event) => addEvent(event.currentTarget)}>
        Add interview or event
      </button>
    </fieldset>
  );
}

function EventRow({ event, index, setDraft, errorAt = noError }: SectionProps & { event: EventDraft; index: number }) {
  const update = (patch: Partial<EventDraft>) =>
    setDraft((d) => ({ ...d, events: d.events.map((e) => (e.id === event.id ? { ...e, ...patch } : e)) }));
  const error = (field: string) => errorAt(`events.${index}.${field}`);
  return (
    <div className="repeat-row repeat-grid" role="group" aria-label={`Event ${index + 1}`}>
      <Field label="Kind" error={error('kind')}>
        <select value={event.kind} onChange={(e) => update({ kind: e.target.value as EventKind })}>
          {EVENT_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {EVENT_KIND_LABELS[kind]}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Title" hint="Optional, like “Round 2 with the ML team”" error={error('title')} className="span-2">
        <input value={event.title} onChange={(e) => update({ title: e.target.value })} />
      </Field>
      <Field label="Outcome" error={error('outcome')}>
        <select value={event.outcome} onChange={(e) => update({ outcome: e.target.value as EventOutcome })}>
          {EVENT_OUTCOMES.map((outcome) => (
            <option key={outcome} value={outcome}>
              {EVENT_OUTCOME_LABELS[outcome]}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Date" error={error('start')}>
        <DateInput value={event.date} onValue={(date) => update({ date })} />
      </Field>
      <Field label="Time" hint={timeHint(event.date, event.time)} error={error('time')}>
        <DateInput type="time" value={event.time} onValue={(time) => update({ time })} />
      </Field>
      <Field label="Duration in minutes" hint="Optional" error={error('durationMinutes')}>
        <input inputMode="numeric" value={event.duration} onChange={(e) => update({ duration: e.target.value })} />
      </Field>
      <Field label="People" hint="Who you meet" error={error('people')}>
        <input value={event.people} onChange={(e) => update({ people: e.target.value })} />
      </Field>
      <Field label="Location or link" error={error('location')} className="span-4">
        <input value={event.location} onChange={(e) => update({ location: e.target.value })} />
      </Field>
      <Field label="Notes" error={error('notes')} className="span-3">
        <textarea rows={2} value={event.notes} onChange={(e) => update({ notes: e.target.value })} />
      </Field>
      <button
        type="button"
        className="link-button"
        aria-label={`Remove event ${index + 1}`}
        onClick={(click) => {
          focusNeighbour(click.currentTarget.closest('.repeat-row'));
          setDraft((d) => ({ ...d, events: d.events.filter((e) => e.id !== event.id) }));
        }}
      >
        Remove
      </button>
    </div>
  );
}
