// A 50 MB file, generated here rather than committed: it must import without crashing or
// stalling, with errors still on the right lines. Timings are printed, not asserted (the
// benchmark in Chromium is where performance is judged).
import { describe, expect, it } from 'vitest';
import { proposeColumns } from '@shared/csv/columnFit';
import { prepareCsvImport } from '@shared/csv/csvImport';
import { readCsvText } from '@shared/csv/readCsvText';
import { DEFAULT_PIPELINE } from '@shared/pipeline';
import { IMPORT_NOW, countingIds } from './importHelpers';

const HEADER =
  'Job Position,Company,Max. Salary,Location,Status,Date Saved,Deadline,Date Applied,Follow up,Excitement,Notes\n';
const NOTE =
  '"Met the team at the career fair, they said ""apply early"".\nSecond line: referral from a friend; ask about housing."';

function bigFile(targetBytes: number): { text: string; rows: number; badRows: number[] } {
  const parts = [HEADER];
  let size = HEADER.length;
  const badRows: number[] = [];
  let rows = 0;
  while (size < targetBytes) {
    const bad = rows % 40_000 === 39_999;
    // The header is row 1; each record is one row, though its note holds a line break.
    if (bad) badRows.push(rows + 2);
    const row = `Software Engineering Intern ${rows},Company ${rows % 5_000},$${40 + (rows % 20)}/hr,"San Francisco, CA",Applied,01/02/2026,02/15/2026,01/05/2026,02/20/2026,${(rows % 5) + 1},${NOTE}${bad ? ',a value with no column' : ''}\n`;
    parts.push(row);
    size += row.length;
    rows += 1;
  }
  return { text: parts.join(''), rows, badRows };
}

describe('a 50 MB file', () => {
  it('is read and validated in chunks, with errors on the right rows', async () => {
    const { text, rows, badRows } = bigFile(50 * 1024 * 1024);

    let started = performance.now();
    const read = readCsvText(text);
    const readMs = performance.now() - started;
    if (!read.ok) throw new Error(read.error);
    expect(read.table.rows).toHaveLength(rows);

    let chunks = 0;
    started = performance.now();
    const { preset, mapping } = proposeColumns(read.table, DEFAULT_PIPELINE);
    const outcome = await prepareCsvImport(read.table, {
      preset,
      mapping,
      pipeline: DEFAULT_PIPELINE,
      existing: [],
      newId: countingIds(),
      now: IMPORT_NOW,
      chunkSize: 2_000,
      pause: () => new Promise((resolve) => setTimeout(resolve, 0)),
      onProgress: () => (chunks += 1),
    });
    const validateMs = performance.now() - started;
    if (outcome.status !== 'ready') throw new Error(outcome.status);

    expect(outcome.preview.errors).toEqual(
      badRows.map((rowNumber) => `Row ${rowNumber}: has 12 values but the header has 11 columns`),
    );
    expect(outcome.preview.rows).toHaveLength(rows - badRows.length);
    expect(chunks).toBe(Math.ceil(rows / 2_000));
    console.info(
      `50 MB, ${rows} rows: read ${Math.round(readMs)} ms, validated in ${chunks} chunks in ${Math.round(validateMs)} ms`,
    );
  }, 300_000);
});
