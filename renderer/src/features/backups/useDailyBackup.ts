// Runs the daily backup while the app is open: shortly after start-up (not during it, when the
// first screen is loading) and then every hour, which writes one once the newest is a day old.
// Until then the hourly check asks nothing of the desktop: listing backups reads their files.
import { useEffect } from 'react';
import { useData } from '../../db/DataContext';
import { desktop } from '../../desktop/desktop';
import { showError } from '../../state/toastStore';
import { backUpIfDue, DAY_MS } from './automaticBackups';

export const FIRST_CHECK_AFTER_MS = 30_000;
export const CHECK_EVERY_MS = 60 * 60_000;

export function useDailyBackup(firstCheckAfterMs = FIRST_CHECK_AFTER_MS, checkEveryMs = CHECK_EVERY_MS): void {
  const { db } = useData();
  useEffect(() => {
    let stopped = false;
    let failureShown = false;
    let running = false;
    let newestAt = -Infinity;
    async function check() {
      const now = new Date();
      const age = now.getTime() - newestAt;
      // A negative age means the clock was moved back: ask the desktop again.
      if (running || (age >= 0 && age < DAY_MS)) return;
      running = true;
      try {
        newestAt = (await backUpIfDue(db, desktop, now)).newestAt ?? -Infinity;
      } catch (error) {
        // Once per session: a failing disk should be said, not repeated every hour.
        if (!stopped && !failureShown) showError(error);
        failureShown = true;
      } finally {
        running = false;
      }
    }
    const first = setTimeout(check, firstCheckAfterMs);
    const hourly = setInterval(check, checkEveryMs);
    return () => {
      stopped = true;
      clearTimeout(first);
      clearInterval(hourly);
    };
  }, [db, firstCheckAfterMs, checkEveryMs]);
}
