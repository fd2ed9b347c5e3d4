// Reads CSV text into a header and rows, each row numbered as a spreadsheet numbers it (a quoted
// value's line breaks stay in its one row; title rows and the header count), or refuses with a specific message: empty file,
// header only, a JSON file, one column where a separator was probably not recognised. Excel's
// "sep=;" line sets the separator; a sheet's title lines above the column names (one value each),
// the column names repeated under them with a title line above (a board exported group by group)
// and a summary under the table ("Total applications,5", Excel's "Summe;;;;53.600,50 €") are not
// rows of applications. A file
// whose rows end in different ways (CRLF, LF, a lone CR: pasted together from several apps)
// has every one of them read as a row's end; line breaks inside quoted values stay as written.
import Papa from 'papaparse/papaparse.js';
import { readOneAmount } from '../money/readMoney';
import { proposeMapping } from './columnMapping';
import { parseDateCell } from './dateCell';
import { DATE_FIELDS } from './importFields';
import { normalizeWord } from '../normalizeWord';

export interface CsvRow {
  /**
   * The row's number in a spreadsheet app that opens the file, from 1: each record is one row
   * however many line breaks its quoted values hold, and the title rows, the header and blank
   * rows above it count, so a message's "Row 28" is the row the student finds in Excel.
   */
  rowNumber: number;
  /** One value per header column (missing trailing values are empty). */
  cells: string[];
  /**
   * Why the row cannot be read as it stands (a quote never closed, too many values), or why it is
   * no application at all (a total under the table, the column names again, a table's title).
   */
  problem: string | null;
  /** Set where `problem` says the row is no application at all: it belongs to no run of applications. */
  notAnApplication?: true;
}

export interface CsvTable {
  header: string[];
  rows: CsvRow[];
  /** The separator found: ',', ';', tab or '|'. */
  delimiter: string;
  /**
   * A quote opened in row `rowNumber` and never closed: the `lines` lines of text from there to the
   * end of the file became one value of that row, so none of them is read as a row.
   */
  unclosedQuote: { rowNumber: number; lines: number } | null;
  /** Where rows and lines of text part: what rowOfLine goes by. */
  textLines: TextLines;
}

/**
 * How the file's lines of text map to its rows: whether Excel's "sep=" line came first (no row),
 * and each row whose quoted values hold line breaks, by the line it starts on (sep line left
 * out) and the breaks it holds.
 */
export interface TextLines {
  separatorLine: boolean;
  multiLineRows: { line: number; rowNumber: number; breaks: number }[];
}

/**
 * The row that holds a line of the file's text (from 1, as decoding counts them): a message of
 * reading the bytes names the row a spreadsheet shows, as every other import message does.
 */
export function rowOfLine({ separatorLine, multiLineRows }: TextLines, line: number): number {
  const inTable = separatorLine ? Math.max(line - 1, 1) : line;
  // The last row of several lines that starts at or before the line.
  let low = 0;
  let high = multiLineRows.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (multiLineRows[middle]!.line <= inTable) low = middle + 1;
    else high = middle;
  }
  const before = multiLineRows[low - 1];
  if (before === undefined) return inTable;
  return before.rowNumber + Math.max(inTable - before.line - before.breaks, 0);
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

/** Excel's first line naming the file's separator ("sep=;"), which it leaves out of the sheet. */
const SEPARATOR_LINE = /^sep=([^\r\n])[ \t]*(?:\r\n?|\n|$)/i;

const filledCount = (cells: readonly string[]) => cells.filter((cell) => cell.trim() !== '').length;

/**
 * Words that name a summary's figure, in the languages column names are read in (English, German,
 * French, Spanish, Dutch, Italian, Portuguese, Polish, Swedish): a total or sum, a count, an
 * average. Excel's sum row ("Summe;;;;;;;53.600,50 €") is labelled by one of them.
 */
const SUMMARY_WORDS = new Set(
  [
    ...['total', 'totals', 'grand total', 'subtotal', 'sub total', 'sum', 'count', 'number', 'average', 'avg', 'mean'],
    ...['median', 'summe', 'zwischensumme', 'gesamt', 'insgesamt', 'anzahl', 'durchschnitt', 'mittelwert', 'ø'],
    ...['somme', 'sous total', 'nombre', 'moyenne', 'suma', 'cantidad', 'número', 'promedio', 'media'],
    ...['totaal', 'subtotaal', 'som', 'aantal', 'gemiddelde', 'gemiddeld', 'totale', 'somma', 'conteggio'],
    ...['numero', 'soma', 'quantidade', 'média', 'razem', 'łącznie', 'liczba', 'średnia'],
    ...['summa', 'totalt', 'antal', 'medel', 'medelvärde', 'genomsnitt'],
  ].map(normalizeWord),
);
/** German writes the word into one with what it counts: "Gesamtsumme", "Durchschnittsgehalt". */
const SUMMARY_COMPOUND = /^(?:gesamt|durchschnitt|summe)\p{L}/u;

