// The Board view: the table's filters and search over the pipeline's columns, and the chosen
// card's details beside them. Reads everything from the read model (model/queries.ts).
import { useMemo } from 'react';
import { activeStages } from '@shared/pipeline';
import type { BoardQuery } from '../../model/boardView';
import {
  useAllTags,
  useApplicationCount,
  useBoardColumns,
  useModelError,
  useModelNow,
  useModelStatus,
  usePipeline,
  useTableRow,
} from '../../model/queries';
import { useUiStore } from '../../state/uiStore';
import { FilterBar } from '../applications/FilterBar';
import { ApplicationDetail } from '../detail/ApplicationDetail';
import { Board } from './Board';

export function BoardView() {
  const status = useModelStatus();
  const error = useModelError();
  const now = useModelNow();
  const search = useUiStore((s) => s.search);
  const filters = useUiStore((s) => s.filters);
  const selectedId = useUiStore((s) => s.selectedId);
  const query: BoardQuery = useMemo(() => ({ filters, search }), [filters, search]);
  const columns = useBoardColumns(query);
  const pipeline = usePipeline();
  const total = useApplicationCount();
  const allTags = useAllTags();
  const selected = useTableRow(selectedId)?.app ?? null;

  const shown = useMemo(
    () => activeStages(pipeline).reduce((sum, stage) => sum + (columns.get(stage.id)?.length ?? 0), 0),
    [pipeline, columns],
  );

  if (status === 'failed') {
    return (
      <p className="field-error" role="alert">
        The applications could not be read: {error}
      </p>
    );
  }
  // The board shows every column at once, so it waits for all applications, not a first screen.
  if (status !== 'ready') return <p className="loading">Loading applications…</p>;

  return (
    <div className={selected ? 'board-view with-detail' : 'board-view'}>
      <div className="board-main">
        <FilterBar allTags={allTags} shown={shown} total={total} />
        <Board columns={columns} now={now} />
      </div>
      {selected && <ApplicationDetail app={selected} now={now} />}
    </div>
  );
}
