// The days the dashboard counts: a preset that moves with the days, or dates of the user's own.
import { useId, useState } from 'react';
import type { CalendarDate } from '@shared/calendarDate';
import {
  chosenRange,
  RANGE_PRESET_LABELS,
  RANGE_PRESETS,
  rangeProblem,
  type DayRange,
  type RangeChoice,
  type RangePreset,
} from '@shared/dashboard/dateRange';
import { DateInput, NO_SUCH_DATE, NO_SUCH_DATE_MESSAGE } from '../../components/DateInput';
import { useUiStore } from '../../state/uiStore';

const OPTIONS: { value: RangePreset | 'custom'; label: string }[] = [
  ...RANGE_PRESETS.map((preset) => ({ value: preset, label: RANGE_PRESET_LABELS[preset] })),
  { value: 'custom', label: 'Custom' },
];

/** Why the dates typed cannot be counted, or null when they can. */
function problemOf(draft: DayRange): string | null {
  // A day that does not exist is no open end.
  if (draft.from === NO_SUCH_DATE || draft.to === NO_SUCH_DATE) return NO_SUCH_DATE_MESSAGE;
  return rangeProblem(draft);
}

export function RangePicker({ today }: { today: CalendarDate }) {
  const choice = useUiStore((s) => s.dashboardRange);
  const rangeChosen = useUiStore((s) => s.dashboardRangeChosen);
  // What is typed, kept even while it cannot be used (a start after the end).
  const [draft, setDraft] = useState(() => chosenRange(choice, today));
  const problem = problemOf(draft);
  const problemId = useId();

  function choose(value: RangePreset | 'custom') {
    if (value !== 'custom') return rangeChosen({ preset: value });
    // A custom range starts from the days shown, so nothing moves until a date is changed.
    const range = chosenRange(choice, today);
    setDraft(range);
    rangeChosen({ preset: 'custom', range });
  }

  function typed(edge: 'from' | 'to', value: string) {
    const next = { ...draft, [edge]: value === '' ? null : value };
    setDraft(next);
    if (problemOf(next) === null) rangeChosen({ preset: 'custom', range: next } satisfies RangeChoice);
  }

  return (
    <div className="range-picker">
      <fieldset className="segmented">
        <legend className="visually-hidden">Date range</legend>
        {OPTIONS.map((option) => (
          <label key={option.value} className={choice.preset === option.value ? 'segment checked' : 'segment'}>
            <input
              type="radio"
              name="dashboard-range"
              value={option.value}
              checked={choice.preset === option.value}
              onChange={() => choose(option.value)}
            />
            {option.label}
          </label>
        ))}
      </fieldset>
      {choice.preset === 'custom' && (
        <div className="range-dates">
          <label>
            From
            <DateInput
              value={draft.from ?? ''}
              aria-invalid={problem !== null}
              aria-describedby={problem ? problemId : undefined}
              onValue={(value) => typed('from', value)}
            />
          </label>
          <label>
            To
            <DateInput
              value={draft.to ?? ''}
              aria-invalid={problem !== null}
              aria-describedby={problem ? problemId : undefined}
              onValue={(value) => typed('to', value)}
            />
          </label>
          {problem && (
            <p id={problemId} className="field-error" role="alert">
              {problem}; the numbers keep the last range that worked.
            </p>
          )}
        </div>
      )}
    </div>
  );
}
