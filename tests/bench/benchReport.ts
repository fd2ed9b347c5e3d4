// Collects benchmark metrics: prints a table and keeps every metric of the run in one JSON file.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export interface Metric {
  name: string;
  value_ms: number;
  /** The raw library/IndexedDB figure measured in the same run, when the metric has one. */
  baseline_ms: number | null;
  ratio: number | null;
  target: string;
}

export const BENCH_JSON = resolve('tests/.results/bench.json');

export function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function metric(name: string, value: number, baseline: number | null, target: string): Metric {
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    name,
    value_ms: round(value),
    baseline_ms: baseline === null ? null : round(baseline),
    ratio: baseline === null || baseline === 0 ? null : round(value / baseline),
    target,
  };
}

/** Adds this suite's metrics to the run's JSON (replacing same-named ones) and prints them. */
export function report(metrics: Metric[]): void {
  mkdirSync(dirname(BENCH_JSON), { recursive: true });
  const previous: Metric[] = existsSync(BENCH_JSON) ? (JSON.parse(readFileSync(BENCH_JSON, 'utf8')) as Metric[]) : [];
  const names = new Set(metrics.map((m) => m.name));
  writeFileSync(
    BENCH_JSON,
    JSON.stringify([...previous.filter((m) => !names.has(m.name)), ...metrics], null, 2) + '\n',
  );
  console.table(
    metrics.map((m) => ({
      metric: m.name,
      'value ms': m.value_ms,
      'baseline ms': m.baseline_ms ?? '—',
      ratio: m.ratio ?? '—',
      target: m.target,
    })),
  );
  console.log(`Benchmark results written to ${BENCH_JSON}`);
}
