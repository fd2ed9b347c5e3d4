// The canonical serialisation a backup's checksum is computed over: JSON with object keys in
// sorted order and no spaces, so the same data always gives the same text, whatever order the
// database returned the fields in.
import { MAX_NESTING } from './jsonNesting';

/**
 * For JSON values (what JSON.parse returns); anything else should go through JSON first.
 * Values nested deeper than a backup may be are refused before recursing further.
 */
export function canonicalJson(value: unknown, depth = 0): string {
  const nests = value !== null && typeof value === 'object';
  if (nests && depth >= MAX_NESTING) throw new RangeError(`The data is nested more than ${MAX_NESTING} levels deep.`);
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item, depth + 1)).join(',')}]`;
  if (nests) {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key], depth + 1)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
