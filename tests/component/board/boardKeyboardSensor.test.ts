// A key pressed right after a card is picked up by keyboard, before dnd-kit's sensor listens.
import { KeyboardCode, KeyboardSensor, type KeyboardSensorProps } from '@dnd-kit/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BOARD_KEYS, BoardKeyboardSensor } from '../../../renderer/src/features/board/boardSensors';

let card: HTMLButtonElement;

beforeEach(() => {
  vi.useFakeTimers();
  card = document.createElement('button');
  document.body.append(card);
});

afterEach(() => {
  card.remove();
  vi.useRealTimers();
});

const press = (code: string) =>
  card.dispatchEvent(new KeyboardEvent('keydown', { code, bubbles: true, cancelable: true }));

/** Picks the card up with Space, as dnd-kit would, and reports the moves and drops it is told of. */
function pickUp(Sensor: typeof KeyboardSensor) {
  const moves: number[] = [];
  const ends = vi.fn();
  const pickedUpBy = new KeyboardEvent('keydown', { code: KeyboardCode.Space, bubbles: true });
  card.dispatchEvent(pickedUpBy);
  const props = {
    active: 'card',
    activeNode: {
      id: 'card',
      key: 'card',
      node: { current: card },
      activatorNode: { current: card },
      data: { current: {} },
    },
    event: pickedUpBy,
    context: {
      current: {
        collisionRect: { top: 100, left: 0, right: 200, bottom: 150, width: 200, height: 50 },
        scrollableAncestors: [],
      },
    },
    options: {
      keyboardCodes: BOARD_KEYS,
      coordinateGetter: (event: KeyboardEvent) => (event.code === KeyboardCode.Up ? { x: 0, y: 40 } : undefined),
    },
    onStart: vi.fn(),
    onMove: (coordinates: { y: number }) => moves.push(coordinates.y),
    onEnd: ends,
    onCancel: vi.fn(),
    onAbort: vi.fn(),
    onPending: vi.fn(),
  } as unknown as KeyboardSensorProps;
  new Sensor(props);
  return { moves, ends };
}

describe('BoardKeyboardSensor', () => {
  it('hands on keys pressed before dnd-kit listens, in order', () => {
    const { moves, ends } = pickUp(BoardKeyboardSensor);
    press(KeyboardCode.Up);
    press(KeyboardCode.Space);
    expect(moves).toEqual([]);

    vi.runAllTimers();
    expect(moves).toEqual([-60]);
    expect(ends).toHaveBeenCalledTimes(1);
  });

  it('does not hold keys once dnd-kit listens', () => {
    const { moves } = pickUp(BoardKeyboardSensor);
    vi.runAllTimers();
    press(KeyboardCode.Up);
    expect(moves).toEqual([-60]);
  });

  // Why the sensor exists: if dnd-kit stops losing these keys, it can go.
  it("is needed: dnd-kit's own sensor loses a key pressed that early", () => {
    const { moves } = pickUp(KeyboardSensor);
    press(KeyboardCode.Up);
    vi.runAllTimers();
    expect(moves).toEqual([]);
  });
});
