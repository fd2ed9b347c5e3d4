// The scheduler's reminders in the order they come due, so the next one is found without looking
// at all of them: a binary min-heap of (time, id), earliest first, ties by id. Nothing is taken
// out of the middle: when a reminder is moved, fired or deleted, its old item stays until it
// reaches the top, where the scheduler sees it no longer matches and skips it.

export interface DueItem {
  at: number;
  id: string;
}

export interface DueQueue {
  push(item: DueItem): void;
  /** The earliest item, without taking it out. */
  peek(): DueItem | undefined;
  pop(): DueItem | undefined;
  /** Items held, skipped ones included. */
  readonly size: number;
  /** Starts again with just these items (when skipped ones pile up). */
  reset(items: DueItem[]): void;
}

const before = (a: DueItem, b: DueItem) => a.at < b.at || (a.at === b.at && a.id < b.id);

export function createDueQueue(items: DueItem[] = []): DueQueue {
  let heap: DueItem[] = [];

  function up(index: number) {
    let i = index;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(heap[i]!, heap[parent]!)) return;
      [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
      i = parent;
    }
  }

  function down(index: number) {
    let i = index;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let first = i;
      if (left < heap.length && before(heap[left]!, heap[first]!)) first = left;
      if (right < heap.length && before(heap[right]!, heap[first]!)) first = right;
      if (first === i) return;
      [heap[i], heap[first]] = [heap[first]!, heap[i]!];
      i = first;
    }
  }

  const queue: DueQueue = {
    push(item) {
      heap.push(item);
      up(heap.length - 1);
    },
    peek: () => heap[0],
    pop() {
      const top = heap[0];
      const last = heap.pop();
      if (heap.length > 0 && last) {
        heap[0] = last;
        down(0);
      }
      return top;
    },
    get size() {
      return heap.length;
    },
    reset(next) {
      heap = [...next];
      for (let i = (heap.length >> 1) - 1; i >= 0; i -= 1) down(i);
    },
  };
  queue.reset(items);
  return queue;
}
