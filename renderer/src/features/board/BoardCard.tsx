// A card on the board: company, role, next date, pay per month, excitement and tags. The card is
// its own drag handle and takes focus; "Move to…" and "Details" sit beside the handle, not inside
// it, so no control is nested in another.
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { memo, useCallback, useId, useMemo, useRef, type KeyboardEvent } from 'react';
import { monthlyPayText } from '@shared/payNormalize';
import type { Stage } from '@shared/pipeline';
import { dateAndDistance } from '../../components/formatDates';
import type { TableRow } from '../../model/tableRows';
import type { CardData } from './dropTargets';
import { MoveToMenu, type MoveToMenuHandle } from './MoveToMenu';

/** Every card is this tall, so a column can be windowed without measuring. */
export const CARD_HEIGHT = 116;

/** "Stripe — Software Engineering Intern": how screen readers and messages name a card. */
export function cardTitle(row: TableRow): string {
  return row.app.role ? `${row.app.company} — ${row.app.role}` : row.app.company;
}

function Excitement({ value }: { value: number }) {
  return (
    <span className="excitement" role="img" aria-label={`Excitement ${value} of 5`}>
      {'●'.repeat(value)}
      {/* Hollow, not only paler: high-contrast modes draw every dot in one colour. */}
      <span className="excitement-rest">{'○'.repeat(5 - value)}</span>
    </span>
  );
}

// The card's parts are memoised: dnd-kit re-renders every card in view when a drag starts or
// ends, and only the card's frame (its place and transform) changes then.

/** The card's name: company and role ("Stripe — Software Engineering Intern" to a screen reader). */
const CardName = memo(function CardName({ row }: { row: TableRow }) {
  return (
    <>
      <span className="board-card-company">{row.app.company}</span>
      {row.app.role && <span className="visually-hidden"> — </span>}
      <span className="board-card-role">{row.app.role}</span>
    </>
  );
});

/** Next date, pay per month, excitement and tags: what a screen reader hears after the name. */
const CardDetails = memo(function CardDetails({ row, now, id }: { row: TableRow; now: Date; id?: string }) {
  const { app, next } = row;
  const payText = monthlyPayText(row.pay, app.pay);
  return (
    <div className="board-card-details" id={id}>
      <span className="board-card-next">
        {next ? (
          <>
            <span className="board-card-when">{dateAndDistance(next.at, now)}</span>{' '}
            <span className="muted">{next.label}</span>
          </>
        ) : (
          <span className="muted">Nothing coming up</span>
        )}
      </span>
      <span className="board-card-meta">
        <span className="board-card-pay" title={payText.title || undefined}>
          {payText.monthly ? `${payText.amount} a month` : [payText.amount, payText.what].filter(Boolean).join(', ')}
        </span>
        {app.excitement !== null && <Excitement value={app.excitement} />}
      </span>
      <span className="board-card-tags">
        {app.archivedAt && <span className="tag tag-archived">Archived</span>}
        {app.tags.map((tag) => (
          <span key={tag} className="tag">
            {tag}
          </span>
        ))}
      </span>
    </div>
  );
});

/** The card as drawn under the pointer while it is dragged. */
export function CardFace({ row, now }: { row: TableRow; now: Date }) {
  return (
    <>
      <div className="board-card-body">
        <CardName row={row} />
      </div>
      <CardDetails row={row} now={now} />
    </>
  );
}

export interface CardActions {
  /** Opens the card's details beside the board. */
  open(row: TableRow): void;
  moveTo(row: TableRow, stage: Stage): void;
  archive(row: TableRow, columnId: string, index: number): void;
  /** Arrow keys and the like on a card that is not picked up: moving focus on the board. */
  navigate(event: KeyboardEvent, columnId: string, index: number): void;
  /** Focus reached the card, at `index` in its column. */
  focused(columnId: string, row: TableRow, index: number): void;
}

interface BoardCardProps {
  row: TableRow;
  columnId: string;
  index: number;
  count: number;
  /** Where the column's window puts it. */
  top: number;
  now: Date;
  isTabStop: boolean;
  isSelected: boolean;
  /** Stages the card can move to (every active stage but its own). */
  destinations: readonly Stage[];
  actions: CardActions;
}

export const BoardCard = memo(function BoardCard({
  row,
  columnId,
  index,
  count,
  top,
  now,
  isTabStop,
  isSelected,
  destinations,
  actions,
}: BoardCardProps) {
  const data = useMemo<CardData>(() => ({ kind: 'card', row, columnId, index }), [row, columnId, index]);
  const { active, attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } =
    useSortable({
      id: row.app.id,
      data,
      attributes: { roleDescription: 'card' },
    });
  const detailsId = useId();
  const menu = useRef<MoveToMenuHandle>(null);
  const title = cardTitle(row);
  const tabIndex = isTabStop ? 0 : -1;
  const moveTo = useCallback((stage: Stage) => actions.moveTo(row, stage), [actions, row]);
  const archive = useCallback(() => actions.archive(row, columnId, index), [actions, row, columnId, index]);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    // dnd-kit's keyboard sensor picks the card up on Space or Enter (and marks the event handled).
    listeners?.onKeyDown?.(event);
    // While a card is picked up, the keys are dnd-kit's.
    if (active || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'o' || event.key === 'O') {
      event.preventDefault();
      actions.open(row);
    } else if (event.key === 'm' || event.key === 'M') {
      event.preventDefault();
      menu.current?.open(event.currentTarget);
    } else {
      actions.navigate(event, columnId, index);
    }
  }

  const classes = [
    'board-card',
    isDragging && 'placeholder',
    isSelected && 'selected',
    row.app.archivedAt && 'archived',
  ];
  return (
    <div
      ref={setNodeRef}
      role="listitem"
      aria-setsize={count}
      aria-posinset={index + 1}
      data-index={index}
      className={classes.filter(Boolean).join(' ')}
      style={{ top, height: CARD_HEIGHT, transform: CSS.Translate.toString(transform), transition }}
    >
      {/* The handle covers the whole card; the details over it let the pointer through. Its name
          is what it holds, company and role, and the details describe it, except while it is
          carried: focus follows it into each column, and there the move's announcement says enough. */}
      <div
        ref={setActivatorNodeRef}
        {...attributes}
        {...listeners}
        className="board-card-body"
        tabIndex={tabIndex}
        aria-describedby={isDragging ? undefined : `${detailsId} ${attributes['aria-describedby']}`}
        onKeyDown={onKeyDown}
        onFocus={() => actions.focused(columnId, row, index)}
        onClick={() => actions.open(row)}
      >
        <CardName row={row} />
      </div>
      <CardDetails row={row} now={now} id={detailsId} />
      <div className="board-card-actions">
        <MoveToMenu
          ref={menu}
          subject={title}
          stages={destinations}
          archived={row.app.archivedAt !== null}
          tabIndex={tabIndex}
          onMove={moveTo}
          onArchive={archive}
        />
        <button
          type="button"
          className="board-card-button"
          aria-label={`Details of ${title}`}
          title="Details (O)"
          tabIndex={tabIndex}
          onClick={() => actions.open(row)}
        >
          <span aria-hidden="true">›</span>
        </button>
      </div>
    </div>
  );
});
