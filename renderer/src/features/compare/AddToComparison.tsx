// "Add an application": a list of the applications the table's filters and search let through,
// offers first, each added as a new column of the comparison.
import { useId, useMemo, useState, type FormEvent, type RefObject } from 'react';
import type { Application } from '@shared/application';
import { COMPARE_LIMIT, comparedName, isOffer } from '@shared/compare/compareOffers';
import { countOf } from '@shared/countOf';
import { stageLabel } from '@shared/pipeline';
import { useApplicationCount, usePipeline, useTableRows } from '../../model/queries';
import type { TableQuery } from '../../model/tableView';
import { useUiStore } from '../../state/uiStore';

const byName = (a: Application, b: Application) =>
  a.company.localeCompare(b.company, 'en', { sensitivity: 'base' }) ||
  a.role.localeCompare(b.role, 'en', { sensitivity: 'base' });

interface AddToComparisonProps {
  /** Ids in the comparison now (shown or waiting): not offered again. */
  picked: readonly string[];
  /** How many columns there are: at the limit, nothing more can be added. */
  shown: number;
  selectRef: RefObject<HTMLSelectElement | null>;
}

export function AddToComparison({ picked, shown, selectRef }: AddToComparisonProps) {
  const search = useUiStore((s) => s.search);
  const filters = useUiStore((s) => s.filters);
  const sort = useUiStore((s) => s.sort);
  const filtersCleared = useUiStore((s) => s.filtersCleared);
  const compareChanged = useUiStore((s) => s.compareChanged);
  const pipeline = usePipeline();
  const total = useApplicationCount();
  // The same query as the table's, so the list follows its search and filters.
  const query: TableQuery = useMemo(() => ({ sort, filters, search }), [sort, filters, search]);
  const rows = useTableRows(query);
  const [chosen, setChosen] = useState('');
  const [message, setMessage] = useState('');
  const id = useId();

  const { offers, others } = useMemo(() => {
    const left = rows.map((row) => row.app).filter((app) => !picked.includes(app.id));
    return {
      offers: left.filter(isOffer).sort(byName),
      others: left.filter((app) => !isOffer(app)).sort(byName),
    };
  }, [rows, picked]);

  const chosenApp = [...offers, ...others].find((app) => app.id === chosen) ?? null;
  const full = shown >= COMPARE_LIMIT;
  const narrowed =
    search !== '' ||
    filters.phases.length + filters.stageIds.length + filters.workModes.length + filters.tags.length > 0;

  function add(event: FormEvent) {
    event.preventDefault();
    if (full) return setMessage(`Up to ${COMPARE_LIMIT} side by side: remove one to add another.`);
    if (chosenApp === null) return setMessage('Choose an application to add first.');
    // Ids of applications deleted since are dropped with this change.
    compareChanged([...picked, chosenApp.id]);
    setChosen('');
    setMessage(`Added ${comparedName(chosenApp)}.`);
  }

  const option = (app: Application) => (
    <option key={app.id} value={app.id}>
      {comparedName(app)} ({stageLabel(pipeline, app)})
    </option>
  );

  return (
    <form className="compare-add" onSubmit={add}>
      <label htmlFor={`${id}-select`}>Add an application</label>
      <select
        ref={selectRef}
        id={`${id}-select`}
        value={chosen}
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          setChosen(event.target.value);
          setMessage('');
        }}
      >
        <option value="">
          {offers.length + others.length === 0 ? 'No other application to add' : 'Choose an application…'}
        </option>
        {offers.length > 0 && <optgroup label="Offers">{offers.map(option)}</optgroup>}
        {others.length > 0 && <optgroup label="Other applications">{others.map(option)}</optgroup>}
      </select>
      <button type="submit" aria-disabled={full || chosenApp === null}>
        Add
      </button>
      <p id={`${id}-hint`} className="compare-add-hint muted small">
        {full
          ? `Up to ${COMPARE_LIMIT} side by side: remove one to add another.`
          : narrowed
            ? `Lists the ${countOf(rows.length, 'application')} of ${total.toLocaleString('en-US')} that the table’s search and filters let through, offers first.`
            : 'Offers first. The table’s search and filters narrow this list.'}
      </p>
      {narrowed && (
        <button
          type="button"
          className="link-button small"
          onClick={() => {
            // The button goes with the filters: the list keeps the keyboard's place.
            selectRef.current?.focus();
            filtersCleared();
          }}
        >
          Clear search and filters
        </button>
      )}
      <p role="status" className="compare-add-message small">
        {message}
      </p>
    </form>
  );
}
