// What the window does when its page crashes or fails to load: reload it, waiting longer each
// time (1 s, 2 s, 4 s…), and when it keeps failing, stop and show a page that says so instead
// of reloading a page that crashes on load forever.
import type { SchedulerTimers } from '@shared/reminders/reminderScheduler';

export interface PageRecoveryDeps {
  now: () => number;
  timers: SchedulerTimers;
  reload: () => void;
  showFailurePage: () => void;
  log: (message: string) => void;
}

export interface PageRecoveryPolicy {
  /** The wait before the first reload; each further one waits twice as long. */
  firstDelayMs: number;
  /** Reloads within `windowMs` before giving up. */
  maxReloads: number;
  windowMs: number;
}

export const PAGE_RECOVERY: PageRecoveryPolicy = { firstDelayMs: 1_000, maxReloads: 5, windowMs: 5 * 60_000 };

export interface PageRecovery {
  /** The page crashed or did not load; a failure while a reload is waiting is the same failure. */
  failed(reason: string): void;
  /** The window is gone: nothing more to reload. */
  dispose(): void;
}

export function pageRecovery(deps: PageRecoveryDeps, policy: PageRecoveryPolicy = PAGE_RECOVERY): PageRecovery {
  let reloads: number[] = [];
  let waiting: unknown = null;
  let gaveUp = false;

  return {
    failed(reason) {
      if (waiting !== null || gaveUp) return;
      const now = deps.now();
      reloads = reloads.filter((at) => now - at < policy.windowMs);
      if (reloads.length >= policy.maxReloads) {
        gaveUp = true;
        deps.log(`The page failed again (${reason}) after ${reloads.length} reloads; showing the failure page.`);
        deps.showFailurePage();
        return;
      }
      const delay = policy.firstDelayMs * 2 ** reloads.length;
      deps.log(`The page failed (${reason}); reloading it in ${delay / 1000} s.`);
      waiting = deps.timers.set(() => {
        waiting = null;
        reloads.push(deps.now());
        deps.reload();
      }, delay);
    },
    dispose() {
      if (waiting !== null) deps.timers.clear(waiting);
      waiting = null;
      gaveUp = true;
    },
  };
}
