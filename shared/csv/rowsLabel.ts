/** "Row 4", "Rows 4 and 9", "Rows 4, 9, 12 and 3 more": rows of a file named in a message, as a spreadsheet numbers them. */
export function rowsLabel(rows: readonly number[]): string {
  if (rows.length === 1) return `Row ${rows[0]}`;
  const shown = rows.slice(0, rows.length > 6 ? 5 : rows.length - 1).join(', ');
  const rest = rows.length > 6 ? `${rows.length - 5} more` : String(rows.at(-1));
  return `Rows ${shown} and ${rest}`;
}
