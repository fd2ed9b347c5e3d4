// Runs the whole CSV import the way the import screen will: read, propose a mapping (looking at
// the values), validate.
import { proposeColumns } from '@shared/csv/columnFit';
import { prepareCsvImport, type CsvImportOptions, type ImportPreview } from '@shared/csv/csvImport';
import { readCsvText } from '@shared/csv/readCsvText';
import { DEFAULT_PIPELINE } from '@shared/pipeline';

export const IMPORT_NOW = new Date('2026-03-01T10:00:00Z');

/** Ids id-1, id-2, ... in the order the import asks for them. */
export function countingIds(): () => string {
  let next = 0;
  return () => `id-${(next += 1)}`;
}

export async function importText(text: string, options: Partial<CsvImportOptions> = {}): Promise<ImportPreview> {
  const read = readCsvText(text);
  if (!read.ok) throw new Error(read.error);
  const pipeline = options.pipeline ?? DEFAULT_PIPELINE;
  const { preset, mapping } = proposeColumns(read.table, pipeline);
  const outcome = await prepareCsvImport(read.table, {
    preset,
    mapping,
    pipeline,
    existing: [],
    newId: countingIds(),
    now: IMPORT_NOW,
    ...options,
  });
  if (outcome.status !== 'ready') throw new Error(`Import ${outcome.status}`);
  return outcome.preview;
}
