// Checking that reading text costs time in proportion to its length, on a machine others share.
// Each size is timed in turns with the other, so both meet the same load, and by the CPU time of
// this process rather than the clock: while other processes hold the cores, a long run's clock
// time grows with the wait and a short one's may not, but neither's CPU time does.

/** CPU milliseconds `run` takes in this process. */
function cpuMs(run: () => void): number {
  const start = process.cpuUsage();
  run();
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1_000;
}

/** The fewest CPU milliseconds each of `small` and `large` took, over `runs` turns of both. */
export function fastestInTurns(small: () => void, large: () => void, runs = 5): [number, number] {
  small(); // compiles the patterns and the code once, outside the timing
  let best: [number, number] = [Infinity, Infinity];
  for (let run = 0; run < runs; run += 1) {
    best = [Math.min(best[0], cpuMs(small)), Math.min(best[1], cpuMs(large))];
  }
  return best;
}

/**
 * How many times longer the large input took than the small one. Under `floorMs` a run is mostly
 * fixed costs (a collection, compiling a function), so that is the least the small one counts as.
 */
export function growth(small: () => void, large: () => void, floorMs = 5): number {
  const [smallMs, largeMs] = fastestInTurns(small, large);
  return largeMs / Math.max(smallMs, floorMs);
}
