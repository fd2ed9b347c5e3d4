// The canonical serialisation a backup's checksum is computed over: JSON with object keys in
// sorted order and no spaces, so the same data always gives the same text, whatever order the
// database returned the fields in.

/** For JSON values (what JSON.parse returns); anything else should go through JSON first. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
