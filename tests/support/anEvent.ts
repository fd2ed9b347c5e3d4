// An interview or other event of an application for tests: a technical interview with nothing
// but its id and start given, and whatever a test cares about in `fields`.
import type { ApplicationEvent } from '../../shared/application';

export function anEvent(id: string, start: string, fields: Partial<ApplicationEvent> = {}): ApplicationEvent {
  return {
    id,
    kind: 'technical',
    title: '',
    start,
    durationMinutes: null,
    location: '',
    people: '',
    notes: '',
    outcome: 'pending',
    ...fields,
  };
}
