// Where a dragged card would land: what each drop target carries, how a card held over another
// column shows in it, and the column and place a drop over a target means.
import type { Active, Over } from '@dnd-kit/core';
import type { TableRow } from '../../model/tableRows';

/** The collapsed "Closed" column: a drop target standing for every closed stage. */
export const CLOSED_COLUMN = 'closed';

/** A card: its row, the column it shows in and its place there (in the list as shown). */
export interface CardData {
  kind: 'card';
  row: TableRow;
  columnId: string;
  index: number;
}

/** A whole column (a stage, or the collapsed Closed column): drops in it when over no card. */
export interface ColumnData {
  kind: 'column';
  columnId: string;
}

export type DropData = CardData | ColumnData;

export function dropDataOf(target: Pick<Over, 'data'> | null | undefined): DropData | null {
  const data = target?.data.current;
  return data && (data.kind === 'card' || data.kind === 'column') ? (data as DropData) : null;
}

/**
 * A card shown somewhere other than its place in the read model: held over another column while
 * dragged, or dropped and not yet written. `index` is its place among the column's other cards.
 */
export interface Placement {
  row: TableRow;
  stageId: string;
  index: number;
}

/** A column's cards as shown: the model's, with a placed card taken out or put in. */
export function placedList(
  base: readonly TableRow[],
  stageId: string,
  placement: Placement | null,
): readonly TableRow[] {
  if (!placement) return base;
  const { row } = placement;
  if (stageId !== row.app.stageId && stageId !== placement.stageId) return base;
  // The model may already hold the card here (a move just written): it shows once, at its place.
  const others = base.filter((r) => r.app.id !== row.app.id);
  if (stageId !== placement.stageId) return others;
  return others.toSpliced(Math.min(placement.index, others.length), 0, row);
}

/** A place in a column: `index` among the column's other cards, out of `count` with the card. */
export interface Target {
  stageId: string;
  index: number;
  count: number;
}

/**
 * The place a drop over `over` means for the dragged card, given the columns as shown. Within the
 * column the card shows in, it takes the place of the card it is over (the column's end when over
 * no card); in another column it goes before the card it is over (after it when past its middle),
 * or at the end. 'closed' when over the collapsed Closed column; null when over nothing.
 */
export function targetOf(
  active: Active,
  over: Over | null,
  lists: ReadonlyMap<string, readonly TableRow[]>,
  placement: Placement | null,
): Target | 'closed' | null {
  const data = dropDataOf(over);
  const dragged = dropDataOf(active);
  if (!over || !data || dragged?.kind !== 'card') return null;
  if (data.kind === 'column' && data.columnId === CLOSED_COLUMN) return 'closed';
  const list = lists.get(data.columnId) ?? [];
  const shownIn = placement?.row.app.id === dragged.row.app.id ? placement.stageId : dragged.row.app.stageId;
  if (data.columnId === shownIn) {
    const index = data.kind === 'card' ? data.index : list.length - 1;
    return { stageId: data.columnId, index: Math.max(0, index), count: list.length };
  }
  let index = list.length;
  if (data.kind === 'card') {
    const moved = active.rect.current.translated;
    const pastMiddle = moved !== null && moved.top + moved.height / 2 > over.rect.top + over.rect.height / 2;
    index = data.index + (pastMiddle ? 1 : 0);
  }
  return { stageId: data.columnId, index, count: list.length + 1 };
}
