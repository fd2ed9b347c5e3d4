// The worker's side of a job: runs the one job the page asks for and reports back. A worker
// file is just `serveJobs(self, theJobs)`.
import type { JobReport, JobRequest, JobTable } from './jobProtocol';

/** What serveJobs needs of a dedicated worker's global scope (`self`). */
export interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<JobRequest>) => void): void;
  postMessage(message: JobReport): void;
}

const NEVER_ABORTED = { aborted: false } as const;

export function serveJobs(scope: WorkerScope, jobs: JobTable): void {
  scope.addEventListener('message', async ({ data }) => {
    const job = Object.hasOwn(jobs, data.job) ? jobs[data.job] : undefined;
    try {
      if (!job) throw new Error(`This worker has no job named '${data.job}'.`);
      const output = await job(data.input as never, {
        progress: (progress: unknown) => scope.postMessage({ kind: 'progress', progress }),
        signal: NEVER_ABORTED,
      });
      scope.postMessage({ kind: 'done', output });
    } catch (error) {
      scope.postMessage({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  });
}
