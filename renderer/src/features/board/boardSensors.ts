// How dnd-kit reads a drag on the board: which target the card is over (a card, else the nearest
// card of the column it is in, else the column), and where the arrow keys take a picked-up card.
import {
  closestCenter,
  KeyboardCode,
  KeyboardSensor,
  pointerWithin,
  rectIntersection,
  type ClientRect,
  type CollisionDetection,
  type KeyboardCodes,
  type KeyboardCoordinateGetter,
  type KeyboardSensorProps,
} from '@dnd-kit/core';
import { dropDataOf } from './dropTargets';

/** Space or Enter picks up and drops; Escape cancels, and so does Tab rather than drop by surprise. */
export const BOARD_KEYS: KeyboardCodes = {
  start: [KeyboardCode.Space, KeyboardCode.Enter],
  cancel: [KeyboardCode.Esc, KeyboardCode.Tab],
  end: [KeyboardCode.Space, KeyboardCode.Enter],
};

/**
 * dnd-kit's keyboard sensor starts listening one task after a card is picked up, so that the key
 * that picked it up does not drop it again. On a busy machine the "Picked up" announcement can
 * show before that task runs, and a key pressed then was lost. This sensor holds such keys and
 * hands them on, in order, once dnd-kit listens.
 */
export class BoardKeyboardSensor extends KeyboardSensor {
  constructor(props: KeyboardSensorProps) {
    super(props);
    const target = props.event.target;
    if (!(target instanceof Node) || !target.ownerDocument) return;
    const document = target.ownerDocument;
    const held: KeyboardEvent[] = [];
    const hold = (event: KeyboardEvent) => {
      if (event === props.event) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      held.push(event);
    };
    document.addEventListener('keydown', hold, true);
    // Queued after dnd-kit's own timer, so this runs once its listener is in place.
    setTimeout(() => {
      document.removeEventListener('keydown', hold, true);
      for (const event of held) (event.target ?? document).dispatchEvent(new KeyboardEvent('keydown', event));
    });
  }
}

/**
 * The card under the pointer (or, from the keyboard, the card the moved card covers most); over a
 * column but between cards, that column's nearest card; over an empty column, the column itself.
 */
export const boardCollisions: CollisionDetection = (args) => {
  const underPointer = args.pointerCoordinates ? pointerWithin(args) : [];
  const hits = underPointer.length > 0 ? underPointer : rectIntersection(args);
  const card = hits.find((hit) => dropDataOf(hit.data?.droppableContainer)?.kind === 'card');
  if (card) return [card];
  const column = dropDataOf(hits[0]?.data?.droppableContainer);
  if (!hits[0] || column?.kind !== 'column') return [];
  const cards = args.droppableContainers.filter((entry) => {
    const data = dropDataOf(entry);
    return data?.kind === 'card' && data.columnId === column.columnId;
  });
  return cards.length > 0 ? closestCenter({ ...args, droppableContainers: cards }) : [hits[0]];
};

interface Placeable {
  columnId: string;
  rect: ClientRect;
}

/**
 * How far below a column's top its cards begin (its header's height): where a card carried into
 * an empty column is put, so it does not cover the column's name.
 */
function cardsOffset(column: HTMLElement | null): number {
  const cards = column?.querySelector('.board-column-scroll');
  return column && cards ? cards.getBoundingClientRect().top - column.getBoundingClientRect().top : 0;
}

function nearestByTop(candidates: readonly Placeable[], top: number): Placeable | undefined {
  return candidates.reduce<Placeable | undefined>(
    (best, c) => (best === undefined || Math.abs(c.rect.top - top) < Math.abs(best.rect.top - top) ? c : best),
    undefined,
  );
}

/**
 * Up and down move the picked-up card one place within its column; left and right take it to the
 * neighbouring column (empty ones included), beside the card nearest its height there.
 */
export const boardKeyboardCoordinates: KeyboardCoordinateGetter = (event, { context }) => {
  const { active, over, collisionRect, droppableRects, droppableContainers } = context;
  const direction = event.code;
  const vertical = direction === KeyboardCode.Up || direction === KeyboardCode.Down;
  if (!vertical && direction !== KeyboardCode.Left && direction !== KeyboardCode.Right) return undefined;
  event.preventDefault();
  if (!active || !collisionRect) return undefined;

  const cards: Placeable[] = [];
  const columns: Array<Placeable & { cardsTop: number }> = [];
  for (const entry of droppableContainers.getEnabled()) {
    const data = dropDataOf(entry);
    const rect = droppableRects.get(entry.id);
    if (!data || !rect) continue;
    if (data.kind === 'column')
      columns.push({ columnId: data.columnId, rect, cardsTop: rect.top + cardsOffset(entry.node.current) });
    else if (entry.id !== active.id) cards.push({ columnId: data.columnId, rect });
  }
  const here = (dropDataOf(over) ?? dropDataOf(active))?.columnId;

  if (vertical) {
    const down = direction === KeyboardCode.Down;
    const next = nearestByTop(
      cards.filter(
        (c) => c.columnId === here && (down ? c.rect.top > collisionRect.top : c.rect.top < collisionRect.top),
      ),
      collisionRect.top,
    );
    return next ? { x: next.rect.left, y: next.rect.top } : undefined;
  }

  const hereRect = columns.find((c) => c.columnId === here)?.rect;
  if (!hereRect) return undefined;
  const right = direction === KeyboardCode.Right;
  const column = columns
    .filter((c) => (right ? c.rect.left > hereRect.left : c.rect.left < hereRect.left))
    .sort((a, b) => Math.abs(a.rect.left - hereRect.left) - Math.abs(b.rect.left - hereRect.left))[0];
  if (!column) return undefined;
  const beside = nearestByTop(
    cards.filter((c) => c.columnId === column.columnId),
    collisionRect.top,
  );
  return beside ? { x: beside.rect.left, y: beside.rect.top } : { x: column.rect.left, y: column.cardsTop };
};
