// The small shape before each calendar item and in the legend: a shape of its own per kind as
// well as a colour, so the kinds tell apart without colour too.
import type { CalendarItemKind } from '@shared/calendarItems';

const SHAPES: Record<CalendarItemKind, string> = {
  deadline: 'M6 0.5 11.5 6 6 11.5 0.5 6Z',
  event: 'M6 1a5 5 0 1 1 0 10A5 5 0 0 1 6 1Z',
  'cohort-start': 'M2 0.8 11 6 2 11.2Z',
  'cohort-end': 'M1.5 1.5h9v9h-9Z',
  'follow-up': 'M6 1a5 5 0 1 1 0 10A5 5 0 0 1 6 1Zm0 2.2a2.8 2.8 0 1 0 0 5.6 2.8 2.8 0 0 0 0-5.6Z',
  reminder:
    'M6 0.8c-.5 0-.9.4-.9.9v.4C3.4 2.5 2.3 4 2.3 5.8v2.4L1 9.6v.6h10v-.6L9.7 8.2V5.8c0-1.8-1.1-3.3-2.8-3.7v-.4c0-.5-.4-.9-.9-.9ZM4.8 10.8a1.2 1.2 0 0 0 2.4 0Z',
};

export function KindMarker({ kind }: { kind: CalendarItemKind }) {
  return (
    <svg className={`kind-marker kind-${kind}`} viewBox="0 0 12 12" width="10" height="10" aria-hidden="true">
      <path d={SHAPES[kind]} fill="currentColor" fillRule="evenodd" />
    </svg>
  );
}
