// Tags as other trackers write them in one cell: a list in brackets (ClickUp's "[summer 2027,fintech]"),
// a JSON list ('["a","b"]'), or names between commas, semicolons or line breaks. Our own export's
// cell is read by readTags (cellCodecs.ts), which gives any tag back exactly, brackets and all.
import { readTags } from './cellCodecs';

const BRACKETED = /^\s*\[([^]*)\]\s*$/;
const QUOTED = /^(["'])([^]*)\1$/;

export function readTagsCell(cell: string): string[] {
  const listed = BRACKETED.exec(cell);
  if (!listed) return readTags(cell);
  return (
    jsonNames(cell) ??
    readTags(listed[1]!)
      .map((tag) => tag.replace(QUOTED, '$2').trim())
      .filter((tag) => tag !== '')
  );
}

/** The names of a JSON list ('["New York, NY","remote"]'), commas inside a name kept; null for other text. */
function jsonNames(cell: string): string[] | null {
  let value: unknown;
  try {
    value = JSON.parse(cell);
  } catch {
    return null;
  }
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string' || typeof item === 'number'))
    return null;
  return value.map((item) => String(item).trim()).filter((tag) => tag !== '');
}
