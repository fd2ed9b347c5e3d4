import { describe, expect, it } from 'vitest';
import { watchClock } from '@shared/reminders/clockWatch';
import { FakeClock, HOUR, MINUTE } from './schedulerFakes';

function watched() {
  const wall = new FakeClock(Date.parse('2026-03-01T12:00:00Z'));
  let jumps = 0;
  const advance = (ms: number) => wall.advance(ms);
  const stop = watchClock({
    wallNow: () => wall.now,
    monotonicNow: () => wall.elapsed,
    timers: { set: wall.set, clear: wall.clear },
    onJump: () => {
      jumps += 1;
    },
  });
  return { wall, advance, stop, jumps: () => jumps };
}

describe('watchClock', () => {
  it('stays quiet while both clocks move together', () => {
    const w = watched();
    w.advance(5 * HOUR);
    expect(w.jumps()).toBe(0);
  });

  it('reports the wall clock being set forward or back, once each', () => {
    const w = watched();
    w.wall.now += 2 * HOUR;
    w.advance(MINUTE);
    expect(w.jumps()).toBe(1);
    w.wall.now -= 3 * HOUR;
    w.advance(10 * MINUTE);
    expect(w.jumps()).toBe(2);
  });

  it('stops when asked', () => {
    const w = watched();
    w.stop();
    expect(w.wall.pendingTimers).toBe(0);
  });
});
