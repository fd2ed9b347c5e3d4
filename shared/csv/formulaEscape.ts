// Spreadsheet formula injection: Excel, LibreOffice and Sheets run a cell that starts with
// = + - @ tab or carriage return as a formula. Our export prefixes such text with an apostrophe
// (the OWASP advice), and our importer strips it again.
//
// Papa Parse's own `escapeFormulae: true` uses /^[=+\-@\t\r].*$/, which misses multi-line
// values (`.` stops at a newline) and cannot be undone exactly (a note that already starts with
// "'=" would come back as "="). So text that starts with apostrophes followed by a trigger is
// escaped too: stripping one apostrophe then always gives back the original.

/** Text cells this pattern matches get one apostrophe in front (numbers are written as numbers). */
export const FORMULA_TRIGGER = /^'*[=+\-@\t\r]/;

/** Undoes our export's escape: the exact inverse of prefixing FORMULA_TRIGGER matches. */
export function unescapeFormula(cell: string): string {
  return cell.startsWith("'") && FORMULA_TRIGGER.test(cell.slice(1)) ? cell.slice(1) : cell;
}
