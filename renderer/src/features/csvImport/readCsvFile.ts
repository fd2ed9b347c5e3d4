// A chosen or dropped file, read as far as the import screen needs it: the extension, the bytes
// as text, the rows, and the proposed column mapping (by the columns' names and what they hold).
// Each refusal is the specific message of the step that refused it.
import { proposeColumns, type MappingProposal } from '@shared/csv/columnFit';
import { decodeCsvBytes, decodeWarningText } from '@shared/csv/decodeCsvBytes';
import { readCsvText, rowOfLine, type CsvTable } from '@shared/csv/readCsvText';
import type { Pipeline } from '@shared/pipeline';
import { megabytes } from '@shared/megabytes';

export type CsvFileRead =
  | {
      ok: true;
      fileName: string;
      table: CsvTable;
      proposal: MappingProposal;
      /** What reading the file changed ("Row 4: bytes that are not UTF-8 text were replaced …"). */
      warnings: string[];
    }
  | { ok: false; error: string };

// Google Sheets downloads tab-separated values as .tsv; other apps write .tab. The text is read
// alike whatever its separator (readCsvText.ts).
const CSV_NAME = /\.(csv|tsv|tab|txt)$/i;

/** What the file chooser offers: the names CSV_NAME takes, and their types. */
export const CSV_FILE_ACCEPT = '.csv,.tsv,.tab,.txt,text/csv,text/tab-separated-values,text/plain';
/** Far beyond any season's tracker; a bigger file is a mistake the tab should not freeze on. */
const MAX_BYTES = 100 * 1024 * 1024;

export async function readCsvFile(file: File, pipeline: Pipeline): Promise<CsvFileRead> {
  if (!CSV_NAME.test(file.name)) {
    return {
      ok: false,
      error: `'${file.name}' is not a CSV file. Choose a .csv, .tsv or .txt file (in a spreadsheet app, save or download the sheet as CSV first).`,
    };
  }
  if (file.size > MAX_BYTES) {
    return {
      ok: false,
      error: `'${file.name}' is ${megabytes(file.size)}; the import reads CSV files of up to ${megabytes(MAX_BYTES)}.`,
    };
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    return { ok: false, error: `'${file.name}' could not be read: ${error instanceof Error ? error.message : error}` };
  }
  const decoded = decodeCsvBytes(bytes);
  if (!decoded.ok) return decoded;
  const read = readCsvText(decoded.text);
  if (!read.ok) return read;
  return {
    ok: true,
    fileName: file.name,
    table: read.table,
    proposal: proposeColumns(read.table, pipeline),
    warnings: decoded.warnings.map((warning) =>
      decodeWarningText(warning, (line) => rowOfLine(read.table.textLines, line)),
    ),
  };
}
