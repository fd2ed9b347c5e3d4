// Validates every row for the current column mapping, in chunks between which the screen
// paints; a new mapping (or closing the dialog) stops the check that is running.
import { useEffect, useState } from 'react';
import type { Application } from '@shared/application';
import type { ColumnMapping, CsvPreset } from '@shared/csv/columnMapping';
import { prepareCsvImport, type ImportPreview } from '@shared/csv/csvImport';
import type { CsvTable } from '@shared/csv/readCsvText';

export type ImportCheck =
  | { state: 'checking'; done: number; total: number }
  | { state: 'ready'; preview: ImportPreview }
  | { state: 'refused'; problems: string[] };

/** A macrotask: lets the browser paint the progress bar and handle a click on Cancel. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function useImportCheck(
  table: CsvTable,
  mapping: ColumnMapping,
  preset: CsvPreset,
  existing: readonly Application[],
): ImportCheck {
  // Each result remembers the mapping it was made for; any other mapping is still being checked.
  const [result, setResult] = useState<{ mapping: ColumnMapping; check: ImportCheck } | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    const settle = (check: ImportCheck) => {
      if (!controller.signal.aborted) setResult({ mapping, check });
    };
    prepareCsvImport(table, {
      mapping,
      preset,
      existing,
      newId: () => crypto.randomUUID(),
      now: new Date(),
      signal: controller.signal,
      onProgress: (done, total) => settle({ state: 'checking', done, total }),
      pause: nextTask,
    }).then(
      (outcome) => {
        if (outcome.status === 'ready') settle({ state: 'ready', preview: outcome.preview });
        else if (outcome.status === 'refused') settle({ state: 'refused', problems: outcome.problems });
      },
      (error: unknown) =>
        settle({ state: 'refused', problems: [error instanceof Error ? error.message : String(error)] }),
    );
    return () => controller.abort();
  }, [table, mapping, preset, existing]);

  return result?.mapping === mapping ? result.check : { state: 'checking', done: 0, total: table.rows.length };
}
