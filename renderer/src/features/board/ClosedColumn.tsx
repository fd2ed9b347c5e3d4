// The closed stages folded into one narrow column with their count. A card dragged over it opens
// it, so the card can be dropped in the stage it belongs to.
import { useDroppable } from '@dnd-kit/core';
import { useMemo, type Ref } from 'react';
import { CLOSED_COLUMN, type ColumnData } from './dropTargets';

interface ClosedColumnProps {
  count: number;
  onOpen(): void;
  ref?: Ref<HTMLButtonElement>;
}

export function ClosedColumn({ count, onOpen, ref }: ClosedColumnProps) {
  const data = useMemo<ColumnData>(() => ({ kind: 'column', columnId: CLOSED_COLUMN }), []);
  const { setNodeRef, isOver } = useDroppable({ id: `column:${CLOSED_COLUMN}`, data });
  return (
    <section ref={setNodeRef} className={`board-closed-folded${isOver ? ' drop-over' : ''}`} aria-label="Closed">
      <button
        ref={ref}
        type="button"
        className="board-closed-toggle"
        aria-expanded={false}
        title="Show the closed stages"
        onClick={onOpen}
      >
        <span className="board-closed-label">Closed</span>{' '}
        <span className="board-count">{count.toLocaleString('en-US')}</span>{' '}
        <span className="visually-hidden">{count === 1 ? 'application' : 'applications'}</span>
      </button>
    </section>
  );
}
