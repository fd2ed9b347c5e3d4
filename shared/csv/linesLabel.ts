/** "Line 4", "Lines 4 and 9", "Lines 4, 9, 12 and 3 more": lines of a file named in a message. */
export function linesLabel(lines: readonly number[]): string {
  if (lines.length === 1) return `Line ${lines[0]}`;
  const shown = lines.slice(0, lines.length > 6 ? 5 : lines.length - 1).join(', ');
  const rest = lines.length > 6 ? `${lines.length - 5} more` : String(lines.at(-1));
  return `Lines ${shown} and ${rest}`;
}
