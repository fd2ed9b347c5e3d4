// Jobs run through runJob the same way on the page's thread (where there are no workers, as in
// jsdom) and through a worker's messages: output, progress, the job's own error message,
// cancelling, and a worker that fails to start. The worker here is a stand-in on this thread
// that speaks the real protocol: serveJobs on one side, the Worker interface on the other.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { JobContext } from '../../../renderer/src/workers/jobProtocol';
import { runJob, type JobWorker } from '../../../renderer/src/workers/runJob';
import { serveJobs } from '../../../renderer/src/workers/serveJobs';

const countJobs = {
  /** Counts to `to`, reporting each number; refuses negative numbers. */
  async countTo(to: number, { progress, signal }: JobContext<number>): Promise<string> {
    if (to < 0) throw new Error(`Cannot count to ${to}.`);
    for (let n = 1; n <= to && !signal.aborted; n += 1) {
      progress(n);
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    return `counted to ${to}`;
  },
};

/** A worker on this thread: messages cross as structured clones, in tasks of their own. */
class StandInWorker {
  readonly page = new EventTarget();
  readonly scope = new EventTarget();
  terminated = false;
  received: unknown[] = [];

  constructor(jobs: typeof countJobs) {
    serveJobs(
      {
        addEventListener: (type, listener) => this.scope.addEventListener(type, listener as EventListener),
        postMessage: (message) => this.deliver(this.page, message),
      },
      jobs,
    );
  }

  private deliver(to: EventTarget, message: unknown) {
    const data = structuredClone(message);
    setTimeout(() => {
      if (!this.terminated) to.dispatchEvent(new MessageEvent('message', { data }));
    }, 0);
  }

  postMessage(message: unknown) {
    this.received.push(message);
    this.deliver(this.scope, message);
  }

  addEventListener(type: string, listener: EventListener) {
    this.page.addEventListener(type, listener);
  }

  terminate() {
    this.terminated = true;
  }
}

let started: StandInWorker[] = [];

const countWorker: JobWorker<typeof countJobs> = {
  start: () => {
    const worker = new StandInWorker(countJobs);
    started.push(worker);
    return worker as unknown as Worker;
  },
  inThread: async () => countJobs,
  failures: { countTo: 'The counting failed' },
};

afterEach(() => {
  vi.unstubAllGlobals();
  started = [];
});

describe.each([
  ['on the page’s thread, where there are no workers', false],
  ['in a worker', true],
])('a job %s', (_, withWorkers) => {
  const setUp = () => {
    if (withWorkers) vi.stubGlobal('Worker', StandInWorker);
    else expect(typeof Worker).toBe('undefined');
  };

  it('gives back its output after reporting its progress in order', async () => {
    setUp();
    const progress: number[] = [];
    expect(await runJob(countWorker, 'countTo', 3, { onProgress: (n) => progress.push(n) })).toBe('counted to 3');
    expect(progress).toEqual([1, 2, 3]);
    expect(started.length).toBe(withWorkers ? 1 : 0);
    if (withWorkers) expect(started[0]!.terminated).toBe(true);
  });

  it('fails with the job’s own message, word for word', async () => {
    setUp();
    await expect(runJob(countWorker, 'countTo', -1)).rejects.toThrow(/^Cannot count to -1\.$/);
  });

  it('stops when cancelled, rejecting with the reason and reporting nothing more', async () => {
    setUp();
    const controller = new AbortController();
    const progress: number[] = [];
    const counting = runJob(countWorker, 'countTo', 1_000, {
      signal: controller.signal,
      onProgress: (n) => {
        progress.push(n);
        if (n === 2) controller.abort();
      },
    });
    await expect(counting).rejects.toMatchObject({ name: 'AbortError' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(progress).toEqual([1, 2]);
    if (withWorkers) expect(started[0]!.terminated).toBe(true);
  });

  it('does not start when already cancelled', async () => {
    setUp();
    await expect(runJob(countWorker, 'countTo', 3, { signal: AbortSignal.abort() })).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(started).toEqual([]);
  });
});

describe('a job in a worker', () => {
  it('says which work failed when its worker cannot start, and terminates it', async () => {
    vi.stubGlobal('Worker', StandInWorker);
    const broken: JobWorker<typeof countJobs> = {
      ...countWorker,
      start: () => {
        const worker = countWorker.start();
        // What a browser does when the worker's script cannot be loaded: an error without a message.
        setTimeout(() => (worker as unknown as StandInWorker).page.dispatchEvent(new Event('error')), 0);
        return worker;
      },
    };
    await expect(runJob(broken, 'countTo', 1_000)).rejects.toThrow(
      'The counting failed: its background task could not be started.',
    );
    expect(started[0]!.terminated).toBe(true);
  });

  it('sends only the job’s name and input, and a worker refuses a job it does not serve', async () => {
    vi.stubGlobal('Worker', StandInWorker);
    await runJob(countWorker, 'countTo', 1);
    expect(started[0]!.received).toEqual([{ job: 'countTo', input: 1 }]);

    const unknown = countWorker.start() as unknown as StandInWorker;
    const answer = new Promise<unknown>((resolve) =>
      unknown.addEventListener('message', (event) => resolve((event as MessageEvent).data)),
    );
    unknown.postMessage({ job: 'toString', input: null });
    expect(await answer).toEqual({ kind: 'failed', message: "This worker has no job named 'toString'." });
  });
});
