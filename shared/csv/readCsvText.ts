// Reads CSV text into a header and rows, each row with the physical line it starts on (right
// even when quoted values hold line breaks), or refuses with a specific message: empty file,
// header only, a JSON file, one column where a separator was probably not recognised. A file
// whose rows end in different ways (CRLF, LF, a lone CR: pasted together from several apps)
// has every one of them read as a row's end; line breaks inside quoted values stay as written.
import Papa from 'papaparse/papaparse.js';

export interface CsvRow {
  /** The line of the file the row starts on, counting from 1. */
  line: number;
  /** One value per header column (missing trailing values are empty). */
  cells: string[];
  /** Why the row cannot be read as it stands (a quote never closed, too many values). */
  problem: string | null;
}

export interface CsvTable {
  header: string[];
  rows: CsvRow[];
  /** The separator found: ',', ';', tab or '|'. */
  delimiter: string;
}

export type CsvRead = { ok: true; table: CsvTable } | { ok: false; error: string };

const DELIMITERS = [',', ';', '\t', '|'];

function looksLikeJson(text: string): boolean {
  return /^\s*(\{|\[\s*[[{"\d\]-])/.test(text);
}

function jsonMessage(text: string): string | null {
  if (!looksLikeJson(text)) return null;
  try {
    const value: unknown = JSON.parse(text);
    if (
      typeof value === 'object' &&
      value !== null &&
      (value as { format?: unknown }).format === 'internship-tracker-backup'
    ) {
      return 'This is an Internship Tracker backup, not a CSV file. Restore it from Settings → Backups instead.';
    }
  } catch {
    // Broken JSON still is not CSV.
  }
  return 'This looks like a JSON file, not CSV. Export a CSV file from the other app, or save the sheet as CSV.';
}

function breaksIn(cells: readonly string[], lineBreak: string): number {
  let count = 0;
  for (const cell of cells) {
    for (let i = cell.indexOf(lineBreak); i !== -1; i = cell.indexOf(lineBreak, i + 1)) count += 1;
  }
  return count;
}

/** Any line end outside quotes: papaparse takes one kind of line end for the whole file. */
const QUOTED_OR_LINE_END = /"(?:[^"]|"")*"?|\r\n?/g;
const MIXED_LINE_ENDS = /\r(?!\n)|(?<!\r)\n/;

function oneKindOfLineEnd(text: string): string {
  if (!text.includes('\r') || !MIXED_LINE_ENDS.test(text)) return text;
  return text.replace(QUOTED_OR_LINE_END, (match) => (match.startsWith('"') ? match : '\n'));
}

export function readCsvText(input: string): CsvRead {
  const text = oneKindOfLineEnd(input.startsWith('\uFEFF') ? input.slice(1) : input);
  if (text.trim() === '') return { ok: false, error: 'The file is empty.' };
  const json = jsonMessage(text);
  if (json) return { ok: false, error: json };

  let header: string[] | null = null;
  const rows: CsvRow[] = [];
  let delimiter = ',';
  let lineBreak = '\n';
  // The line the parser's cursor is on, advanced with indexOf (fast on 50 MB files).
  let line = 1;
  let nextBreak = -1;

  Papa.parse(text, {
    delimitersToGuess: DELIMITERS,
    // Also keeps blank lines out of the separator guess.
    skipEmptyLines: 'greedy',
    step: ({ data, errors, meta }) => {
      if (header === null) {
        delimiter = meta.delimiter;
        lineBreak = meta.linebreak === '\r' ? '\r' : '\n';
        nextBreak = text.indexOf(lineBreak);
      }
      while (nextBreak !== -1 && nextBreak < meta.cursor) {
        line += 1;
        nextBreak = text.indexOf(lineBreak, nextBreak + 1);
      }
      // The cursor is past the row: step back over the breaks inside its values and its own.
      const rowLine = line - breaksIn(data, lineBreak) - (text[meta.cursor - 1] === lineBreak ? 1 : 0);
      if (header === null) {
        header = data.map((name) => name.trim());
        return;
      }
      rows.push({ line: rowLine, cells: data, problem: rowProblem(data, header.length, errors) });
    },
  });

  if (header === null) return { ok: false, error: 'The file is empty.' };
  const columns: string[] = header;
  if (rows.length === 0) return { ok: false, error: 'The file has column names but no applications under them.' };
  if (columns.length === 1) {
    const only = columns[0]!;
    if (/[;,\t|:]/.test(only) || only.length > 60) {
      return {
        ok: false,
        error: `Only one column was found ('${only.slice(0, 60)}'). The file may use a separator this app does not recognise: save it as comma-separated CSV and try again.`,
      };
    }
  }
  for (const row of rows) {
    while (row.cells.length < columns.length) row.cells.push('');
  }
  return { ok: true, table: { header: columns, rows, delimiter } };
}

function rowProblem(cells: readonly string[], columns: number, errors: readonly { code: string }[]): string | null {
  if (errors.some((e) => e.code === 'MissingQuotes')) {
    return 'a quoted value is never closed (a " is missing), so the rest of the file was read as one value';
  }
  if (errors.some((e) => e.code === 'InvalidQuotes')) return 'a value has a stray " after its closing quote';
  const extra = cells.slice(columns).filter((cell) => cell.trim() !== '').length;
  if (extra > 0) return `has ${cells.length} values but the header has ${columns} columns`;
  return null;
}
