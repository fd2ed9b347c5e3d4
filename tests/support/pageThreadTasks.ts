// What the page's main thread does while a test watches it: every task longer than 50 ms, as the
// page's own PerformanceObserver for 'longtask' reports it, with the CPU time the thread spent in
// it, read from a Chrome trace of the page's process. On a machine shared with other work a task
// that used 10 ms of CPU can last 100 ms while its thread waits for a core; the CPU time is what
// the app decides. The test's own queries (DevTools evaluations) are not tasks the page reports.
// V8's garbage collections are taken out of the CPU time: V8 chooses when to collect (a busy
// machine's test run leaves more garbage to a single task), and their time is reported apart.
import type { Page } from '@playwright/test';

export interface LongTask {
  /** As the page's PerformanceObserver reports it (ms since the page's time origin). */
  startTime: number;
  duration: number;
  /** CPU time of the page's thread in that task, less its garbage collections; the whole duration
   * when the trace has no such task. */
  cpu: number;
  /** CPU time of V8's garbage collections in that task. */
  gc: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { data?: { startTime?: number } };
}

interface WatchWindow {
  watchedLongTasks: { startTime: number; duration: number }[];
}

const MARK = 'page-thread-watch';

export async function watchPageThread(page: Page): Promise<{ stop(): Promise<LongTask[]> }> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    categories: 'disabled-by-default-devtools.timeline,devtools.timeline,blink.user_timing',
    transferMode: 'ReportEvents',
  });
  // The mark ties the page's clock to the trace's and names the page's main thread.
  await page.evaluate((mark) => {
    const w = window as unknown as WatchWindow;
    w.watchedLongTasks = [];
    new PerformanceObserver((list) => {
      for (const { startTime, duration } of list.getEntries()) w.watchedLongTasks.push({ startTime, duration });
    }).observe({ type: 'longtask' });
    performance.mark(mark);
  }, MARK);

  return {
    async stop() {
      const observed = await page.evaluate(() => (window as unknown as WatchWindow).watchedLongTasks);
      const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await complete;
      await cdp.detach();
      const mark = events.find((e) => e.name === MARK);
      if (!mark?.args?.data?.startTime) throw new Error('The trace does not show the page’s thread');
      const offset = mark.ts - mark.args.data.startTime * 1000;
      const onThread = (e: TraceEvent) => e.ph === 'X' && e.pid === mark.pid && e.tid === mark.tid;
      const tasks = events.filter((e) => e.name === 'RunTask' && onThread(e));
      const collections = events.filter((e) => (e.name === 'MajorGC' || e.name === 'MinorGC') && onThread(e));
      return observed.map(({ startTime, duration }) => {
        // The page's task is the trace's task of the thread that overlaps it most.
        const start = offset + startTime * 1000;
        const end = start + duration * 1000;
        const overlap = (e: TraceEvent) => Math.min(end, e.ts + (e.dur ?? 0)) - Math.max(start, e.ts);
        const task = tasks.filter((e) => overlap(e) > 0).sort((a, b) => overlap(b) - overlap(a))[0];
        if (task?.tdur === undefined) return { startTime, duration, cpu: duration, gc: 0 };
        const taskEnd = task.ts + (task.dur ?? 0);
        const gc = collections
          .filter((e) => e.ts >= task.ts && e.ts < taskEnd)
          .reduce((sum, e) => sum + (e.tdur ?? e.dur ?? 0), 0);
        return { startTime, duration, cpu: (task.tdur - gc) / 1000, gc: gc / 1000 };
      });
    },
  };
}
