// Benchmark metrics: each with the raw baseline measured in the same run and its target, checked
// here. A test hands its metrics to the run (an attachment); benchReporter.ts prints them all,
// writes them to tests/.results/bench.json and fails the run when a target is missed.
import type { TestInfo } from '@playwright/test';

export interface Metric {
  name: string;
  /** Milliseconds, or megabytes where `unit` says so (heap-10k). */
  value_ms: number;
  /** The same data work done raw (IndexedDB, the library) in the same run; null where none applies. */
  baseline_ms: number | null;
  ratio: number | null;
  /** What it must meet, in words ("ratio ≤ 1.2"), or "reported". */
  target: string;
  /** Null when the metric is only reported. */
  met: boolean | null;
  /** The parts of the target that were missed. */
  missed: string[];
  unit: 'ms' | 'MB';
  samples: number;
  p95_ms?: number;
  /** The same action at 100 applications, and value_ms over it. */
  small_ms?: number;
  scale_ratio?: number;
  longest_task_ms?: number;
  /** What was measured, briefly, for the table. */
  note?: string;
}

type Limited = 'value_ms' | 'p95_ms' | 'ratio' | 'scale_ratio' | 'longest_task_ms';

/** One bound a metric must stay within. */
export interface Limit {
  field: Limited;
  max: number;
  /** For a ratio: what the baseline is, said in the target ("against a raw read of the rows"). */
  against?: string;
}

const LIMIT_WORDS: Record<Limited, (max: number, unit: string) => string> = {
  value_ms: (max, unit) => `median ≤ ${max} ${unit}`,
  p95_ms: (max, unit) => `p95 ≤ ${max} ${unit}`,
  ratio: (max) => `ratio ≤ ${max}`,
  scale_ratio: (max) => `scale_ratio ≤ ${max}`,
  longest_task_ms: (max) => `longest task ≤ ${max} ms`,
};

export function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** Two decimals, or three significant digits below 1 (a split of a page takes microseconds). */
const round = (n: number) => (Math.abs(n) >= 1 ? Math.round(n * 100) / 100 : Number(n.toPrecision(3)));

export interface MetricInput {
  /** Every sample of the measured action (at 10,000 applications where there are two sizes). */
  samples: readonly number[];
  /** Samples of the raw baseline, when there is one. */
  baseline?: readonly number[];
  /** Samples of the same action at 100 applications, for scale_ratio. */
  small?: readonly number[];
  longestTask?: number;
  limits?: Limit[];
  unit?: 'ms' | 'MB';
  note?: string;
}

export function metric(name: string, input: MetricInput): Metric {
  const unit = input.unit ?? 'ms';
  const value = median(input.samples);
  const baseline = input.baseline && input.baseline.length > 0 ? median(input.baseline) : null;
  const small = input.small && input.small.length > 0 ? median(input.small) : null;
  const measured: Metric = {
    name,
    value_ms: round(value),
    baseline_ms: baseline === null ? null : round(baseline),
    ratio: baseline === null || baseline === 0 ? null : round(value / baseline),
    target: '',
    met: null,
    missed: [],
    unit,
    samples: input.samples.length,
    ...(input.samples.length >= 5 && unit === 'ms' ? { p95_ms: round(percentile(input.samples, 95)) } : {}),
    ...(small === null ? {} : { small_ms: round(small), scale_ratio: round(value / small) }),
    ...(input.longestTask === undefined ? {} : { longest_task_ms: round(input.longestTask) }),
    ...(input.note ? { note: input.note } : {}),
  };
  const limits = input.limits ?? [];
  const words = limits.map(
    (limit) => LIMIT_WORDS[limit.field](limit.max, unit) + (limit.against ? ` against ${limit.against}` : ''),
  );
  measured.target = words.length > 0 ? words.join(' and ') : 'reported';
  measured.missed = limits
    .filter((limit) => !((measured[limit.field] ?? Infinity) <= limit.max))
    .map((limit) => `${LIMIT_WORDS[limit.field](limit.max, unit)} (got ${measured[limit.field] ?? 'nothing'})`);
  measured.met = limits.length > 0 ? measured.missed.length === 0 : null;
  return measured;
}

export const METRICS_ATTACHMENT = 'bench-metrics';

/** Hands the test's metrics to the run (see benchReporter.ts), which prints and checks them. */
export async function recordMetrics(testInfo: TestInfo, metrics: Metric[]): Promise<void> {
  await testInfo.attach(METRICS_ATTACHMENT, { body: JSON.stringify(metrics), contentType: 'application/json' });
}
