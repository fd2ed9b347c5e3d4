// The board: a column per stage of the pipeline, the closed stages folded into one, cards moved
// by dragging (pointer or keyboard, through dnd-kit, which tells screen readers each step) or
// from a card's "Move to…". Each move is one write, recorded in the history and undoable.
import {
  DndContext,
  DragOverlay,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import { activeStages, type Stage } from '@shared/pipeline';
import { useData } from '../../db/DataContext';
import type { Columns } from '../../model/boardView';
import { usePipeline } from '../../model/queries';
import type { TableRow } from '../../model/tableRows';
import type { Application } from '@shared/application';
import { deadlinesChangedSentence } from '@shared/deadlinesTicked';
import type { AppliedChange } from '@shared/undoChange';
import { showError, useToastStore } from '../../state/toastStore';
import { useUiStore } from '../../state/uiStore';
import { useCloseDetailsOnEscape } from '../detail/closeDetailsOnEscape';
import { CardFace, cardTitle, CARD_HEIGHT, type CardActions } from './BoardCard';
import { BoardColumn, type FocusRequest } from './BoardColumn';
import { planRanks } from './boardRanks';
import { BOARD_KEYS, BoardKeyboardSensor, boardCollisions, boardKeyboardCoordinates } from './boardSensors';
import { ClosedColumn } from './ClosedColumn';
import { dropDataOf, placedList, targetOf, type Placement, type Target } from './dropTargets';

const EMPTY: readonly TableRow[] = [];

/** Cards a Page Up or Page Down moves focus by. */
const PAGE = 5;

const INSTRUCTIONS = {
  draggable:
    'Press Space or Enter to pick up the card. While it is picked up, the arrow keys move it within its column ' +
    'and to the next column, Space or Enter drops it, and Escape cancels. ' +
    'When it is not picked up, the arrow keys move between cards, M opens Move to… and O opens its details.',
};

/** The card Tab reaches in the board, and its place in its column when it was last focused. */
type TabStop = { columnId: string; id: string; index: number };

/**
 * The card a step from `columnId` that way (1 right, -1 left): in the next column with cards,
 * at `index` or that column's last.
 */
function cardBeside(
  shownStages: readonly Stage[],
  lists: ReadonlyMap<string, readonly TableRow[]>,
  columnId: string,
  index: number,
  step: 1 | -1,
): { columnId: string; index: number } | null {
  const at = shownStages.findIndex((s) => s.id === columnId);
  for (let i = at + step; i >= 0 && i < shownStages.length; i += step) {
    const next = lists.get(shownStages[i]!.id) ?? EMPTY;
    if (next.length > 0) return { columnId: shownStages[i]!.id, index: Math.min(index, next.length - 1) };
  }
  return null;
}

/** Where the card `id` is on the board, if it is shown. */
function cardWithId(
  id: string,
  shownStages: readonly Stage[],
  lists: ReadonlyMap<string, readonly TableRow[]>,
): FocusRequest | null {
  const stage = shownStages.find((s) => lists.get(s.id)?.some((r) => r.app.id === id));
  return stage ? { columnId: stage.id, id } : null;
}

/**
 * The one card Tab reaches in the board: the last one focused while it is still shown (in the
 * column it has moved to, if it has). Gone (deleted, archived, filtered out), the card that took
 * its place in its column, as the table does for its rows; that column now empty, the nearest
 * card beside it, as after Archive. Else the first card.
 */
function tabStopOf(
  last: TabStop | null,
  shownStages: readonly Stage[],
  lists: ReadonlyMap<string, readonly TableRow[]>,
): TabStop | null {
  const cardAt = (columnId: string, index: number): TabStop => ({
    columnId,
    id: lists.get(columnId)![index]!.app.id,
    index,
  });
  if (last) {
    for (const stage of shownStages) {
      const index = lists.get(stage.id)?.findIndex((r) => r.app.id === last.id) ?? -1;
      if (index >= 0) return cardAt(stage.id, index);
    }
    if (shownStages.some((s) => s.id === last.columnId)) {
      const left = lists.get(last.columnId)?.length ?? 0;
      if (left > 0) return cardAt(last.columnId, Math.min(last.index, left - 1));
      const beside =
        cardBeside(shownStages, lists, last.columnId, last.index, 1) ??
        cardBeside(shownStages, lists, last.columnId, last.index, -1);
      if (beside) return cardAt(beside.columnId, beside.index);
    }
  }
  for (const stage of shownStages) if ((lists.get(stage.id)?.length ?? 0) > 0) return cardAt(stage.id, 0);
  return null;
}

interface BoardProps {
  columns: Columns;
  now: Date;
}

export function Board({ columns, now }: BoardProps) {
  const { repository } = useData();
  const pipeline = usePipeline();
  const selectedId = useUiStore((s) => s.selectedId);
  const applicationSelected = useUiStore((s) => s.applicationSelected);
  const showArchived = useUiStore((s) => s.filters.showArchived);
  const closeDetailsOnEscape = useCloseDetailsOnEscape();
  const detailClosedFocus = useUiStore((s) => s.tableFocusRequest);
  const tableFocused = useUiStore((s) => s.tableFocused);
  const toastShown = useToastStore((s) => s.toastShown);

  const stages = useMemo(() => activeStages(pipeline), [pipeline]);
  const openStages = useMemo(() => stages.filter((s) => s.phase !== 'closed'), [stages]);
  const closedStages = useMemo(() => stages.filter((s) => s.phase === 'closed'), [stages]);
  const [closedOpen, setClosedOpen] = useState(false);
  /** The closed stages were opened by a card dragged over them, and fold again unless it stays. */
  const [openedForDrag, setOpenedForDrag] = useState(false);
  const [dragged, setDragged] = useState<TableRow | null>(null);
  // A card moved by keyboard is already where it lands, and whoever asked for less motion gets
  // none: no drop animation then, which also spares the layout it forces when the card drops.
  const [animateDrop, setAnimateDrop] = useState(true);
  const [placement, setPlacement] = useState<Placement | null>(null);
  const [tabStop, setTabStop] = useState<TabStop | null>(null);
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null);
  /** Set on pick-up: the first "over" is the card over its own place, not a move to announce. */
  const justPickedUp = useRef(false);
  const closedToggle = useRef<HTMLButtonElement>(null);
  const boardRef = useRef<HTMLDivElement>(null);

  const lists = useMemo(
    () => new Map(stages.map((stage) => [stage.id, placedList(columns.get(stage.id) ?? EMPTY, stage.id, placement)])),
    [stages, columns, placement],
  );
  const shownStages = useMemo(
    () => (closedOpen ? [...openStages, ...closedStages] : openStages),
    [closedOpen, openStages, closedStages],
  );
  const stageName = (stageId: string) => stages.find((s) => s.id === stageId)?.name ?? 'another stage';

  const resolvedTabStop = useMemo(() => tabStopOf(tabStop, shownStages, lists), [tabStop, shownStages, lists]);

  // Closing the details asks the table for focus (the mechanism the table uses, uiStore's
  // tableFocusRequest); on the board it comes back to the card named (the one the details showed,
  // or one brought back by Undo), else to the tab stop: once the card the details deleted or
  // archived has left, the card that took its place (tabStopOf).
  const namedCard = detailClosedFocus?.id ? cardWithId(detailClosedFocus.id, shownStages, lists) : null;
  const detailFocus: FocusRequest | null =
    detailClosedFocus === null
      ? null
      : (namedCard ?? (resolvedTabStop && resolvedTabStop.id !== detailClosedFocus.except ? resolvedTabStop : null));
  const activeFocusRequest = focusRequest ?? detailFocus;
  const focusDone = useCallback(() => {
    setFocusRequest(null);
    tableFocused();
  }, [tableFocused]);
  // No card left on the board to take it: the Closed column, never the page.
  useEffect(() => {
    if (detailClosedFocus === null || resolvedTabStop !== null || focusRequest !== null) return;
    closedToggle.current?.focus();
    tableFocused();
  }, [detailClosedFocus, resolvedTabStop, focusRequest, tableFocused]);

  /** Opens or folds the closed stages; the button that does it the other way takes focus. */
  function toggleClosed(open: boolean) {
    flushSync(() => {
      setClosedOpen(open);
      setOpenedForDrag(false);
    });
    closedToggle.current?.focus();
  }

  function foldAfterDrag(stageId: string | null) {
    if (openedForDrag && !closedStages.some((s) => s.id === stageId)) setClosedOpen(false);
    setOpenedForDrag(false);
  }

  /** Writes a card's new stage and place (one write; a few more only when ranks must be spread out). */
  async function commit(row: TableRow, to: { stageId: string; index: number }) {
    const others = (columns.get(to.stageId) ?? EMPTY).filter((r) => r.app.id !== row.app.id);
    const from = (columns.get(row.app.stageId) ?? EMPTY).findIndex((r) => r.app.id === row.app.id);
    if (to.stageId === row.app.stageId && to.index === from) return setPlacement(null);
    const pending: Placement = { row, stageId: to.stageId, index: to.index };
    setPlacement(pending);
    setTabStop({ columnId: to.stageId, id: row.app.id, index: to.index });
    try {
      const plan = planRanks(
        others.map((r) => r.app.boardRank),
        to.index,
      );
      const spread =
        plan.renumbered.length > 0
          ? await repository.rerank(
              plan.renumbered.map(({ index, rank }) => ({ ...others[index]!.app, boardRank: rank })),
            )
          : [];
      const moved = await repository.moveOnBoard(row.app.id, { stageId: to.stageId, boardRank: plan.rank });
      const name = stageName(to.stageId);
      toastShown({
        message:
          to.stageId === row.app.stageId
            ? `Moved ${row.app.company} within ${name}.`
            : `Moved ${row.app.company} to ${name}.${deadlinesChangedSentence(moved.before, moved.after)}`,
        tone: 'info',
        action: { label: 'Undo', run: () => undo([moved], row.app, spread) },
      });
    } catch (error) {
      showError(error);
    } finally {
      setPlacement((current) => (current === pending ? null : current));
    }
  }

  /**
   * Undo from the message: the card goes back, and takes focus there (it left the card's old
   * place, or the message), unless the student has gone on to something off the board.
   */
  async function undo(changes: AppliedChange[], card: Application, spread: AppliedChange[] = []) {
    await repository.revert(changes, spread);
    const at = document.activeElement;
    if (at === null || at === document.body || at.tagName === 'MAIN' || boardRef.current?.contains(at))
      setFocusRequest({ columnId: card.stageId, id: card.id });
  }

  const cardBesideIn = (columnId: string, index: number, step: 1 | -1): FocusRequest | null =>
    cardBeside(shownStages, lists, columnId, index, step);

  /**
   * Focus for a card leaving the board's view from `index` in `columnId` (archived, or moved into
   * the folded closed stages): the card that takes its place, or, in the column it leaves empty,
   * `emptied`. Never the page: the keyboard keeps its place on the board.
   */
  function focusInPlaceOf(columnId: string, index: number, emptied: () => void) {
    const left = (lists.get(columnId)?.length ?? 0) - 1;
    if (left > 0) setFocusRequest({ columnId, index: Math.min(index, left - 1) });
    else emptied();
  }

  async function archive(row: TableRow, columnId: string, index: number) {
    const archiving = row.app.archivedAt === null;
    // The card that takes its place takes focus (the card itself, when archived ones show); with
    // none, the nearest card beside, as ← or → would reach it, or the Closed column.
    const focusAfter = () =>
      archiving && !showArchived
        ? focusInPlaceOf(columnId, index, () => {
            const beside = cardBesideIn(columnId, index, 1) ?? cardBesideIn(columnId, index, -1);
            if (beside) setFocusRequest(beside);
            else closedToggle.current?.focus();
          })
        : setFocusRequest({ columnId, index });
    try {
      const changes = await repository.setArchived([row.app.id], archiving);
      focusAfter();
      toastShown({
        message: `${archiving ? 'Archived' : 'Unarchived'} ${row.app.company}.`,
        tone: 'info',
        action: { label: 'Undo', run: () => undo(changes, row.app) },
      });
    } catch (error) {
      showError(error);
    }
  }

  function navigate(event: KeyboardEvent, columnId: string, index: number) {
    if (closeDetailsOnEscape(event)) return;
    const length = lists.get(columnId)?.length ?? 0;
    const within: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + PAGE,
      PageUp: index - PAGE,
      Home: 0,
      End: length - 1,
    };
    if (event.key in within) {
      event.preventDefault();
      setFocusRequest({ columnId, index: Math.max(0, Math.min(length - 1, within[event.key]!)) });
      return;
    }
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    // The next column with cards that way, at the same place or its last card.
    const beside = cardBesideIn(columnId, index, event.key === 'ArrowRight' ? 1 : -1);
    if (beside) setFocusRequest(beside);
  }

  const current: CardActions = {
    open: (row) => applicationSelected(row.app.id),
    moveTo(row, stage) {
      // Into the folded closed stages the card goes out of sight: focus stays with the column it
      // left, as after Archive, or, when it was that column's last card, goes where the card went
      // (the Closed column, whose count now includes it; Enter there shows it).
      if (shownStages.some((s) => s.id === stage.id)) setFocusRequest({ columnId: stage.id, id: row.app.id });
      else {
        const from = lists.get(row.app.stageId)?.findIndex((r) => r.app.id === row.app.id) ?? 0;
        focusInPlaceOf(row.app.stageId, Math.max(0, from), () => closedToggle.current?.focus());
      }
      void commit(row, { stageId: stage.id, index: 0 });
    },
    archive: (row, columnId, index) => void archive(row, columnId, index),
    navigate,
    focused: (columnId, row, index) => {
      if (tabStop?.columnId !== columnId || tabStop.id !== row.app.id || tabStop.index !== index)
        setTabStop({ columnId, id: row.app.id, index });
    },
  };
  // Cards get actions that never change, which call the latest ones: a card re-renders only
  // when what it shows changes, not whenever focus moves on the board.
  const latest = useRef(current);
  useLayoutEffect(() => {
    latest.current = current;
  });
  const actions = useMemo<CardActions>(
    () => ({
      open: (row) => latest.current.open(row),
      moveTo: (row, stage) => latest.current.moveTo(row, stage),
      archive: (row, columnId, index) => latest.current.archive(row, columnId, index),
      navigate: (event, columnId, index) => latest.current.navigate(event, columnId, index),
      focused: (columnId, row, index) => latest.current.focused(columnId, row, index),
    }),
    [],
  );

  const sensors = useSensors(
    // A press that moves less than this is a click: it opens the card's details.
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(BoardKeyboardSensor, { coordinateGetter: boardKeyboardCoordinates, keyboardCodes: BOARD_KEYS }),
  );

  /**
   * A card joining another column is drawn anew there, and the element that had focus is gone:
   * focus follows the card while it is carried, and stays on it where it lands (dnd-kit gives it
   * back only after a keyboard move, and to the card's element from before).
   */
  function focusCard(row: TableRow, columnId: string, carried: boolean) {
    setFocusRequest({ columnId, id: row.app.id, carried });
  }

  function whereOver(event: Pick<DragOverEvent, 'active' | 'over'>): Target | 'closed' | null {
    return targetOf(event.active, event.over, lists, placement);
  }

  function onDragStart({ active, activatorEvent }: DragStartEvent) {
    justPickedUp.current = true;
    const data = dropDataOf(active);
    if (data?.kind === 'card') setDragged(data.row);
    const byKeyboard = activatorEvent instanceof globalThis.KeyboardEvent;
    setAnimateDrop(!byKeyboard && !matchMedia('(prefers-reduced-motion: reduce)').matches);
    // A card carried by keyboard sees the closed stages open from the start: opening them only once
    // it reached the folded column, at the board's far edge, left it pinned there, half out of view
    // (dnd-kit scrolls the board under the card and never moves it back).
    if (byKeyboard && !closedOpen) {
      setClosedOpen(true);
      setOpenedForDrag(true);
    }
  }

  function onDragOver(event: DragOverEvent) {
    const target = whereOver(event);
    const data = dropDataOf(event.active);
    if (target === 'closed') {
      if (!closedOpen) {
        setClosedOpen(true);
        setOpenedForDrag(true);
      }
      return;
    }
    if (!target || data?.kind !== 'card') return;
    // Within the column the card shows in, dnd-kit's sorting moves the others aside; joining
    // another column, the card is placed there so that column makes room for it.
    const shownIn = placement?.row.app.id === data.row.app.id ? placement.stageId : data.row.app.stageId;
    if (target.stageId === shownIn) return;
    setPlacement({ row: data.row, stageId: target.stageId, index: target.index });
    focusCard(data.row, target.stageId, true);
  }

  function onDragEnd(event: DragEndEvent) {
    const where = whereOver(event);
    const data = dropDataOf(event.active);
    setDragged(null);
    const target = where === 'closed' && closedStages[0] ? { stageId: closedStages[0].id, index: 0 } : where;
    if (!target || target === 'closed' || data?.kind !== 'card') return onDragCancel(event);
    foldAfterDrag(target.stageId);
    focusCard(data.row, target.stageId, false);
    void commit(data.row, target);
  }

  function onDragCancel({ active }: Pick<DragEndEvent, 'active'>) {
    const data = dropDataOf(active);
    setDragged(null);
    setPlacement(null);
    foldAfterDrag(null);
    if (data?.kind === 'card') focusCard(data.row, data.row.app.stageId, false);
  }

  const announcements: Announcements = {
    onDragStart({ active }) {
      const data = dropDataOf(active);
      if (data?.kind !== 'card') return undefined;
      const count = lists.get(data.columnId)?.length ?? 0;
      return `Picked up ${cardTitle(data.row)}, in ${stageName(data.columnId)}, position ${data.index + 1} of ${count}.`;
    },
    onDragOver(event) {
      const first = justPickedUp.current;
      justPickedUp.current = false;
      if (first && event.over?.id === event.active.id) return undefined;
      const target = whereOver(event);
      if (target === 'closed') return 'Over Closed: its stages open.';
      if (!target) return 'Not over a column.';
      return `Moved to ${stageName(target.stageId)}, position ${target.index + 1} of ${target.count}.`;
    },
    onDragEnd(event) {
      const target = whereOver(event);
      if (!target) return 'Move cancelled.';
      return `Dropped in ${target === 'closed' ? (closedStages[0]?.name ?? 'Closed') : stageName(target.stageId)}.`;
    },
    onDragCancel: () => 'Move cancelled.',
  };

  function column(stage: Stage) {
    const rows = lists.get(stage.id) ?? EMPTY;
    return (
      <BoardColumn
        key={stage.id}
        stage={stage}
        rows={rows}
        now={now}
        stages={stages}
        tabStopId={resolvedTabStop?.columnId === stage.id ? resolvedTabStop.id : null}
        selectedId={selectedId}
        draggedId={dragged && (placement?.stageId ?? dragged.app.stageId) === stage.id ? dragged.app.id : null}
        focusRequest={activeFocusRequest?.columnId === stage.id ? activeFocusRequest : null}
        onFocusDone={focusDone}
        actions={actions}
      />
    );
  }

  const closedCount = closedStages.reduce((sum, stage) => sum + (lists.get(stage.id)?.length ?? 0), 0);
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={boardCollisions}
      onDragStart={onDragStart}
      onDragOver={onDragOver}
      onDragEnd={onDragEnd}
      onDragCancel={onDragCancel}
      accessibility={{ announcements, screenReaderInstructions: INSTRUCTIONS }}
      // The board scrolls only with the card near its very edge: columns near the edge stay reachable.
      autoScroll={{ threshold: { x: 0.06, y: 0.12 } }}
    >
      <div className="board" ref={boardRef}>
        {openStages.map(column)}
        {closedOpen ? (
          <div className="board-closed" role="group" aria-labelledby="board-closed-heading">
            <div className="board-closed-header">
              <h2 id="board-closed-heading">Closed</h2>
              <span className="board-count">{closedCount.toLocaleString('en-US')}</span>
              <button
                ref={closedToggle}
                type="button"
                className="link-button"
                aria-expanded={true}
                onClick={() => toggleClosed(false)}
              >
                Fold
              </button>
            </div>
            <div className="board-closed-columns">{closedStages.map(column)}</div>
          </div>
        ) : (
          <ClosedColumn ref={closedToggle} count={closedCount} onOpen={() => toggleClosed(true)} />
        )}
      </div>
      <DragOverlay dropAnimation={animateDrop ? undefined : null}>
        {dragged && (
          <div
            className={`board-card overlay stage-color-${dragged.stage?.color ?? 'gray'}`}
            style={{ height: CARD_HEIGHT }}
          >
            <CardFace row={dragged} now={now} />
          </div>
        )}
      </DragOverlay>
    </DndContext>
  );
}
