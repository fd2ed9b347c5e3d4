// Papa Parse, typed for exactly what shared/csv uses. shared/csv imports it by file path
// ('papaparse/papaparse.js') because @types/papaparse pulls in Node's type definitions, which
// would silently make Node globals compile everywhere in shared/.
declare module 'papaparse/papaparse.js' {
  export interface ParseError {
    type: string;
    code: string;
    message: string;
    row?: number;
  }

  export interface ParseMeta {
    delimiter: string;
    linebreak: string;
    aborted: boolean;
    /** Character offset just past the row handed to `step`. */
    cursor: number;
  }

  export interface StepResult {
    data: string[];
    errors: ParseError[];
    meta: ParseMeta;
  }

  export interface ParseConfig {
    delimiter?: string;
    delimitersToGuess?: string[];
    newline?: string;
    quoteChar?: string;
    skipEmptyLines?: boolean | 'greedy';
    step?: (result: StepResult) => void;
  }

  export interface UnparseConfig {
    quotes?: boolean;
    delimiter?: string;
    newline?: string;
    /** A pattern of cells to prefix with an apostrophe; numbers and booleans are never touched. */
    escapeFormulae?: boolean | RegExp;
  }

  interface Papa {
    parse(input: string, config: ParseConfig): unknown;
    unparse(rows: readonly (readonly unknown[])[], config?: UnparseConfig): string;
  }

  const papa: Papa;
  export default papa;
}
