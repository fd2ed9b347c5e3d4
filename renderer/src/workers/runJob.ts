// The page's side of a job: runs it in a dedicated module worker, so the page's thread stays
// free for the user, and gives back a promise of its output. Progress arrives as events;
// aborting terminates the worker. Where there are no workers (jsdom, in component tests) the same
// job runs on this thread behind the same interface.
import type { InputOf, JobReport, JobRequest, JobTable, OutputOf, ProgressOf } from './jobProtocol';

export interface JobWorker<Jobs extends JobTable> {
  /**
   * Starts a worker that serves `Jobs`, written out for Vite to find and bundle:
   * `() => new Worker(new URL('./x.worker.ts', import.meta.url), { type: 'module' })`.
   */
  start: () => Worker;
  /** The same jobs, loaded on the page's thread where there are no workers. */
  inThread: () => Promise<Jobs>;
  /** What the user is told when the worker itself fails, per job: "The backup could not be made". */
  failures: { [Name in keyof Jobs]: string };
}

export interface JobOptions<Progress> {
  onProgress?: (progress: Progress) => void;
  /** Cancels the job: its worker is terminated and the promise rejects with the signal's reason. */
  signal?: AbortSignal;
}

export function runJob<Jobs extends JobTable, Name extends keyof Jobs & string>(
  worker: JobWorker<Jobs>,
  name: Name,
  input: InputOf<Jobs[Name]>,
  options: JobOptions<ProgressOf<Jobs[Name]>> = {},
): Promise<OutputOf<Jobs[Name]>> {
  if (options.signal?.aborted) return Promise.reject(options.signal.reason);
  return typeof Worker === 'undefined'
    ? runInThread(worker, name, input, options)
    : runInWorker(worker, name, input, options);
}

function runInWorker<Jobs extends JobTable, Name extends keyof Jobs & string>(
  jobWorker: JobWorker<Jobs>,
  name: Name,
  input: InputOf<Jobs[Name]>,
  { onProgress, signal }: JobOptions<ProgressOf<Jobs[Name]>>,
): Promise<OutputOf<Jobs[Name]>> {
  type Report = JobReport<OutputOf<Jobs[Name]>, ProgressOf<Jobs[Name]>>;
  return new Promise((resolve, reject) => {
    let settled = false;
    const worker = jobWorker.start();
    const settle = (finish: () => void) => {
      if (settled) return;
      settled = true;
      worker.terminate();
      signal?.removeEventListener('abort', abort);
      finish();
    };
    const fail = (why: string) => settle(() => reject(new Error(`${jobWorker.failures[name]}: ${why}`)));
    const abort = () => settle(() => reject(signal!.reason));

    signal?.addEventListener('abort', abort, { once: true });
    worker.addEventListener('message', ({ data }: MessageEvent<Report>) => {
      if (settled) return;
      if (data.kind === 'progress') onProgress?.(data.progress);
      // The output is handed on in a task of its own: receiving a large one (a big file's checked
      // rows) and what the caller does next with it would be one long task.
      else if (data.kind === 'done') settle(() => setTimeout(() => resolve(data.output), 0));
      // The job's own message, word for word as when it runs on this thread.
      else settle(() => reject(new Error(data.message)));
    });
    worker.addEventListener('error', (event) => {
      // Handled here: it is not also an uncaught error of the page.
      event.preventDefault();
      fail(
        event.message ? `its background task stopped (${event.message}).` : 'its background task could not be started.',
      );
    });
    worker.addEventListener('messageerror', () => fail('its result could not be received.'));
    try {
      worker.postMessage({ job: name, input } satisfies JobRequest);
    } catch (error) {
      fail(`what it needs could not be handed over (${error instanceof Error ? error.message : String(error)}).`);
    }
  });
}

async function runInThread<Jobs extends JobTable, Name extends keyof Jobs & string>(
  jobWorker: JobWorker<Jobs>,
  name: Name,
  input: InputOf<Jobs[Name]>,
  { onProgress, signal }: JobOptions<ProgressOf<Jobs[Name]>>,
): Promise<OutputOf<Jobs[Name]>> {
  const job = (await jobWorker.inThread())[name] as unknown as (
    input: InputOf<Jobs[Name]>,
    context: { progress(value: ProgressOf<Jobs[Name]>): void; signal: { readonly aborted: boolean } },
  ) => Promise<OutputOf<Jobs[Name]>>;
  const work = job(input, {
    progress: (value) => {
      if (!signal?.aborted) onProgress?.(value);
    },
    signal: signal ?? { aborted: false },
  });
  if (!signal) return work;
  // As with a worker, a cancelled job answers at once; what it still does is ignored.
  return Promise.race([
    work,
    new Promise<never>((_, reject) => {
      if (signal.aborted) reject(signal.reason);
      signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    }),
  ]);
}
