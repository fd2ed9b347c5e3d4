// What the page's main thread does while a test watches it: every task longer than 50 ms, as the
// page's own PerformanceObserver for 'longtask' reports it, with the CPU time the thread spent in
// it, read from a Chrome trace of the page's process. On a machine shared with other work a task
// that used 10 ms of CPU can last 100 ms while its thread waits for a core; the CPU time is what
// the app decides. The test's own queries (DevTools evaluations) are not tasks the page reports.
// V8's garbage collections are taken out of the CPU time: V8 chooses when to collect (a busy
// machine's test run leaves more garbage to a single task), and their time is reported apart.
// So is the test's own work: Playwright's commands and its polling of what a locator shows run on
// the page's thread as tasks of the DevTools session (an `expect` that has not yet passed builds
// an accessibility snapshot of the page: up to 136 ms of CPU under a fourfold slowdown). Of such a task only
// the page's own scripts count, as when choosing a file runs the app's change handler.
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
  /** CPU time of the test's own DevTools commands in that task, less the page's scripts they ran. */
  harness: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: {
    data?: { startTime?: number; url?: string };
    chrome_mojo_event_info?: { mojo_interface_tag?: string };
  };
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
    // 'toplevel' names what each task was posted for, the DevTools session's messages among them.
    categories: 'disabled-by-default-devtools.timeline,devtools.timeline,blink.user_timing,toplevel',
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
      const within = (outer: TraceEvent) => (e: TraceEvent) => e.ts >= outer.ts && e.ts < outer.ts + (outer.dur ?? 0);
      const tasks = events.filter((e) => e.name === 'RunTask' && onThread(e));
      const collections = events.filter((e) => (e.name === 'MajorGC' || e.name === 'MinorGC') && onThread(e));
      const commands = events.filter(
        (e) => onThread(e) && e.args?.chrome_mojo_event_info?.mojo_interface_tag === 'blink.mojom.DevToolsSession',
      );
      // The page's own scripts run as calls of functions of a script it loaded.
      const pageCalls = events.filter((e) => e.name === 'FunctionCall' && onThread(e) && !!e.args?.data?.url);
      const cpuOf = (e: TraceEvent) => e.tdur ?? e.dur ?? 0;
      const gcIn = (e: TraceEvent) => collections.filter(within(e)).reduce((sum, gc) => sum + cpuOf(gc), 0);
      return observed.map(({ startTime, duration }) => {
        // The page's task is the trace's task of the thread that overlaps it most.
        const start = offset + startTime * 1000;
        const end = start + duration * 1000;
        const overlap = (e: TraceEvent) => Math.min(end, e.ts + (e.dur ?? 0)) - Math.max(start, e.ts);
        const task = tasks.filter((e) => overlap(e) > 0).sort((a, b) => overlap(b) - overlap(a))[0];
        if (task?.tdur === undefined) return { startTime, duration, cpu: duration, gc: 0, harness: 0 };
        const gc = gcIn(task);
        const command = commands.find(within(task));
        if (!command) return { startTime, duration, cpu: (task.tdur - gc) / 1000, gc: gc / 1000, harness: 0 };
        // Outermost calls only: a call within another is already in its time.
        const calls = pageCalls.filter(within(command));
        const outermost = calls.filter((call) => !calls.some((other) => other !== call && within(other)(call)));
        const page = outermost.reduce((sum, call) => sum + cpuOf(call) - gcIn(call), 0);
        return { startTime, duration, cpu: page / 1000, gc: gc / 1000, harness: (task.tdur - gc - page) / 1000 };
      });
    },
  };
}
