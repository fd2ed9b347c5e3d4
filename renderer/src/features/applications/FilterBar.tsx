// Filters for the table: phase, stage, work mode, tags and whether archived applications show.
import { PHASE_LABELS, PHASES, WORK_MODE_LABELS, WORK_MODES } from '@shared/application';
import { countOf } from '@shared/countOf';
import { activeStages, stageNameKey, type Stage } from '@shared/pipeline';
import { useRef, useState, type KeyboardEvent } from 'react';
import { usePipeline } from '../../model/queries';
import { tagKey } from '../../model/tagIndex';
import { useUiStore } from '../../state/uiStore';
import { PAY_SORT_NOTE_ID } from './paySortNote';

function toggled<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

/**
 * The stages to offer beside the phases: not one that is its phase's only stage under the phase's
 * own name ("Applied"), which the phase's box already is, unless it is chosen.
 */
function stagesBesidePhases(stages: readonly Stage[], chosen: readonly string[]): Stage[] {
  return stages.filter(
    (stage) =>
      chosen.includes(stage.id) ||
      stageNameKey(stage.name) !== stageNameKey(PHASE_LABELS[stage.phase]) ||
      stages.some((other) => other !== stage && other.phase === stage.phase),
  );
}

interface FilterBarProps {
  allTags: readonly string[];
  shown: number;
  /** Null while the table is still loading. */
  total: number | null;
  /** Whether the table is sorted by pay, which has its note (paySortNote, null where none is needed). */
  sortedByPay?: boolean;
  note?: string | null;
}

export function FilterBar({ allTags, shown, total, sortedByPay = false, note = null }: FilterBarProps) {
  const filters = useUiStore((s) => s.filters);
  const search = useUiStore((s) => s.search);
  const filtersChanged = useUiStore((s) => s.filtersChanged);
  const filtersCleared = useUiStore((s) => s.filtersCleared);
  const stages = stagesBesidePhases(activeStages(usePipeline()), filters.stageIds);
  const chosen = filters.phases.length + filters.stageIds.length + filters.workModes.length + filters.tags.length;
  const active = chosen > 0 || filters.showArchived || search !== '';

  const [open, setOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);

  // Escape closes the open panel as it closes the app's menus: focus back on Filters, and the key
  // used up, so that it does not close the details around the table too.
  function closeOnEscape(event: KeyboardEvent) {
    if (event.key !== 'Escape' || !open || event.defaultPrevented) return;
    event.preventDefault();
    event.stopPropagation();
    setOpen(false);
    toggleRef.current?.focus();
  }

  return (
    <div className="filter-bar" onKeyDown={closeOnEscape}>
      <button
        ref={toggleRef}
        type="button"
        className="filter-toggle"
        aria-expanded={open}
        aria-controls="filter-options"
        onClick={() => setOpen(!open)}
      >
        Filters{chosen > 0 ? ` (${chosen})` : ''} <span aria-hidden="true">{open ? '▴' : '▾'}</span>
      </button>
      <label className="chip">
        <input
          type="checkbox"
          checked={filters.showArchived}
          onChange={(event) => filtersChanged({ showArchived: event.target.checked })}
        />
        Show archived
      </label>
      {active && (
        <button
          type="button"
          className="link-button"
          onClick={() => {
            // This button goes with the filters: the Filters button keeps the keyboard's place.
            toggleRef.current?.focus();
            filtersCleared();
          }}
        >
          Clear filters
        </button>
      )}
      <span className="filter-count">
        <span role="status">
          {total === null
            ? 'Loading all applications…'
            : shown === total
              ? countOf(total, 'application')
              : `${shown.toLocaleString('en-US')} of ${countOf(total, 'application')}`}
        </span>
        {/* A live region of its own while sorted by pay: heard as the sort changes, not again with
            every count a search changes. */}
        {sortedByPay && (
          <span id={PAY_SORT_NOTE_ID} className="sort-note" role="status">
            {note}
          </span>
        )}
      </span>
      {open && (
        <div id="filter-options" className="filter-options">
          <fieldset className="chip-group">
            <legend>Phase</legend>
            {PHASES.map((phase) => (
              <label key={phase} className="chip">
                <input
                  type="checkbox"
                  checked={filters.phases.includes(phase)}
                  onChange={() => filtersChanged({ phases: toggled(filters.phases, phase) })}
                />
                {PHASE_LABELS[phase]}
              </label>
            ))}
          </fieldset>
          <fieldset className="chip-group">
            <legend>Stage</legend>
            {stages.map((stage) => (
              <label key={stage.id} className="chip">
                <input
                  type="checkbox"
                  checked={filters.stageIds.includes(stage.id)}
                  onChange={() => filtersChanged({ stageIds: toggled(filters.stageIds, stage.id) })}
                />
                {stage.name}
              </label>
            ))}
          </fieldset>
          <fieldset className="chip-group">
            <legend>Work mode</legend>
            {WORK_MODES.map((mode) => (
              <label key={mode} className="chip">
                <input
                  type="checkbox"
                  checked={filters.workModes.includes(mode)}
                  onChange={() => filtersChanged({ workModes: toggled(filters.workModes, mode) })}
                />
                {WORK_MODE_LABELS[mode]}
              </label>
            ))}
          </fieldset>
          {allTags.length > 0 && (
            <fieldset className="chip-group">
              <legend>Tags</legend>
              {allTags.map((tag) => {
                // A tag is chosen whatever its case, as the filter compares it.
                const chosenAs = filters.tags.find((t) => tagKey(t) === tagKey(tag));
                return (
                  <label key={tag} className="chip">
                    <input
                      type="checkbox"
                      checked={chosenAs !== undefined}
                      onChange={() =>
                        filtersChanged({
                          tags:
                            chosenAs === undefined
                              ? [...filters.tags, tag]
                              : filters.tags.filter((t) => t !== chosenAs),
                        })
                      }
                    />
                    {tag}
                  </label>
                );
              })}
            </fieldset>
          )}
        </div>
      )}
    </div>
  );
}
