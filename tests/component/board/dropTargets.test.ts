// Where a dragged card lands: how a placed card shows in the columns, and which column and place
// a drop over each kind of target means.
import type { Active, ClientRect, Over } from '@dnd-kit/core';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PIPELINE } from '@shared/pipeline';
import {
  CLOSED_COLUMN,
  placedList,
  targetOf,
  type DropData,
  type Placement,
} from '../../../renderer/src/features/board/dropTargets';
import { toTableRows, type TableRow } from '../../../renderer/src/model/tableRows';
import { anApplication } from '../applicationFixture';

const NOW = new Date('2026-03-02T10:00:00-08:00');
const row = (id: string, stage: string): TableRow =>
  toTableRows([anApplication(id, {}, { stage })], DEFAULT_PIPELINE, NOW)[0]!;

const [a1, a2, a3] = [row('a1', 'applied'), row('a2', 'applied'), row('a3', 'applied')];
const [p1, p2] = [row('p1', 'phone-screen'), row('p2', 'phone-screen')];
const ids = (rows: readonly TableRow[]) => rows.map((r) => r.app.id);

function rect(top: number): ClientRect {
  return { top, bottom: top + 100, left: 0, right: 260, width: 260, height: 100 };
}

/** The dragged card as dnd-kit hands it over: its data, and where it is now drawn. */
function dragging(card: TableRow, columnId: string, index: number, drawnAt: number | null = null): Active {
  const data: DropData = { kind: 'card', row: card, columnId, index };
  return {
    id: card.app.id,
    data: { current: data },
    rect: { current: { initial: null, translated: drawnAt === null ? null : rect(drawnAt) } },
  };
}

function over(data: DropData, top = 0): Over {
  return {
    id: data.kind === 'card' ? data.row.app.id : `column:${data.columnId}`,
    rect: rect(top),
    disabled: false,
    data: { current: data },
  };
}

const lists = new Map<string, readonly TableRow[]>([
  ['applied', [a1, a2, a3]],
  ['phone-screen', [p1, p2]],
  ['final-round', []],
]);

describe('placedList', () => {
  const placement: Placement = { row: a2, stageId: 'phone-screen', index: 1 };

  it('leaves every column alone when nothing is placed, and columns the placed card is not in or going to', () => {
    const applied = [a1, a2, a3];
    expect(placedList(applied, 'applied', null)).toBe(applied);
    expect(placedList([], 'final-round', placement)).toEqual([]);
  });

  it('takes the card out of its column and shows it at its place in the other', () => {
    expect(ids(placedList([a1, a2, a3], 'applied', placement))).toEqual(['a1', 'a3']);
    expect(ids(placedList([p1, p2], 'phone-screen', placement))).toEqual(['p1', 'a2', 'p2']);
  });

  it('shows the card once when the model already holds it in its new column', () => {
    const written = row('a2', 'phone-screen');
    expect(ids(placedList([p1, p2, written], 'phone-screen', placement))).toEqual(['p1', 'a2', 'p2']);
    expect(placedList([p1, p2, written], 'phone-screen', placement)[1]).toBe(a2);
  });
});

describe('targetOf', () => {
  it('within its own column, the card takes the place of the card it is over', () => {
    expect(
      targetOf(dragging(a1, 'applied', 0), over({ kind: 'card', row: a3, columnId: 'applied', index: 2 }), lists, null),
    ).toEqual({
      stageId: 'applied',
      index: 2,
      count: 3,
    });
    expect(
      targetOf(dragging(a3, 'applied', 2), over({ kind: 'card', row: a3, columnId: 'applied', index: 2 }), lists, null),
    ).toEqual({
      stageId: 'applied',
      index: 2,
      count: 3,
    });
  });

  it('over its own column but no card, the card goes to the end', () => {
    expect(targetOf(dragging(a1, 'applied', 0), over({ kind: 'column', columnId: 'applied' }), lists, null)).toEqual({
      stageId: 'applied',
      index: 2,
      count: 3,
    });
  });

  it('in another column, the card goes before the card it is over, or after it once past its middle', () => {
    // The card over is drawn 200–300 (middle 250); the dragged card's middle is 230, then 270.
    const phone1 = over({ kind: 'card', row: p2, columnId: 'phone-screen', index: 1 }, 200);
    expect(targetOf(dragging(a1, 'applied', 0, 180), phone1, lists, null)).toEqual({
      stageId: 'phone-screen',
      index: 1,
      count: 3,
    });
    expect(targetOf(dragging(a1, 'applied', 0, 220), phone1, lists, null)).toEqual({
      stageId: 'phone-screen',
      index: 2,
      count: 3,
    });
  });

  it('over an empty column, the card is its first', () => {
    expect(
      targetOf(dragging(a1, 'applied', 0), over({ kind: 'column', columnId: 'final-round' }), lists, null),
    ).toEqual({
      stageId: 'final-round',
      index: 0,
      count: 1,
    });
  });

  it('counts a card placed in another column as in that column', () => {
    const placed = new Map(lists).set('phone-screen', [p1, a1, p2]).set('applied', [a2, a3]);
    const placement: Placement = { row: a1, stageId: 'phone-screen', index: 1 };
    expect(
      targetOf(
        dragging(a1, 'phone-screen', 1),
        over({ kind: 'card', row: p2, columnId: 'phone-screen', index: 2 }),
        placed,
        placement,
      ),
    ).toEqual({ stageId: 'phone-screen', index: 2, count: 3 });
    // Back over its own stage's column, it joins it again like any other column.
    expect(
      targetOf(dragging(a1, 'phone-screen', 1), over({ kind: 'column', columnId: 'applied' }), placed, placement),
    ).toEqual({
      stageId: 'applied',
      index: 2,
      count: 3,
    });
  });

  it('says "closed" over the folded Closed column, and nothing over no target', () => {
    expect(targetOf(dragging(a1, 'applied', 0), over({ kind: 'column', columnId: CLOSED_COLUMN }), lists, null)).toBe(
      'closed',
    );
    expect(targetOf(dragging(a1, 'applied', 0), null, lists, null)).toBeNull();
  });
});
