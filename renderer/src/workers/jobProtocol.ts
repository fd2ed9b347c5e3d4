// Long work the page hands to a dedicated worker: the shape of a job, and the messages between
// the page and the worker that runs it. Both ends import these types, so they cannot drift apart.

/** What a running job may use: its progress reports, and whether the page gave up on it. */
export interface JobContext<Progress> {
  /** Tells the page how far the job is (or hands it a part of a large result). */
  progress(value: Progress): void;
  /**
   * Aborted when the page cancels a job running on its own thread; a job in a worker is
   * terminated instead, so there it never is.
   */
  readonly signal: { readonly aborted: boolean };
}

/** A job: plain data in, plain data out (anything structured clone copies), no DOM. */
export type Job<Input, Output, Progress = never> = (input: Input, context: JobContext<Progress>) => Promise<Output>;

/** The jobs one worker serves, by name. */
export type JobTable = Record<string, Job<never, unknown, never>>;

export type InputOf<J> = J extends (input: infer Input, context: never) => Promise<unknown> ? Input : never;
export type OutputOf<J> = J extends (input: never, context: never) => Promise<infer Output> ? Output : never;
export type ProgressOf<J> = J extends (input: never, context: JobContext<infer Progress>) => Promise<unknown>
  ? Progress
  : never;

/** The page's only message to a worker: which job to run, on what. A worker runs one job. */
export interface JobRequest {
  job: string;
  input: unknown;
}

/** The worker's messages: any number of progress reports, then the output or why it failed. */
export type JobReport<Output = unknown, Progress = unknown> =
  { kind: 'progress'; progress: Progress } | { kind: 'done'; output: Output } | { kind: 'failed'; message: string };
