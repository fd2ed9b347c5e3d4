// Notices when the wall clock jumps (set by hand, time zone change, sleep the system did not
// announce): no platform reports that reliably, so it compares the wall clock with a monotonic
// clock on a slow heartbeat.
import type { SchedulerTimers } from './reminderScheduler';

export interface ClockWatchDeps {
  wallNow: () => number;
  /** A clock that only moves forward at a steady rate (performance.now). */
  monotonicNow: () => number;
  timers: SchedulerTimers;
  onJump: () => void;
  intervalMs?: number;
  /** Drift beyond this between the two clocks counts as a jump. */
  toleranceMs?: number;
}

/** Starts watching; returns the function that stops it. */
export function watchClock(deps: ClockWatchDeps): () => void {
  const interval = deps.intervalMs ?? 60_000;
  const tolerance = deps.toleranceMs ?? 30_000;
  let offset = deps.wallNow() - deps.monotonicNow();
  let zone = new Date(deps.wallNow()).getTimezoneOffset();
  let handle: unknown = null;
  const tick = () => {
    const nextOffset = deps.wallNow() - deps.monotonicNow();
    const nextZone = new Date(deps.wallNow()).getTimezoneOffset();
    const jumped = Math.abs(nextOffset - offset) > tolerance || nextZone !== zone;
    offset = nextOffset;
    zone = nextZone;
    if (jumped) deps.onJump();
    handle = deps.timers.set(tick, interval);
  };
  handle = deps.timers.set(tick, interval);
  return () => {
    if (handle !== null) deps.timers.clear(handle);
    handle = null;
  };
}
