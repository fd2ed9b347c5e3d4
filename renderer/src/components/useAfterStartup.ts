import { useEffect, useState } from 'react';

/**
 * The page is idle while it waits for IndexedDB, so idleness alone does not mean the first
 * screen is done; this much time also has to pass.
 */
export const STARTUP_MS = 1_500;

/**
 * False until the window has finished starting: a moment has passed and the page is idle.
 * Background work that reads the whole database waits for it, so it does not hold up the
 * table's first rows: IndexedDB answers requests in the order they were made.
 */
export function useAfterStartup(): boolean {
  const [started, setStarted] = useState(false);
  useEffect(() => {
    let idle: number | undefined;
    const timer = setTimeout(() => {
      if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(() => setStarted(true));
      else setStarted(true);
    }, STARTUP_MS);
    return () => {
      clearTimeout(timer);
      if (idle !== undefined) cancelIdleCallback(idle);
    };
  }, []);
  return started;
}
