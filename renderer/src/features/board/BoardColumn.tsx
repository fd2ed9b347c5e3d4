// One stage's column: its name, colour and count over a windowed list of cards (only what is on
// screen is in the DOM, so a column of 10,000 scrolls smoothly). The whole column is a drop
// target, so an empty one takes drops too; its rendered cards are the sortable items.
import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useId, useMemo, useRef } from 'react';
import type { Stage } from '@shared/pipeline';
import type { TableRow } from '../../model/tableRows';
import { BoardCard, CARD_HEIGHT, type CardActions } from './BoardCard';
import type { ColumnData } from './dropTargets';

/** Space between cards. */
const GAP = 8;
const ROW_HEIGHT = CARD_HEIGHT + GAP;

/**
 * A card to focus in a column: by id, or by place (the card that took a removed card's place).
 * `carried`: the card is being dragged, and focus must not scroll the board under it.
 */
export type FocusRequest = ({ columnId: string; id: string } | { columnId: string; index: number }) & {
  carried?: boolean;
};

interface BoardColumnProps {
  stage: Stage;
  rows: readonly TableRow[];
  now: Date;
  /** Every active stage, for each card's "Move to…". */
  stages: readonly Stage[];
  /** The card that takes Tab into the board, when it is in this column. */
  tabStopId: string | null;
  selectedId: string | null;
  /** The card being dragged, when it shows in this column: kept rendered while it scrolls away. */
  draggedId: string | null;
  focusRequest: FocusRequest | null;
  onFocusDone(): void;
  actions: CardActions;
}

export const BoardColumn = memo(function BoardColumn({
  stage,
  rows,
  now,
  stages,
  tabStopId,
  selectedId,
  draggedId,
  focusRequest,
  onFocusDone,
  actions,
}: BoardColumnProps) {
  const headingId = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  const data = useMemo<ColumnData>(() => ({ kind: 'column', columnId: stage.id }), [stage.id]);
  const { setNodeRef, isOver } = useDroppable({ id: `column:${stage.id}`, data });
  const destinations = useMemo(() => stages.filter((s) => s.id !== stage.id), [stages, stage.id]);

  // The tab stop and the dragged card stay rendered wherever the column is scrolled: one holds
  // the keyboard's place in the board, the other is what dnd-kit is moving.
  const kept = useMemo(
    () =>
      [tabStopId, draggedId]
        .filter((id) => id !== null)
        .map((id) => rows.findIndex((row) => row.app.id === id))
        .filter((index) => index >= 0),
    [rows, tabStopId, draggedId],
  );
  const rangeExtractor = useCallback(
    (range: Range) => [...new Set([...defaultRangeExtractor(range), ...kept])].sort((a, b) => a - b),
    [kept],
  );

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    // Few beyond the window: every rendered card re-renders when a drag ends (dnd-kit).
    overscan: 2,
    rangeExtractor,
    // A screenful on the very first render, before the scroll area has been measured.
    initialRect: { width: 280, height: 800 },
  });
  const virtualItems = virtualizer.getVirtualItems();
  // The sortable items are the rendered cards: dnd-kit measures only what is on screen.
  const renderedIds = useMemo(
    () => virtualItems.map((item) => rows[item.index]?.app.id).filter((id) => id !== undefined),
    [virtualItems, rows],
  );

  // A card outside the window exists only once the scroll has rendered it, so a request stays
  // open until the card is there (as the table does for its rows).
  useEffect(() => {
    if (focusRequest === null || focusRequest.columnId !== stage.id) return;
    const index =
      'id' in focusRequest
        ? rows.findIndex((row) => row.app.id === focusRequest.id)
        : Math.min(focusRequest.index, rows.length - 1);
    if (index < 0) return onFocusDone();
    const card = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${index}"] .board-card-body`);
    if (!card) return virtualizer.scrollToIndex(index);
    // dnd-kit keeps a dragged card where it carries it on screen and reads what lies under it:
    // scrolling the board then would slide another column under the card.
    card.focus({ preventScroll: focusRequest.carried === true });
    onFocusDone();
  }, [focusRequest, rows, stage.id, virtualItems, virtualizer, onFocusDone]);

  return (
    <section
      ref={setNodeRef}
      className={`board-column stage-color-${stage.color}${isOver ? ' drop-over' : ''}`}
      aria-labelledby={headingId}
    >
      <header className="board-column-header">
        <span className="stage-dot" aria-hidden="true" />
        <h2 id={headingId}>{stage.name}</h2>
        <span className="board-count">
          {rows.length.toLocaleString('en-US')}
          <span className="visually-hidden">{rows.length === 1 ? ' application' : ' applications'}</span>
        </span>
      </header>
      {/* Not a tab stop, as Chromium makes a scroller without one inside: the arrow keys reach
          every card from the board's one tab stop, and scroll the column to it. */}
      <div ref={scrollRef} className="board-column-scroll" tabIndex={-1}>
        {rows.length === 0 ? (
          <p className="board-empty">No applications</p>
        ) : (
          <SortableContext id={stage.id} items={renderedIds} strategy={verticalListSortingStrategy}>
            <div
              role="list"
              aria-labelledby={headingId}
              className="board-cards"
              style={{ height: virtualizer.getTotalSize() - GAP }}
            >
              {virtualItems.map((item) => {
                const row = rows[item.index]!;
                return (
                  <BoardCard
                    key={row.app.id}
                    row={row}
                    columnId={stage.id}
                    index={item.index}
                    count={rows.length}
                    top={item.start}
                    now={now}
                    isTabStop={row.app.id === tabStopId}
                    isSelected={row.app.id === selectedId}
                    destinations={destinations}
                    actions={actions}
                  />
                );
              })}
            </div>
          </SortableContext>
        )}
      </div>
    </section>
  );
});
