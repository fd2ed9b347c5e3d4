import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDueQueue, type DueItem } from '@shared/reminders/dueQueue';

const drain = (queue: ReturnType<typeof createDueQueue>) => {
  const out: DueItem[] = [];
  for (let item = queue.pop(); item; item = queue.pop()) out.push(item);
  return out;
};

describe('the due queue', () => {
  it('gives the earliest first, and at the same time the smaller id first', () => {
    const queue = createDueQueue([
      { at: 30, id: 'c' },
      { at: 10, id: 'b' },
    ]);
    queue.push({ at: 10, id: 'a' });
    queue.push({ at: 20, id: 'd' });
    expect(queue.peek()).toEqual({ at: 10, id: 'a' });
    expect(queue.size).toBe(4);
    expect(drain(queue)).toEqual([
      { at: 10, id: 'a' },
      { at: 10, id: 'b' },
      { at: 20, id: 'd' },
      { at: 30, id: 'c' },
    ]);
    expect(queue.pop()).toBeUndefined();
  });

  it('comes out in the order of a sort, however items went in', () => {
    const item = fc.record({ at: fc.integer({ min: 0, max: 50 }), id: fc.string({ maxLength: 3 }) });
    fc.assert(
      fc.property(fc.array(item), fc.array(item), fc.array(item), (initial, pushed, reset) => {
        const queue = createDueQueue(initial);
        pushed.forEach((i) => queue.push(i));
        const byTime = (a: DueItem, b: DueItem) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
        expect(drain(queue)).toEqual([...initial, ...pushed].sort(byTime));
        queue.reset(reset);
        expect(drain(queue)).toEqual([...reset].sort(byTime));
      }),
    );
  });
});
