// The benchmark run's reporter (`npm run bench` passes it to Playwright): gathers every test's
// metrics, prints them as one table, writes tests/.results/bench.json and fails the run, naming
// each missed target, when any target is missed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';
import { METRICS_ATTACHMENT, type Metric } from './benchReport';

export const BENCH_JSON = resolve('tests/.results/bench.json');

/** The table's order: how the app is used, from opening it to its data going out. */
const ORDER = [
  'nav-first-rows',
  'nav-complete',
  'board-open',
  'calendar-month',
  'calendar-next-month',
  'dashboard-open',
  'keystroke',
  'edit-save',
  'status-change',
  'board-move',
  'delete',
  'undo',
  'reminder-replan',
  'minute-refresh',
  'backup',
  'csv-import',
  'csv-export',
  'heap',
  'posting',
];
const rank = (m: Metric) => {
  const index = ORDER.findIndex((prefix) => m.name.startsWith(prefix));
  return index < 0 ? ORDER.length : index;
};

function cell(value: number | null | undefined, unit = ''): string {
  return value === null || value === undefined ? '—' : `${value}${unit}`;
}

export default class BenchReporter implements Reporter {
  private readonly metrics: Metric[] = [];

  onTestEnd(_test: TestCase, result: TestResult): void {
    for (const attachment of result.attachments) {
      if (attachment.name === METRICS_ATTACHMENT && attachment.body) {
        this.metrics.push(...(JSON.parse(attachment.body.toString('utf8')) as Metric[]));
      }
    }
  }

  async onEnd(result: FullResult): Promise<{ status: FullResult['status'] } | undefined> {
    this.metrics.sort((a, b) => rank(a) - rank(b));
    mkdirSync(dirname(BENCH_JSON), { recursive: true });
    writeFileSync(BENCH_JSON, JSON.stringify(this.metrics, null, 2) + '\n');
    console.log('');
    console.table(
      this.metrics.map((m) => {
        const unit = m.unit === 'MB' ? ' MB' : '';
        return {
          metric: m.name,
          value: cell(m.value_ms, unit),
          baseline: cell(m.baseline_ms, unit),
          ratio: cell(m.ratio),
          'at 100': cell(m.small_ms),
          scale: cell(m.scale_ratio),
          'longest task': cell(m.longest_task_ms),
          target: m.target,
          met: m.met === null ? '' : m.met ? 'yes' : 'NO',
        };
      }),
    );
    console.log(`Times in ms (medians). Every metric is in ${BENCH_JSON}`);
    const missed = this.metrics.filter((m) => m.met === false);
    if (missed.length === 0) {
      console.log(result.status === 'passed' ? 'Every target met.' : 'The benchmark did not finish.');
      return undefined;
    }
    console.log(`\n${missed.length} ${missed.length === 1 ? 'target' : 'targets'} missed:`);
    for (const m of missed) console.log(`  ${m.name}: ${m.missed.join('; ')}`);
    return { status: 'failed' };
  }

  printsToStdio(): boolean {
    return true;
  }
}