/** "Summe", "Total applications", "Bewerbungen gesamt", "Ø Gehalt": a label opened or closed by a summary word. */
function isSummaryLabel(cell: string): boolean {
  const words = normalizeWord(cell).split(' ');
  const first = words[0] ?? '';
  return (
    SUMMARY_WORDS.has(first) ||
    SUMMARY_WORDS.has(words.slice(0, 2).join(' ')) ||
    SUMMARY_WORDS.has(words.at(-1) ?? '') ||
    SUMMARY_COMPOUND.test(first)
  );
}

const PERCENT = /^[+-]?\d[\d.,'\s]*%$/;
const NUMBER_OR_SHARE = /^\d[\d.,\s]*%?$/;
/** A number alone, which a date column reads as a date serial (46154, 46154.5) or a time in milliseconds. */
const PLAIN_NUMBER = /^\d+(?:\.\d+)?$/;

/**
 * A date, which is made of digits and marks like a number but is no figure of a summary: a last
 * application may have only its company and a date. Written with its separators ("12.05.2026",
 * "12/05/2026") anywhere; as a plain number only in a date column, where a spreadsheet writes a
 * date cell formatted as a number as its serial (46154): elsewhere 46154 is a figure.
 */
function isDate(cell: string, inDateColumn: boolean): boolean {
  return (
    (inDateColumn || !PLAIN_NUMBER.test(cell)) && (parseDateCell(cell, true) ?? parseDateCell(cell, false)) !== null
  );
}

/** A number, a share or an amount of money and nothing else: "31", "40%", "53.600,50 €", "$12,500". */
function isFigure(cell: string): boolean {
  return PERCENT.test(cell) || readOneAmount(cell).ok;
}

/**
 * A row of a summary under a tracker's table: a label and a number and nothing else, where
 * an application fills more ("Total applications,5", "Response rate,40%"); or a label naming a
 * total, sum, count or average with only figures beside it, wherever in the row they sit, as
 * Excel's sum row has its amount in the pay column ("Summe;;;;;;;53.600,50 €"). An application
 * at "Total Energies" has a role, a stage or dates beside its name, which are no figures.
 * `dateColumns` tells the columns whose names say they hold dates.
 */
function isSummaryRow(cells: readonly string[], dateColumns: readonly boolean[]): boolean {
  const filled = cells.flatMap((cell, i) => {
    const text = cell.trim();
    return text === '' ? [] : [{ text, date: isDate(text, dateColumns[i] === true) }];
  });
  const [label, figure] = filled;
  if (filled.length === 2 && /\p{L}/u.test(label!.text) && NUMBER_OR_SHARE.test(figure!.text) && !figure!.date)
    return true;
  let labels = 0;
  for (const cell of filled) {
    if (isSummaryLabel(cell.text)) labels += 1;
    else if (cell.date || !isFigure(cell.text)) return false;
  }
  return labels > 0 && labels < filled.length;
}

/** Whether a row is the column names again, as each table of several one under another starts. */
function repeatsHeader(cells: readonly string[], keys: readonly string[]): boolean {
  // The first cell settles most rows at once.
  if ((cells[0] ?? '').trim().toLowerCase() !== keys[0]) return false;
  return keys.every((key, i) => (cells[i] ?? '').trim().toLowerCase() === key);
}

export function readCsvText(input: string): CsvRead {
  const withoutBom = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const separator = SEPARATOR_LINE.exec(withoutBom)?.[1];
  // The line goes with its line break: Excel's first row is the one under it.
  const text = oneKindOfLineEnd(separator ? withoutBom.replace(SEPARATOR_LINE, '') : withoutBom);
  if (text.trim() === '') return { ok: false, error: 'The file is empty.' };
  const json = jsonMessage(text);
  if (json) return { ok: false, error: json };

  let header: string[] | null = null;
  /** Rows before the column names: a sheet's title lines, which hold one value at most. */
  const above: { rowNumber: number; cells: string[]; errors: { code: string }[] }[] = [];
  const rows: CsvRow[] = [];
  let unclosedQuote: CsvTable['unclosedQuote'] = null;
  let delimiter: string | null = null;
  let lineBreak = '\n';
  // The line the parser's cursor is on, advanced with indexOf (fast on 50 MB files).
  let line = 1;
  let nextBreak = -1;
  /** Line breaks inside the quoted values read so far, which start no row of the sheet. */
  let breaksInValues = 0;
  const multiLineRows: TextLines['multiLineRows'] = [];

  Papa.parse(text, {
    ...(separator ? { delimiter: separator } : { delimitersToGuess: DELIMITERS }),
    // Also keeps blank lines out of the separator guess.
    skipEmptyLines: 'greedy',
    step: ({ data, errors, meta }) => {
      if (delimiter === null) {
        delimiter = meta.delimiter;
        lineBreak = meta.linebreak === '\r' ? '\r' : '\n';
        nextBreak = text.indexOf(lineBreak);
      }
      while (nextBreak !== -1 && nextBreak < meta.cursor) {
        line += 1;
        nextBreak = text.indexOf(lineBreak, nextBreak + 1);
      }
      // The cursor is past the row: step back over the breaks inside its values and its own (a
      // quote never closed took the file's last break into its value: the row has none of its own).
      const unclosed = errors.some((e) => e.code === 'MissingQuotes');
      const ownBreak = text[meta.cursor - 1] === lineBreak && !unclosed ? 1 : 0;
      const ownBreaks = breaksIn(data, lineBreak);
      const rowLine = line - ownBreaks - ownBreak;
      const rowNumber = rowLine - breaksInValues;
      breaksInValues += ownBreaks;
      if (ownBreaks > 0) multiLineRows.push({ line: rowLine, rowNumber, breaks: ownBreaks });
      if (header === null) {
        if (filledCount(data) < 2) above.push({ rowNumber, cells: data, errors });
        else header = data.map((name) => name.trim());
        return;
      }
      const row = { rowNumber, cells: data, problem: rowProblem(data, header.length, errors) };
      if (unclosed) {
        // The value ran to the end of the file: its last line is the file's last that holds anything.
        const lines = breaksIn([data.join('').trimEnd()], lineBreak) + 1;
        unclosedQuote ??= { rowNumber, lines };
        row.problem = `a quoted value opened in this row is never closed (a " is missing), so ${
          lines > 1 ? `the rest of the file (${lines} lines of text) was` : 'the rest of the row was'
        } read as one value`;
      }
      rows.push(row);
    },
  });

  // No row had two values: the first was the header after all (a file of one column).
  if (header === null && above.length > 0) {
    const [first, ...rest] = above;
    header = first!.cells.map((name) => name.trim());
    for (const row of rest) rows.push({ ...row, problem: rowProblem(row.cells, header.length, row.errors) });
  }
  if (header === null) return { ok: false, error: 'The file is empty.' };
  const columns: string[] = header;
  const dateColumns = proposeMapping(columns).mapping.map((field) => field !== null && DATE_FIELDS.includes(field));
  for (let i = rows.length - 1; i > 0 && columns.length >= 4 && isSummaryRow(rows[i]!.cells, dateColumns); i--) {
    rows[i]!.problem ??= 'looks like a total under the table (a label and only numbers or amounts), not an application';
    rows[i]!.notAnApplication = true;
  }
  const keys = columns.map((name) => name.toLowerCase());
  rows.forEach((row, i) => {
    if (!repeatsHeader(row.cells, keys)) return;
    row.problem ??= 'repeats the column names (a table of its own under the first), not an application';
    row.notAnApplication = true;
    const above = rows[i - 1];
    if (above && filledCount(above.cells) === 1 && above.rowNumber === row.rowNumber - 1) {
      above.problem ??= 'is the title of the table under it, not an application';
      above.notAnApplication = true;
    }
  });
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
  const textLines = { separatorLine: separator !== undefined, multiLineRows };
  return { ok: true, table: { header: columns, rows, delimiter: delimiter ?? ',', unclosedQuote, textLines } };
}

function rowProblem(cells: readonly string[], columns: number, errors: readonly { code: string }[]): string | null {
  if (errors.some((e) => e.code === 'InvalidQuotes')) return 'a value has a stray " after its closing quote';
  const extra = cells.slice(columns).filter((cell) => cell.trim() !== '').length;
  if (extra > 0) return `has ${cells.length} values but the header has ${columns} columns`;
  return null;
}
